// The owner's settings of the public page: on or off, and its address (/p/{address}), with the public
// URL and what is published now.
#include "services/public_page.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/public_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response public_page_settings_page(Context& ctx, const OrgAccess& access, bool enabled,
                                   const std::string& address, const std::string& error, int status) {
  auto& svc = *ctx.app.services().public_page;
  const auto stored = svc.settings(access.org_id);
  nlohmann::json published = nlohmann::json::array();
  for (const auto& s : svc.live(access.org_id)) {
    published.push_back({{"title", s.title},
                         {"kind_label", kind_label(ctx, s.kind)},
                         {"href", decision_path(access.org_id, s.decision_id)},
                         {"published_on", day_text(s.published_at, ctx.lang)}});
  }
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"enabled", enabled},
                      {"address", address},
                      {"published", published},
                      {"has_published", !published.empty()},
                      {"address_example", "demo-kommune"}};
  // What the page is now (not what was just typed and refused).
  if (stored && stored->enabled) {
    view["live_url"] = public_page_url(ctx, stored->address);
    view["live_path"] = "/p/" + stored->address;
  }
  if (!error.empty()) view["error"] = error;
  return page(ctx, "public_page_settings", view, ctx.t("public_settings.title"), status);
}

Response public_page_settings(Context& ctx) {
  auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  const auto stored = ctx.app.services().public_page->settings(access->org_id);
  return public_page_settings_page(ctx, *access, stored && stored->enabled, stored ? stored->address : "", "",
                                   200);
}

}  // namespace forkant::web::pages
