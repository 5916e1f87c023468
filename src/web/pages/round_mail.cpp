// A round's private links by e-mail (coordinators, open rounds): one new link per address, and reminders
// to the addresses whose link has not been submitted. The page says how many, never who. The addresses
// are deleted when the round closes (services/round_mail.hpp); the mail says so to each respondent.
#include "services/round_mail.hpp"

#include "render/i18n.hpp"
#include "web/pages/assessment_pages.hpp"
#include "web/pages/mail_pages.hpp"

namespace forkant::web::pages {

OutgoingMail round_link_mail(const Context& ctx, const RoundRow& round, const std::string& base_url,
                             const std::string& address, const std::string& token, bool reminder) {
  const std::map<std::string, std::string> params{{"round", round.title}, {"link", base_url + "/r/" + token}};
  const std::string kind = reminder ? "reminder" : "invitation";
  return {kind, address, ctx.t("mail." + kind + ".subject", params),
          ctx.t("mail." + kind + ".body", params) + "\n\n" + ctx.t("mail.address_note"), round.id};
}

nlohmann::json round_mail_view(Context& ctx, const RoundRow& round, Role role, const nlohmann::json& extra) {
  const RoundMailService* svc = ctx.app.services().round_mail;
  if (svc == nullptr || !role_at_least(role, Role::coordinator) || round.state != RoundState::open) {
    return nullptr;
  }
  const std::string chosen = extra.value("mail_group", std::string());
  nlohmann::json groups = nlohmann::json::array();
  for (const auto& g : round.groups) {
    groups.push_back({{"value", g}, {"label", group_label(ctx, g)}, {"selected", g == chosen}});
  }
  const int recipients = ctx.app.services().round_mail->recipient_count(round.id);
  nlohmann::json view{
      {"configured", svc->mail_configured()},
      {"groups", groups},
      {"addresses", extra.value("mail_addresses", std::string())},
      {"max", std::to_string(RoundMailService::kMaxAddresses)},
      {"recipients", recipients > 0},
      {"recipients_text", ctx.t("round.mail_recipients", {{"count", std::to_string(recipients)}})}};
  if (extra.contains("mail_error")) view["error"] = extra["mail_error"];
  const auto& q = ctx.query();
  if (const auto sent = parse_form_int(q.get("mailed")); sent && *sent >= 0) {
    const auto skipped = parse_form_int(q.get("skipped")).value_or(0);
    view["message"] = ctx.t(skipped > 0 ? "round.mail_sent_skipped" : "round.mail_sent",
                            {{"count", std::to_string(*sent)}, {"skipped", std::to_string(skipped)}});
  }
  if (const auto reminded = parse_form_int(q.get("reminded")); reminded && *reminded >= 0) {
    view["message"] = ctx.t("round.mail_reminded", {{"count", std::to_string(*reminded)}});
  }
  return view;
}

Response round_mail_links(Context& ctx) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  const std::string group = ctx.form().get("group");
  const std::string addresses = ctx.form().get("addresses");
  const std::string base = site_base_url(ctx);
  auto sent = ctx.app.services().round_mail->send_links(
      round, group, addresses, ctx.user->id,
      [&](const std::string& address, const std::string& token, bool reminder) {
        return round_link_mail(ctx, round, base, address, token, reminder);
      });
  if (!sent) {
    return round_detail_page(ctx, round, found->access.role,
                             {{"mail_error", error_message(ctx, sent.error())},
                              {"mail_addresses", addresses},
                              {"mail_group", group}},
                             http_status(sent.error()));
  }
  return redirect("/rounds/" + std::to_string(round.id) + "?mailed=" + std::to_string(sent->sent) +
                  "&skipped=" + std::to_string(sent->skipped) + "#mail-heading");
}

Response round_mail_remind(Context& ctx) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  const std::string base = site_base_url(ctx);
  auto reminded = ctx.app.services().round_mail->remind(
      round, ctx.user->id, [&](const std::string& address, const std::string& token, bool reminder) {
        return round_link_mail(ctx, round, base, address, token, reminder);
      });
  if (!reminded) {
    return round_detail_page(ctx, round, found->access.role,
                             {{"mail_error", error_message(ctx, reminded.error())}},
                             http_status(reminded.error()));
  }
  return redirect("/rounds/" + std::to_string(round.id) + "?reminded=" + std::to_string(*reminded) +
                  "#mail-heading");
}

}  // namespace forkant::web::pages
