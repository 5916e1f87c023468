// GET /me/data: the signed-in person's data as a JSON file to save (the link is on the password page;
// the same document as GET /api/v1/me/data).
#include "services/privacy.hpp"
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/personal_data_json.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response my_data(Context& ctx) {
  const auto data = ctx.app.services().privacy->export_for(ctx.user->id);
  if (!data) return error_response(ctx, data.error());
  Response res = json_response(200, personal_data_json(*data));
  res.set_header("Content-Disposition", "attachment; filename=\"forkant-my-data.json\"");
  return res;
}

}  // namespace forkant::web::pages
