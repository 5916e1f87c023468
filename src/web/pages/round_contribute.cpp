// Sharing a closed round's aggregate results with one of the organisation's networks (owners and
// coordinators); a refusal shows the round page with the reason.
#include "services/networks.hpp"
#include "services/peer_benchmark.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/assessment_pages.hpp"
#include "web/pages/peer_benchmark_pages.hpp"

namespace forkant::web::pages {

// The network named by the form's `network`, if the round's organisation is a current member of it.
std::optional<NetworkSummary> network_of_round(Context& ctx, const RoundRow& round) {
  const auto id = parse_id(ctx.form().get("network"));
  if (!id || !ctx.app.services().networks) return std::nullopt;
  for (NetworkSummary& n : ctx.app.services().networks->networks_of(round.org_id)) {
    if (n.id == *id) return std::move(n);
  }
  return std::nullopt;
}

Response round_contribute(Context& ctx) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  const auto network = network_of_round(ctx, round);
  PeerBenchmarkService* service = ctx.app.services().peer_benchmark;
  if (!network || !service) return error_response(ctx, Error::not_found());
  const auto done = service->contribute(round, network->id, network->name, ctx.user->id);
  if (!done) {
    if (done.error().kind == ErrorKind::not_found) return error_response(ctx, done.error());
    return round_detail_page(ctx, round, found->access.role,
                             {{"share_error", error_message(ctx, done.error())}}, http_status(done.error()));
  }
  return redirect(round_path(round) + "?shared=1#share-heading");
}

}  // namespace forkant::web::pages
