#pragma once
// forkant's own screening in its own words (Danish and English): the EU AI Act, GDPR's DPIA duty and the
// legal basis, and data ethics, as data files (frameworks/impact/*.toml, documented in
// frameworks/impact/README.md, read by formats/screening_toml.hpp). A screening is a Questionnaire whose
// choices name findings; its rule turns the answers into findings with their obligations.

#include <map>
#include <string>
#include <vector>

#include "domain/impact/finding.hpp"
#include "domain/impact/questionnaire.hpp"
#include "domain/result.hpp"

namespace forkant {

struct Screening {
  Questionnaire questionnaire;              // kind = the screening's id
  int rule = 1;                             // the version of the rule below
  std::map<std::string, Finding> findings;  // key -> the finding a choice may name (source filled in)
};

// The findings the visible answers give, each once, in questionnaire order; source = the question name.
std::vector<Finding> screening_findings(const Screening& screening, const Answers& answers);

}  // namespace forkant
