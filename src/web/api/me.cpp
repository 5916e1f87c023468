// GET /api/v1/me: who the caller is and where they are a member.
#include "web/api/api.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {

Response me(Context& ctx) {
  nlohmann::json memberships = nlohmann::json::array();
  for (const auto& m : ctx.app.services().accounts->memberships(ctx.user->id)) {
    memberships.push_back({{"org_id", m.org_id}, {"org_name", m.org_name}, {"role", role_name(m.role)}});
  }
  return json_response(200, {{"id", ctx.user->id},
                             {"email", ctx.user->email},
                             {"name", ctx.user->name},
                             {"language", ctx.user->language},
                             {"memberships", memberships}});
}

}  // namespace forkant::web::api
