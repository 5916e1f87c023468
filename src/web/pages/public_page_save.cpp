// Turning the public page on (at an address) or off; a refused address shows the form again with it.
#include "services/public_page.hpp"
#include "web/app.hpp"
#include "web/pages/public_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response public_page_save(Context& ctx) {
  auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  // The checkbox sends "1" or nothing; any other value is a broken form and changes nothing.
  const std::string enabled_field = ctx.form().get("enabled");
  const bool enabled = enabled_field == "1";
  const std::string address = ctx.form().get("address");
  if (ctx.form().has("enabled") && !enabled) {
    const Error e = Error::invalid("public_page_switch", "error.public_page_switch",
                                   {{"label", ctx.t("public_settings.enabled")}});
    return public_page_settings_page(ctx, *access, false, address, error_message(ctx, e), http_status(e));
  }
  if (auto s =
          ctx.app.services().public_page->set_public_page(access->org_id, ctx.user->id, enabled, address);
      !s) {
    return public_page_settings_page(ctx, *access, enabled, address, error_message(ctx, s.error()),
                                     http_status(s.error()));
  }
  return redirect("/orgs/" + std::to_string(access->org_id) + "/public-page");
}

}  // namespace forkant::web::pages
