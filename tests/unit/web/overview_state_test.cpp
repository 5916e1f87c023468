// The name the overview's content is kept under (web/overview_state.hpp) changes with everything the
// page shows: the organisation, the reader's role and language, the day (overdue reviews, the next
// meeting), the audit log's mark and each open round's responses.
#include "web/overview_state.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

namespace forkant::web {
namespace {

OverviewState state() {
  return {1, Role::owner, "da", *parse_iso_date("2026-12-06"), {40, 0}, {{3, 0}, {4, 7}}};
}

TEST(OverviewState, EveryPartOfTheStateChangesTheKey) {
  const std::string base = overview_cache_key(state());
  EXPECT_EQ(overview_cache_key(state()), base) << "the same state, the same key";
  const std::vector<std::pair<const char*, std::function<void(OverviewState&)>>> changes{
      {"another organisation", [](OverviewState& s) { s.org_id = 2; }},
      {"another role", [](OverviewState& s) { s.role = Role::viewer; }},
      {"another language", [](OverviewState& s) { s.lang = "en"; }},
      {"the next day", [](OverviewState& s) { s.today = *parse_iso_date("2026-12-07"); }},
      {"a new audit entry", [](OverviewState& s) { s.audit.newest_id = 41; }},
      // PostgreSQL: an entry with a smaller id committed after the newest was seen.
      {"an audit entry committed out of id order", [](OverviewState& s) { s.audit.entries = 1; }},
      {"a submission", [](OverviewState& s) { s.open_round_submissions[1].second = 8; }},
      {"a round opened", [](OverviewState& s) { s.open_round_submissions.emplace_back(5, 0); }},
      {"a round closed", [](OverviewState& s) { s.open_round_submissions.pop_back(); }},
      {"the counts of two rounds swapped",
       [](OverviewState& s) {
         s.open_round_submissions = {{3, 7}, {4, 0}};
       }},
  };
  for (const auto& [what, change] : changes) {
    OverviewState changed = state();
    change(changed);
    EXPECT_NE(overview_cache_key(changed), base) << what;
  }
}

TEST(OverviewState, OrganisationAndAuditIdsCannotRunTogether) {
  OverviewState a = state(), b = state();
  a.org_id = 1;
  a.audit.newest_id = 23;
  b.org_id = 12;
  b.audit.newest_id = 3;
  EXPECT_NE(overview_cache_key(a), overview_cache_key(b));
}

}  // namespace
}  // namespace forkant::web
