#pragma once
// The filters of the decision register list. Every criterion left empty matches everything; the
// criteria given must all match.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/decisions/decision.hpp"

namespace forkant {

struct DecisionFilter {
  std::optional<DecisionKind> kind;
  std::optional<int> question;
  std::optional<std::int64_t> owner_user_id;
  std::optional<std::string> body;  // exact match, as offered by distinct_bodies()
  std::optional<Date> from;         // decided_on >= from
  std::optional<Date> to;           // decided_on <= to
  bool include_superseded = true;
};

bool matches(const Decision& decision, const DecisionFilter& filter);

// The matching decisions, in their input order.
std::vector<Decision> filter_decisions(const std::vector<Decision>& decisions, const DecisionFilter& filter);

// The bodies that occur, sorted and without repeats: the choices of the body filter.
std::vector<std::string> distinct_bodies(const std::vector<Decision>& decisions);

}  // namespace forkant
