// The organisation's grey-zone routing: the table in effect (its own or the default), each finding with
// the forum that judges it; coordinators and owners edit it as a form of selects or reset it.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/impact_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

nlohmann::json finding_label(Context& ctx, const std::string& key) {
  const auto& findings = ctx.app.services().impact->builtins().screening.findings;
  if (const auto it = findings.find(key); it != findings.end()) return local_text(ctx, it->second.title);
  const auto& levels = ctx.app.services().impact->builtins().aia_levels;
  if (const auto it = levels.find(key); it != levels.end() && !it->second.title.empty())
    return local_text(ctx, it->second.title);
  return {{"text", key}, {"lang", nullptr}};
}

}  // namespace

Response routing_page(Context& ctx, const OrgAccess& access, const std::string& error, int status) {
  auto& impact = *ctx.app.services().impact;
  const auto table = impact.routing_table(access.org_id);
  const auto defaults = impact.builtins().default_routing;
  static constexpr Forum kForums[] = {Forum::fagchef,
                                      Forum::dpo,
                                      Forum::jurist,
                                      Forum::direktion,
                                      Forum::dataetisk_udvalg,
                                      Forum::oekonomiudvalget,
                                      Forum::kommunalbestyrelsen};
  nlohmann::json rows = nlohmann::json::array();
  int i = 0;
  for (const auto& key : impact.routable_findings()) {
    const auto it = table.forum_of.find(key);
    const Forum forum = it == table.forum_of.end() ? table.unrouted : it->second;
    nlohmann::json options = nlohmann::json::array();
    for (const Forum f : kForums) {
      options.push_back({{"value", std::string{to_string(f)}},
                         {"label", ctx.t("impact.forum." + std::string{to_string(f)})},
                         {"selected", f == forum}});
    }
    rows.push_back({{"key", key},
                    {"id", "forum-" + std::to_string(i++)},
                    {"label", finding_label(ctx, key)},
                    {"forum", ctx.t("impact.forum." + std::string{to_string(forum)})},
                    {"options", options}});
  }
  const bool can_edit = role_at_least(access.role, Role::coordinator);
  const std::string base = "/orgs/" + std::to_string(access.org_id) + "/assessments/routing";
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"rows", rows},
                      {"own", impact.has_own_routing(access.org_id)},
                      {"can_edit", can_edit},
                      {"action", base},
                      {"reset_action", base + "/reset"},
                      {"saved", ctx.query().get("saved") == "1"},
                      {"error", or_null(error)}};
  return page(ctx, "impact_routing", view, ctx.t("impact.routing.title"), status);
}

Response assessment_routing(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  return routing_page(ctx, *access, "", 200);
}

}  // namespace forkant::web::pages
