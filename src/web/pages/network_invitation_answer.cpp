// The owner's answer to an invitation of the organisation: accept (a new period of membership) or
// decline. Another organisation's invitation answers 404.
#include "services/networks.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/network_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response network_invitation_answer(Context& ctx) {
  auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  const auto id = ctx.id_param("invitation_id");
  if (!id) return error_response(ctx, Error::not_found());
  const auto answer = ctx.form().get("answer");
  if (answer != "accept" && answer != "decline") {
    const auto e = Error::invalid("network_answer_unknown", "error.network_answer_unknown");
    return networks_list_page(ctx, *access, {"", {}, form_error(ctx, e)}, http_status(e));
  }
  auto& svc = *ctx.app.services().networks;
  const auto invitation_network = [&]() -> std::optional<std::int64_t> {
    for (const auto& i : svc.invitations_to(access->org_id)) {
      if (i.id == *id) return i.network_id;
    }
    return std::nullopt;
  }();
  auto status = svc.answer(*id, access->org_id, ctx.user->id, access->role, answer == "accept");
  if (!status) {
    if (status.error().kind == ErrorKind::not_found) return error_response(ctx, status.error());
    return networks_list_page(ctx, *access, {"", {}, form_error(ctx, status.error())},
                              http_status(status.error()));
  }
  if (answer == "accept" && invitation_network)
    return redirect(network_path(access->org_id, *invitation_network));
  return redirect(networks_path(access->org_id));
}

}  // namespace forkant::web::pages
