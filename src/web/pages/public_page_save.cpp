// Turning the public page on (at an address) or off; a refused address shows the form again with it.
#include "services/public_page.hpp"
#include "web/app.hpp"
#include "web/pages/public_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response public_page_save(Context& ctx) {
  auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  const bool enabled = ctx.form().get("enabled") == "1";
  const std::string address = ctx.form().get("address");
  if (auto s =
          ctx.app.services().public_page->set_public_page(access->org_id, ctx.user->id, enabled, address);
      !s) {
    return public_page_settings_page(ctx, *access, enabled, address, error_message(ctx, s.error()),
                                     http_status(s.error()));
  }
  return redirect("/orgs/" + std::to_string(access->org_id) + "/public-page");
}

}  // namespace forkant::web::pages
