// Sharing an initiative with a network ("who else is doing robotic process automation in payroll?"), as
// reviewed on its page; a refused text shows the initiative again with the text kept.
#include "services/network_sharing.hpp"
#include "web/app.hpp"
#include "web/initiative_access.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/initiative_pages.hpp"
#include "web/pages/network_sharing_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response initiative_share(Context& ctx) {
  auto access = org_in_path(ctx, Role::coordinator);
  if (!access) return error_response(ctx, access.error());
  auto initiative = initiative_in_path(ctx, *access);
  if (!initiative) return error_response(ctx, initiative.error());
  const ShareRequest request = read_share_form(ctx);
  auto shared =
      ctx.app.services().sharing->share_initiative(access->org_id, ctx.user->id, initiative->id, request);
  if (!shared) {
    if (shared.error().kind == ErrorKind::not_found) return error_response(ctx, shared.error());
    const ShareInput input{request.network_id, request.text, form_error(ctx, shared.error())};
    DetailMessages messages;
    messages.share = &input;
    return initiative_detail_page(ctx, *access, *initiative, messages, http_status(shared.error()));
  }
  return redirect("/orgs/" + std::to_string(access->org_id) + "/initiatives/" +
                  std::to_string(initiative->id) + "#sharing");
}

}  // namespace forkant::web::pages
