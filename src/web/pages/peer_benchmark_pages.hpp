#pragma once
// The pages of issue 15's round contributions and peer benchmark; routes.cpp maps URLs to them.

#include <optional>

#include "domain/networks/network.hpp"
#include "services/assessment.hpp"
#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::pages {

Response round_contribute(Context& ctx);             // POST /rounds/{round_id}/contribute
Response round_contribution_withdraw(Context& ctx);  // POST /rounds/{round_id}/withdraw-contribution
Response network_benchmark(Context& ctx);            // GET  /orgs/{org_id}/networks/{network_id}/benchmark

// The network the form's `network` names, if the round's organisation is a current member of it
// (round_contribute.cpp).
std::optional<NetworkSummary> network_of_round(Context& ctx, const RoundRow& round);

}  // namespace forkant::web::pages
