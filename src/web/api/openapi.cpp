// GET /api/v1/openapi.json: the API's description (docs/openapi.json), checked against the route table
// by the integration tests.
#include "web/api/api.hpp"
#include "web/app.hpp"

namespace forkant::web::api {

Response openapi(Context& ctx) {
  Response res{200, {{"Content-Type", "application/json; charset=utf-8"}}, ctx.app.config().openapi_json, ""};
  return res;
}

}  // namespace forkant::web::api
