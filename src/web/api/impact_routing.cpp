// The organisation's routing table in the API: GET the table in effect (its own or the default), PUT a
// whole table {"forums": {finding: forum}}, DELETE to go back to the default.
#include "services/impact.hpp"
#include "web/access.hpp"
#include "web/api/impact_api.hpp"
#include "web/api/write_request.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {
namespace {

Response routing_response(Context& ctx, std::int64_t org_id) {
  auto& impact = *ctx.app.services().impact;
  const auto table = impact.routing_table(org_id);
  nlohmann::json forums = nlohmann::json::object();
  for (const auto& key : impact.routable_findings()) {
    const auto it = table.forum_of.find(key);
    forums[key] = std::string{to_string(it == table.forum_of.end() ? table.unrouted : it->second)};
  }
  return json_response(200, {{"default", !impact.has_own_routing(org_id)},
                             {"forums", forums},
                             {"unrouted", std::string{to_string(table.unrouted)}}});
}

}  // namespace

Response get_impact_routing(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  return routing_response(ctx, access->org_id);
}

Response put_impact_routing(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, Role::coordinator));
  if (!request) return error_response(ctx, request.error());
  FieldReader f(request->body);
  const auto* forums = f.any("forums");
  if (auto e = f.finish()) return error_response(ctx, *e);
  if (!forums->is_object()) return error_response(ctx, wrong_type("forums"));
  auto& impact = *ctx.app.services().impact;
  RoutingTable table;
  table.unrouted = impact.builtins().default_routing.unrouted;
  for (const auto& [key, value] : forums->items()) {
    if (!value.is_string()) return error_response(ctx, wrong_type("forums." + key));
    const auto forum = forum_from_string(value.get<std::string>());
    if (!forum) {
      return error_response(ctx, Error::invalid("unknown_forum", "error.impact.unknown_forum",
                                                {{"forum", value.get<std::string>()}}));
    }
    table.forum_of[key] = *forum;
  }
  auto saved = impact.save_routing(request->target.org_id, ctx.user->id, table);
  if (!saved) return error_response(ctx, saved.error());
  return routing_response(ctx, request->target.org_id);
}

Response delete_impact_routing(Context& ctx) {
  const auto access = org_in_path(ctx, Role::coordinator);
  if (!access) return error_response(ctx, access.error());
  auto reset = ctx.app.services().impact->reset_routing(access->org_id, ctx.user->id);
  if (!reset) return error_response(ctx, reset.error());
  return routing_response(ctx, access->org_id);
}

}  // namespace forkant::web::api
