// "Del med netværk" on a closed round's page: per network of the organisation, whether this round is
// shared there (and since when), a link to the network's benchmark, and the buttons for owners and
// coordinators. The texts say exactly what is shared and that a respondent's answer never is.
#include "web/pages/round_sharing.hpp"

#include <algorithm>

#include "domain/copenhagen_time.hpp"
#include "render/format.hpp"
#include "services/networks.hpp"
#include "services/peer_benchmark.hpp"
#include "web/app.hpp"

namespace forkant::web::pages {

nlohmann::json round_sharing_view(Context& ctx, const RoundRow& round, Role role) {
  const Services& services = ctx.app.services();
  PeerBenchmarkService* peer_benchmark = ctx.app.services().peer_benchmark;
  if (round.state != RoundState::closed || !services.networks || !peer_benchmark) return nullptr;
  const bool can_share = role_at_least(role, Role::coordinator);
  const auto shared = peer_benchmark->round_contributions(round);
  nlohmann::json rows = nlohmann::json::array();
  for (const NetworkSummary& n : services.networks->networks_of(round.org_id)) {
    const auto it = std::find_if(shared.begin(), shared.end(),
                                 [&](const ContributionRecord& c) { return c.network_id == n.id; });
    const bool is_shared = it != shared.end();
    rows.push_back(
        {{"id", n.id},
         {"name", n.name},
         {"shared", is_shared},
         {"state",
          is_shared ? ctx.t("contribute.shared_on",
                            {{"date", format_date_text(copenhagen_time(it->contributed_at).day, ctx.lang)}})
                    : ctx.t("contribute.not_shared")},
         {"benchmark_href",
          "/orgs/" + std::to_string(round.org_id) + "/networks/" + std::to_string(n.id) + "/benchmark"},
         {"submit", ctx.t(is_shared ? "contribute.withdraw" : "contribute.submit", {{"network", n.name}})},
         {"action",
          "/rounds/" + std::to_string(round.id) + (is_shared ? "/withdraw-contribution" : "/contribute")}});
  }
  return {{"networks", rows}, {"has_networks", !rows.empty()}, {"can_share", can_share}};
}

}  // namespace forkant::web::pages
