#pragma once
// JSON API of the initiative register (issue 12), shaped as the decisions' API: list and record under the
// organisation, one initiative by its id (with its phases, measurements and history), edit against the
// version seen (PUT: the whole content or the fields it changes), phase changes, measurements, versions.
// Leader, coordinator and owner write, viewer reads; another organisation's initiative answers 404.

#include <nlohmann/json.hpp>

#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::api {

Response list_initiatives(Context& ctx);
Response create_initiative(Context& ctx);
Response get_initiative(Context& ctx);
Response edit_initiative(Context& ctx);
Response change_initiative_phase(Context& ctx);
Response record_initiative_measurement(Context& ctx);
Response initiative_versions(Context& ctx);

}  // namespace forkant::web::api
