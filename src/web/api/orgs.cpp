// Organisations, their members, member invitations and the audit log.
#include "render/format.hpp"
#include "web/api/api.hpp"
#include "web/api/json_body.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {

Response get_org(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  const auto org = ctx.app.services().orgs->find(org_id);
  return json_response(200, {{"id", org->id},
                             {"name", org->name},
                             {"kind", org_kind_name(org->kind)},
                             {"size", org->size ? nlohmann::json(*org->size) : nlohmann::json(nullptr)},
                             {"min_respondents", org->min_respondents}});
}

Response list_members(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  nlohmann::json out = nlohmann::json::array();
  for (const auto& m : ctx.app.services().orgs->members(org_id)) {
    out.push_back(
        {{"user_id", m.user_id}, {"name", m.name}, {"email", m.email}, {"role", role_name(m.role)}});
  }
  return json_response(200, {{"members", out}});
}

Response create_invitation(Context& ctx) {
  const auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  auto body = parse_json_object(ctx.req);
  if (!body) return error_response(ctx, body.error());
  FieldReader fields(*body);
  const auto email = fields.string("email");
  const auto role_text = fields.string("role");
  if (auto e = fields.finish()) return error_response(ctx, *e);
  const auto role = parse_role(*role_text);
  if (!role) return error_response(ctx, Error::invalid("unknown_role", "error.unknown_role"));
  auto issued = ctx.app.services().orgs->invite(org_id, ctx.user->id, *email, *role);
  if (!issued) return error_response(ctx, issued.error());
  return json_response(201,
                       {{"id", issued->id}, {"token", issued->token}, {"path", "/join/" + issued->token}});
}

Response list_audit(Context& ctx) {
  const auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : ctx.app.services().audit->audit_records(org_id, 500, std::nullopt)) {
    out.push_back({{"id", r.id},
                   {"at", format_timestamp(r.at)},
                   {"actor", r.actor_name},
                   {"action", r.action},
                   {"object", r.object},
                   {"detail", r.detail}});
  }
  return json_response(200, {{"entries", out}});
}

}  // namespace forkant::web::api
