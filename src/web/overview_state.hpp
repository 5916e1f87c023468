#pragma once
// What an organisation's overview (pages/org_overview.cpp) is rendered from, named cheaply, so that its
// content is rendered once per state and kept (rendered_cache.hpp). Every change that alters the page
// alters the name:
//   - every change to the register, the rounds, the meetings, the initiatives, the members writes the
//     organisation's audit log in its own transaction: the log's mark (AuditStore::audit_mark: its newest
//     entry, and on PostgreSQL its number of entries, since there ids need not commit in order);
//   - a respondent's submission writes no audit entry (it is anonymous): the responses of each open round;
//   - what is overdue, the next meeting and obligations in force follow the date: the day;
//   - the reader's language, and the reader's role (the page is the same for every role today; the role
//     is in the name so that a role-dependent part added later can never be served to another role).

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "domain/accounts/role.hpp"
#include "domain/date.hpp"
#include "services/audit.hpp"
#include "web/access.hpp"

namespace forkant::web {

struct OverviewState {
  std::int64_t org_id = 0;
  Role role = Role::viewer;
  std::string lang;
  Date today{};
  AuditMark audit;
  std::vector<std::pair<std::int64_t, int>> open_round_submissions;  // (round, responses), by round
  std::string network_mark;  // the drafted agenda reads what other organisations share (issue 15)
};

std::string overview_cache_key(const OverviewState& state);

// The state now, read with two small queries (the audit log's mark, the open rounds' counts).
OverviewState overview_state(Context& ctx, const OrgAccess& access);

}  // namespace forkant::web
