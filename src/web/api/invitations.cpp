// Inviting a member to an organisation (owners); the invitation's token comes back once.
#include "web/api/api.hpp"
#include "web/api/json_body.hpp"
#include "web/api/write_request.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"

namespace forkant::web::api {

Response create_invitation(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, Role::owner));
  if (!request) return error_response(ctx, request.error());
  const std::int64_t org_id = request->target.org_id;
  FieldReader fields(request->body);
  const auto email = fields.string("email");
  const auto role_text = fields.string("role");
  if (auto e = fields.finish()) return error_response(ctx, *e);
  const auto role = parse_role(*role_text);
  if (!role) return error_response(ctx, Error::invalid("unknown_role", "error.unknown_role"));
  auto issued = ctx.app.services().orgs->invite(org_id, ctx.user->id, *email, *role);
  if (!issued) return error_response(ctx, issued.error());
  note_security_event(ctx, {.event = "invitation_created",
                            .outcome = "success",
                            .org_id = org_id,
                            .subject = issued->id,
                            .what = std::string(role_name(*role))});
  return json_response(201,
                       {{"id", issued->id}, {"token", issued->token}, {"path", "/join/" + issued->token}});
}

}  // namespace forkant::web::api
