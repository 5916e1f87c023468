#pragma once
// Reads forkant's own impact files (TOML, format in frameworks/impact/README.md): a screening (a
// questionnaire whose choices name findings, the findings and their obligations), a findings file (the
// AIA levels' obligations) and a routing table (finding key -> forum), and writes a routing table back,
// as the impact service stores an organisation's own table.
//
// A refusal is an invalid Error whose code names the problem (syntax, unknown_key, missing, wrong_type,
// missing_text, bad_id, duplicate, unknown_finding, unknown_obligation, unknown_forum, bad_date,
// unknown_type, no_choices, choices_not_allowed, condition, unknown_question), key
// "error.impact_file.<code>", params {line} (1-based) and what the problem names ({key}, {id}, ...).
// The whole file is checked; the first problem in line order is returned.

#include <map>
#include <string>
#include <string_view>

#include "domain/impact/finding.hpp"
#include "domain/impact/routing.hpp"
#include "domain/impact/screening.hpp"
#include "domain/result.hpp"

namespace forkant {

Result<Screening> read_screening_toml(std::string_view text);
Result<std::map<std::string, Finding>> read_findings_toml(std::string_view text);
Result<RoutingTable> read_routing_toml(std::string_view text);

// Reads back with read_routing_toml to an equal table.
std::string write_routing_toml(const RoutingTable& table);

}  // namespace forkant
