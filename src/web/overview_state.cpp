#include "web/overview_state.hpp"

#include "services/audit.hpp"
#include "services/decisions.hpp"
#include "services/network_library.hpp"
#include "web/app.hpp"

namespace forkant::web {

std::string overview_cache_key(const OverviewState& state) {
  std::string key = "overview:" + std::to_string(state.org_id) + ":" + std::string(role_name(state.role)) +
                    ":" + state.lang + ":" + format_iso_date(state.today) + ":" +
                    std::to_string(state.audit.newest_id) + "/" + std::to_string(state.audit.entries);
  for (const auto& [round, submitted] : state.open_round_submissions)
    key += ":" + std::to_string(round) + "=" + std::to_string(submitted);
  return key + ":n" + state.network_mark;
}

OverviewState overview_state(Context& ctx, const OrgAccess& access) {
  const auto& services = ctx.app.services();
  OverviewState state{access.org_id, access.role, ctx.lang, services.decisions->today(), {}, {}};
  // Read before the content is: a change committed in between is then newer than the name it is kept
  // under, never older.
  state.audit = services.audit->audit_mark(access.org_id);
  state.open_round_submissions = services.assessment->open_round_submissions(access.org_id);
  if (services.library != nullptr) state.network_mark = services.library->mark(access.org_id);
  return state;
}

}  // namespace forkant::web
