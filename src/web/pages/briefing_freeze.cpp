// Freezing the briefing: the submitted text is saved as the draft and becomes the next version, which
// is never changed again. The frozen version's page is where the coordinator lands.
#include "services/decisions.hpp"
#include "web/app.hpp"
#include "web/pages/briefing_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response briefing_freeze(Context& ctx) {
  auto access = org_in_path(ctx, Role::coordinator);
  if (!access) return error_response(ctx, access.error());
  const auto text = briefing_from_form(ctx);
  const auto lang = briefing_lang_from_form(ctx);
  auto frozen = ctx.app.services().decisions->freeze_briefing(access->org_id, ctx.user->id, lang, text);
  if (!frozen) {
    return briefing_page(ctx, *access, text, lang, briefing_error(ctx, frozen.error()),
                         http_status(frozen.error()));
  }
  return redirect("/orgs/" + std::to_string(access->org_id) + "/briefing/versions/" +
                  std::to_string(frozen->version));
}

}  // namespace forkant::web::pages
