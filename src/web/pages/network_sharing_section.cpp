// The "Del med netværk" section of the register's pages: per network the organisation is a current member
// of, the current share of the source (with the button that withdraws it) or the form that shares it. The
// form is prefilled with the text suggested from the register and the user's own name and e-mail as the
// contact, and says plainly what leaves the organisation.
#include <algorithm>
#include <charconv>

#include "domain/networks/share.hpp"
#include "services/networks.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/network_sharing_pages.hpp"
#include "web/pages/public_pages.hpp"
#include "web/respond.hpp"
#include "web/share_label.hpp"

namespace forkant::web::pages {
namespace {

std::vector<Share> current_shares(Context& ctx, std::int64_t org_id, const SharingSubject& subject) {
  auto& sharing = *ctx.app.services().sharing;
  switch (subject.kind) {
    case ShareSource::decision:
    case ShareSource::deselection:
      return sharing.shares_of_decision(org_id, subject.id);
    case ShareSource::lesson:
      return sharing.shares_of_lesson(org_id, subject.id);
    case ShareSource::initiative:
      return sharing.shares_of_initiative(org_id, subject.id);
  }
  return {};
}

}  // namespace

SharingSubject decision_subject(const OrgAccess& access, const Decision& decision) {
  SharingSubject s;
  const auto kind = share_source_of(decision);
  s.kind = kind ? *kind : ShareSource::decision;
  s.id = decision.id;
  s.action =
      "/orgs/" + std::to_string(access.org_id) + "/decisions/" + std::to_string(decision.id) + "/share";
  s.suggested = suggested_text(decision);
  if (!kind) s.shareable = kind.error();
  return s;
}

SharingSubject lesson_subject(const OrgAccess& access, const Goal& goal, const Step& step) {
  SharingSubject s;
  s.kind = ShareSource::lesson;
  s.id = step.id;
  s.action = "/orgs/" + std::to_string(access.org_id) + "/steps/" + std::to_string(step.id) + "/share";
  s.suggested = suggested_text(goal, step);
  s.shareable = check_lesson_shareable(step);
  return s;
}

SharingSubject initiative_subject(const OrgAccess& access, const Initiative& initiative) {
  SharingSubject s;
  s.kind = ShareSource::initiative;
  s.id = initiative.id;
  s.action =
      "/orgs/" + std::to_string(access.org_id) + "/initiatives/" + std::to_string(initiative.id) + "/share";
  s.suggested = suggested_text(initiative);
  return s;
}

std::string sharing_section_html(Context& ctx, const OrgAccess& access, const SharingSubject& subject,
                                 const ShareInput* input) {
  auto* networks = ctx.app.services().networks;
  if (ctx.app.services().sharing == nullptr || networks == nullptr) return "";
  const bool may_share = role_at_least(access.role, Role::coordinator);
  const auto org = ctx.app.services().orgs->find(access.org_id);
  const std::string org_name = org ? org->name : "";
  const std::string anonymous = org ? anonymous_label_text(ctx, org->kind, size_band(org->inhabitants)) : "";
  const auto shares = current_shares(ctx, access.org_id, subject);
  const std::string base = "/orgs/" + std::to_string(access.org_id);

  nlohmann::json items = nlohmann::json::array();
  for (const auto& network : networks->networks_of(access.org_id)) {
    const std::string net = std::to_string(network.id);
    nlohmann::json item{{"network", network.name}, {"net", net}, {"network_path", base + "/networks/" + net}};
    // A refused form's reason shows at its network, also when it was refused as shared already.
    const bool refused_here = input != nullptr && input->network_id == network.id;
    item["error"] = or_null(refused_here ? input->error : "");
    const auto shared = std::find_if(shares.begin(), shares.end(),
                                     [&](const Share& s) { return s.network_id == network.id; });
    if (shared != shares.end()) {
      item["shared"] = {
          {"status", ctx.t("sharing.shared_on", {{"date", day_text(shared->shared_at, ctx.lang)},
                                                 {"who", shared_by_text(ctx, *shared)}})},
          {"title", shared->title},
          {"body", shared->body},
          {"contact",
           or_null(shared->contact_name.empty() && shared->contact_email.empty()
                       ? ""
                       : shared->contact_name +
                             (shared->contact_email.empty() ? "" : " <" + shared->contact_email + ">"))},
          {"withdraw_action", base + "/network-shares/" + std::to_string(shared->id) + "/withdraw"},
          {"can_withdraw", may_share}};
    } else if (may_share && subject.shareable.ok()) {
      const ShareText text = refused_here
                                 ? input->text
                                 : ShareText{subject.suggested.title, subject.suggested.body, ShownAs::name,
                                             ctx.user ? ctx.user->name : "", ctx.user ? ctx.user->email : ""};
      item["form"] = {{"action", subject.action},
                      {"title", text.title},
                      {"body", text.body},
                      {"by_name", text.shown_as == ShownAs::name},
                      {"anonymous", text.shown_as == ShownAs::anonymous},
                      {"contact_name", text.contact_name},
                      {"contact_email", text.contact_email}};
    }
    items.push_back(item);
  }
  nlohmann::json view{
      {"csrf", ctx.csrf_token},
      {"networks", items},
      {"has_networks", !items.empty()},
      {"networks_path", base + "/networks"},
      {"may_share", may_share},
      {"org_name", org_name},
      {"anonymous_label", anonymous},
      {"body_label",
       ctx.t(subject.kind == ShareSource::deselection ? "sharing.field.reasons" : "sharing.field.body")},
      {"max_title", std::to_string(kMaxShareTitleChars)},
      {"max_body", std::to_string(kMaxShareBodyChars)},
      {"not_shareable", or_null(subject.shareable ? "" : error_message(ctx, subject.shareable.error()))}};
  return ctx.app.templates().render("network_sharing_section", view, ctx.lang);
}

ShareRequest read_share_form(Context& ctx) {
  const auto& form = ctx.form();
  ShareRequest r;
  const std::string net = form.get("network");
  std::int64_t network_id = 0;
  const auto [end, ec] = std::from_chars(net.data(), net.data() + net.size(), network_id);
  r.network_id = ec == std::errc() && end == net.data() + net.size() ? network_id : 0;
  r.text.title = form.get("title");
  r.text.body = form.get("body");
  // Anything but an explicit "name" is anonymous: a tampered value never shows the name by mistake.
  r.text.shown_as = form.get("shown_as") == "name" ? ShownAs::name : ShownAs::anonymous;
  r.text.contact_name = form.get("contact_name");
  r.text.contact_email = form.get("contact_email");
  return r;
}

std::string sharing_back_path(const OrgAccess& access, const Share& share) {
  std::string base = "/orgs/" + std::to_string(access.org_id);
  switch (share.source) {
    case ShareSource::decision:
    case ShareSource::deselection:
      return base + "/decisions/" + std::to_string(share.source_id) + "#sharing";
    case ShareSource::lesson:
      return base + "/steps/" + std::to_string(share.source_id) + "/share#sharing";
    case ShareSource::initiative:
      return base + "/initiatives/" + std::to_string(share.source_id) + "#sharing";
  }
  return base;
}

}  // namespace forkant::web::pages
