#pragma once
// The shape of the national benchmark data set, decided before anything is written: which
// organisations, how many rounds each, and how many respondents per round and group, so that the
// totals are exact (1,000 organisations, 100,000 respondents) and one round has exactly the number of
// respondents whose results page bench/run measures.

#include <cstdint>
#include <string>
#include <vector>

#include "answer_model.hpp"
#include "domain/accounts/organisation.hpp"

namespace forkant::bench {

struct PlanOptions {
  int organisations = 1000;
  int respondents = 100000;        // submitted responses over every round, the measured one included
  int measured_respondents = 200;  // in the measured round
  std::uint64_t seed = 20261126;
};

struct PlannedRound {
  int years_ago = 0;           // closed (or, when open, opened) about this many years before now
  bool open = false;           // the organisation's current round, still collecting answers
  std::vector<int> submitted;  // per standard group
  int unanswered = 0;          // links sent but never opened
  int drafts = 0;              // links opened, answers saved, not submitted (open rounds only)

  int respondents() const;
};

struct PlannedOrg {
  std::string name;
  OrgKind kind = OrgKind::municipality;
  std::int64_t employees = 0;
  int k = 3;                         // the organisation's anonymity threshold
  int members = 0;                   // accounts besides the owner
  std::vector<PlannedRound> rounds;  // oldest first
};

struct NationalPlan {
  std::vector<PlannedOrg> orgs;
  std::size_t measured_org = 0;  // its last round is the measured one
  int total_respondents = 0;
  int total_rounds = 0;
};

NationalPlan plan_national(const PlanOptions& options);

}  // namespace forkant::bench
