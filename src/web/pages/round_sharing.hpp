#pragma once
// The section "Del med netværk" of a closed round's page: the organisation's networks, whether the round
// is shared with each, what exactly is shared (and what never is), and for owners and coordinators a
// button to share or withdraw (round_contribute.cpp, round_contribution_withdraw.cpp).

#include <nlohmann/json.hpp>

#include "domain/accounts/role.hpp"
#include "services/assessment.hpp"
#include "web/context.hpp"

namespace forkant::web::pages {

// Null when the round is not closed or the server has no networks.
nlohmann::json round_sharing_view(Context& ctx, const RoundRow& round, Role role);

}  // namespace forkant::web::pages
