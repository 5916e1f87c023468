// One round: its state and the number of links, started and submitted responses per group (never who).
// Coordinators open and close it, create private links (downloaded once as CSV) and import paper
// responses; once closed, the page leads to the results.
#include "domain/copenhagen_time.hpp"
#include "render/format.hpp"
#include "web/pages/assessment_pages.hpp"
#include "web/pages/mail_pages.hpp"
#include "web/pages/round_sharing.hpp"

namespace forkant::web::pages {

Response round_detail_page(Context& ctx, const RoundRow& round, Role role, const nlohmann::json& extra,
                           int status) {
  auto& svc = *ctx.app.services().assessment;
  const auto fw = svc.framework(round.framework_id);
  nlohmann::json counts = nlohmann::json::array();
  int invited = 0, started = 0, submitted = 0, by_hand = 0;
  for (const auto& c : svc.group_counts(round.id)) {
    counts.push_back({{"group", group_label(ctx, c.group)},
                      {"invited", std::to_string(c.invited)},
                      {"started", std::to_string(c.started)},
                      {"by_link", std::to_string(c.submitted - c.by_hand)},
                      {"by_hand", std::to_string(c.by_hand)},
                      {"submitted", std::to_string(c.submitted)}});
    invited += c.invited;
    started += c.started;
    submitted += c.submitted;
    by_hand += c.by_hand;
  }
  const bool coordinator = role_at_least(role, Role::coordinator);
  nlohmann::json view{
      {"org", org_view(ctx, round.org_id, role)},
      {"id", round.id},
      {"title", round.title},
      {"state", round_state_label(ctx, round.state)},
      {"state_class", std::string(round_state_name(round.state))},
      {"framework", fw ? fw->title.get(ctx.lang) : round.framework_key},
      {"framework_version", std::to_string(round.framework_version)},
      {"k", std::to_string(round.k)},
      {"top_group",
       round.top_group.empty() ? nlohmann::json() : nlohmann::json(group_label(ctx, round.top_group))},
      {"created", format_date_text(copenhagen_time(round.created_at).day, ctx.lang)},
      {"opened", round.opened_at
                     ? nlohmann::json(format_date_text(copenhagen_time(*round.opened_at).day, ctx.lang))
                     : nlohmann::json()},
      {"closed_at", round.closed_at
                        ? nlohmann::json(format_date_text(copenhagen_time(*round.closed_at).day, ctx.lang))
                        : nlohmann::json()},
      {"counts", counts},
      {"total_invited", std::to_string(invited)},
      {"total_started", std::to_string(started)},
      {"total_submitted", std::to_string(submitted)},
      {"total_by_link", std::to_string(submitted - by_hand)},
      {"total_by_hand", std::to_string(by_hand)},
      {"is_draft", round.state == RoundState::draft},
      {"is_open", round.state == RoundState::open},
      {"is_closed", round.state == RoundState::closed},
      {"coordinator", coordinator},
      {"can_open", coordinator && round.state == RoundState::draft},
      {"can_close", coordinator && round.state == RoundState::open},
      {"can_links", coordinator && round.state != RoundState::closed},
      {"can_import", coordinator && round.state == RoundState::open},
      {"can_paper", coordinator && round.state == RoundState::open},
      {"can_edit", coordinator && round.state == RoundState::draft},
      {"can_preview", round.state == RoundState::draft || round.state == RoundState::open},
      {"max_links", std::to_string(AssessmentService::kMaxInvitationsPerRequest)},
      {"links_count", "10"},
      {"anonymity_note", ctx.t("round.anonymity_note", {{"k", std::to_string(round.k)}})}};
  const std::string chosen_group = extra.value("links_group", std::string());
  nlohmann::json groups = nlohmann::json::array();
  for (const auto& g : round.groups) {
    groups.push_back({{"value", g}, {"label", group_label(ctx, g)}, {"selected", g == chosen_group}});
  }
  view["groups"] = groups;
  const std::string paper_group = extra.value("paper_group", std::string());
  nlohmann::json paper_groups = nlohmann::json::array();
  for (const auto& g : round.groups) {
    paper_groups.push_back({{"value", g}, {"label", group_label(ctx, g)}, {"selected", g == paper_group}});
  }
  view["paper_groups"] = paper_groups;
  if (ctx.query().get("entered") == "1") view["entered_message"] = ctx.t("round.paper_entered");
  if (ctx.query().get("saved") == "1") view["saved_message"] = ctx.t("round.saved");
  if (const auto imported = parse_form_int(ctx.query().get("imported")); imported && *imported >= 0) {
    view["imported_message"] = ctx.t("round.imported", {{"count", std::to_string(*imported)}});
  }
  if (auto share = round_sharing_view(ctx, round, role); !share.is_null()) {
    if (ctx.query().get("shared") == "1") share["message"] = ctx.t("contribute.done");
    if (ctx.query().get("withdrawn") == "1") share["message"] = ctx.t("contribute.withdrawn");
    if (extra.contains("share_error")) share["error"] = extra["share_error"];
    view["share"] = std::move(share);
  }
  if (auto mail = round_mail_view(ctx, round, role, extra); !mail.is_null()) view["mail"] = std::move(mail);
  view.update(extra);
  return page(ctx, "round_detail", view, round.title, status);
}

Response round_detail(Context& ctx) {
  auto found = round_in_path(ctx, Role::viewer);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  const Role role = found->access.role;
  return round_detail_page(ctx, round, role, nlohmann::json::object(), 200);
}

}  // namespace forkant::web::pages
