// GET /api/v1/me/data: everything forkant holds about the caller (web/personal_data_json.hpp).
#include "services/privacy.hpp"
#include "web/api/api.hpp"
#include "web/app.hpp"
#include "web/personal_data_json.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {

Response my_data(Context& ctx) {
  const auto data = ctx.app.services().privacy->export_for(ctx.user->id);
  if (!data) return error_response(ctx, data.error());
  return json_response(200, personal_data_json(*data));
}

}  // namespace forkant::web::api
