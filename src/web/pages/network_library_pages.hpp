#pragma once
// The shared library of a network (issue 15): /orgs/{org}/networks/{net}/library, a GET search form with
// the items found, and /orgs/{org}/networks/{net}/library/{share}, one item. Any role of a current member
// organisation reads them; for anyone else they answer 404, as for an unknown network.

#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::pages {

Response network_library(Context& ctx);
Response network_library_item(Context& ctx);

}  // namespace forkant::web::pages
