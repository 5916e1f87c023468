// Withdrawing a round's contribution from a network from now on (owners and coordinators); the row
// stays, marked, for the audit trail.
#include "services/networks.hpp"
#include "services/peer_benchmark.hpp"
#include "web/app.hpp"
#include "web/pages/assessment_pages.hpp"
#include "web/pages/peer_benchmark_pages.hpp"

namespace forkant::web::pages {

Response round_contribution_withdraw(Context& ctx) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  const auto network = network_of_round(ctx, round);
  PeerBenchmarkService* service = ctx.app.services().peer_benchmark;
  if (!network || !service) return error_response(ctx, Error::not_found());
  const auto done = service->withdraw(round, network->id, network->name, ctx.user->id);
  if (!done) {
    return round_detail_page(ctx, round, found->access.role,
                             {{"share_error", error_message(ctx, done.error())}}, http_status(done.error()));
  }
  return redirect(round_path(round) + "?withdrawn=1#share-heading");
}

}  // namespace forkant::web::pages
