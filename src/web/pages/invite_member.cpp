// Inviting a member by e-mail address and role (owners). The invitation link is shown once, to the owner,
// to pass on, and, when e-mail is set up and the owner leaves "send by e-mail" ticked, mailed to the
// address through the outbox in the invitation's transaction (docs/email.md).
#include "services/organisations.hpp"
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"

namespace forkant::web::pages {
namespace {

std::string base_url(Context& ctx) {
  if (!ctx.app.config().public_url.empty()) return ctx.app.config().public_url;
  return std::string(ctx.app.config().secure_cookies ? "https://" : "http://") +
         std::string(ctx.req.header("host").value_or("127.0.0.1:8080"));
}

}  // namespace

Response invite_member(Context& ctx) {
  const auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  const std::string email = ctx.form().get("email");
  const std::string role_text = ctx.form().get("role");
  const auto new_role = parse_role(role_text);
  nlohmann::json keep{{"email", email}, {"chosen_role", role_text}};
  if (!new_role) {
    const Error e = Error::invalid("unknown_role", "error.unknown_role");
    keep["error"] = error_message(ctx, e);
    return members_page(ctx, access->org_id, access->role, keep, http_status(e));
  }
  auto& orgs = *ctx.app.services().orgs;
  const bool send_mail = ctx.form().get("send_mail") == "1" && orgs.mail_configured();
  const std::string base = base_url(ctx);
  const auto org = orgs.find(access->org_id);
  const std::string org_name = org ? org->name : "";
  OrgService::InvitationMail mail;
  if (send_mail) {
    mail = [&](const std::string& token) {
      const std::map<std::string, std::string> params{{"org", org_name},
                                                      {"inviter", ctx.user->name},
                                                      {"role", ctx.t("role." + role_text)},
                                                      {"link", base + "/join/" + token}};
      return OutgoingMail{"member_invitation", email, ctx.t("mail.member_invitation.subject", params),
                          ctx.t("mail.member_invitation.body", params), std::nullopt};
    };
  }
  auto issued = orgs.invite(access->org_id, ctx.user->id, email, *new_role, mail);
  if (!issued) {
    keep["error"] = error_message(ctx, issued.error());
    return members_page(ctx, access->org_id, access->role, keep, http_status(issued.error()));
  }
  note_security_event(ctx, {.event = "invitation_created",
                            .outcome = "success",
                            .org_id = access->org_id,
                            .subject = issued->id,
                            .what = std::string(role_name(*new_role))});
  return members_page(ctx, access->org_id, access->role,
                      {{"invite_link", base + "/join/" + issued->token}, {"invite_mailed", send_mail}}, 201);
}

}  // namespace forkant::web::pages
