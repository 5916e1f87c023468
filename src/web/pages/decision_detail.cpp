// One decision: its content, what it supersedes or was superseded by, its history (every version, with
// what changed from the one before) and its follow-up notes.
#include "render/format.hpp"
#include "services/assessment.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/initiative_pages.hpp"
#include "web/pages/network_sharing_pages.hpp"
#include "web/pages/public_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

// One field of a version as people read it.
std::string field_text(Context& ctx, const DecisionDraft& d, DecisionField field,
                       const std::map<std::int64_t, std::string>& names) {
  auto opt_day = [&ctx](const std::optional<Date>& day) {
    return day ? format_date_text(*day, ctx.lang) : std::string("–");
  };
  auto opt_id = [](const std::optional<std::int64_t>& id) {
    return id ? std::to_string(*id) : std::string("–");
  };
  switch (field) {
    case DecisionField::kind:
      return kind_label(ctx, d.kind);
    case DecisionField::title:
      return d.title;
    case DecisionField::rationale:
      return d.rationale;
    case DecisionField::alternatives:
      return d.alternatives;
    case DecisionField::questions: {
      std::vector<std::string> qs;
      for (const int q : d.questions) qs.push_back(std::to_string(q));
      return join(qs);
    }
    case DecisionField::purposes: {
      // Purposes are stored by id (p.citizens); people read the framework's label in their language.
      const auto fw = ctx.app.services().assessment->framework_by_key("ti-spoergsmaal");
      std::vector<std::string> labels;
      for (const auto& id : d.purposes) {
        const auto* purpose = fw ? fw->find_purpose(id) : nullptr;
        labels.push_back(purpose ? purpose->label.get(ctx.lang) : id);
      }
      return join(labels);
    }
    case DecisionField::owner: {
      const auto it = names.find(d.owner_user_id);
      return it == names.end() ? std::to_string(d.owner_user_id) : it->second;
    }
    case DecisionField::body:
      return d.body;
    case DecisionField::decided_on:
      return format_date_text(d.decided_on, ctx.lang);
    case DecisionField::review_on:
      return opt_day(d.review_on);
    case DecisionField::round:
      return opt_id(d.round_id);
    case DecisionField::goal:
      return opt_id(d.goal_id);
  }
  return "";
}

nlohmann::json history_view(Context& ctx, const DecisionDetail& detail,
                            const std::map<std::int64_t, std::string>& names) {
  nlohmann::json out = nlohmann::json::array();
  for (std::size_t i = detail.history.size(); i-- > 0;) {
    const auto& h = detail.history[i];
    nlohmann::json changes = nlohmann::json::array();
    for (const auto field : h.changed) {
      changes.push_back({{"field", ctx.t("decision.field." + std::string{to_string(field)})},
                         {"before", field_text(ctx, detail.versions[i - 1].content, field, names)},
                         {"after", field_text(ctx, detail.versions[i].content, field, names)}});
    }
    const auto editor = names.find(h.edited_by);
    out.push_back({{"version", std::to_string(h.version)},
                   {"edited_at", format_date_text(h.edited_at, ctx.lang)},
                   {"edited_by", editor == names.end() ? "" : editor->second},
                   {"first", i == 0},
                   {"changes", changes}});
  }
  return out;
}

}  // namespace

Response decision_detail_page(Context& ctx, const OrgAccess& access, const Decision& decision,
                              const std::string& note_error, const std::string& note_text, int status,
                              const PublishInput* publish, const ShareInput* share) {
  auto& svc = *ctx.app.services().decisions;
  const auto detail = svc.detail(decision);
  const auto names = member_names(ctx, access.org_id);
  const auto& d = decision.content;
  nlohmann::json questions = nlohmann::json::array();
  for (const int q : d.questions) questions.push_back(question_label(ctx, q));
  nlohmann::json notes = nlohmann::json::array();
  for (const auto& n : detail.notes) {
    const auto author = names.find(n.author_user_id);
    notes.push_back({{"text", n.text},
                     {"written_on", format_date_text(n.written_on, ctx.lang)},
                     {"author", author == names.end() ? "" : author->second}});
  }
  const auto owner = names.find(d.owner_user_id);
  const std::string base = "/orgs/" + std::to_string(access.org_id) + "/decisions/";
  const bool can_write = role_at_least(access.role, Role::leader);
  nlohmann::json view{
      {"org", org_view(ctx, access.org_id, access.role)},
      {"id", decision.id},
      {"base", base},
      {"kind", std::string{to_string(d.kind)}},
      {"kind_label", kind_label(ctx, d.kind)},
      {"title", d.title},
      {"rationale", d.rationale},
      {"alternatives", or_null(d.alternatives)},
      {"questions", questions},
      {"purposes", or_null(field_text(ctx, d, DecisionField::purposes, names))},
      {"owner", owner == names.end() ? "" : owner->second},
      {"body", d.body},
      {"decided_on", format_date_text(d.decided_on, ctx.lang)},
      {"review_on", or_null(d.review_on ? format_date_text(*d.review_on, ctx.lang) : "")},
      {"reviewed_on", or_null(decision.reviewed_on ? format_date_text(*decision.reviewed_on, ctx.lang) : "")},
      {"version", std::to_string(decision.version)},
      {"history", history_view(ctx, detail, names)},
      {"notes", notes},
      {"has_notes", !notes.empty()},
      {"can_edit", can_write && !decision.is_superseded()},
      // A superseded decision is no longer in force: no follow-up on it (the service refuses it too).
      {"can_note", can_write && !decision.is_superseded()},
      {"can_review", can_write && d.review_on && !decision.reviewed_on && !decision.is_superseded()},
      {"note_text", note_text}};
  // The neighbours in the chain are named by title (same organisation: the foreign keys guarantee it).
  for (const auto& [key, id] : {std::pair{"supersedes", decision.supersedes_id},
                                std::pair{"superseded_by", decision.superseded_by_id}}) {
    if (!id) continue;
    const auto other = svc.find_decision(*id);
    view[key] = {{"id", std::to_string(*id)},
                 {"title", other && other->org_id == access.org_id ? other->content.title
                                                                   : "#" + std::to_string(*id)}};
  }
  if (d.goal_id) view["goal_id"] = std::to_string(*d.goal_id);
  if (d.round_id) view["round_id"] = std::to_string(*d.round_id);
  if (!note_error.empty()) view["note_error"] = note_error;
  view["publication"] = publication_view(ctx, access, decision, publish);
  view["sharing"] = or_null(sharing_section_html(ctx, access, decision_subject(access, decision), share));
  if (auto* initiatives = ctx.app.services().initiatives) {  // the links' other way
    const auto linking = linking_initiatives_view(ctx, access.org_id,
                                                  initiatives->linking_decision(access.org_id, decision.id));
    if (!linking.empty()) view["linked_initiatives"] = nlohmann::json{{"items", linking}};
  }
  return page(ctx, "decisions_detail", view, d.title, status);
}

Response decision_detail(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto decision = decision_in_path(ctx, *access);
  if (!decision) return error_response(ctx, decision.error());
  return decision_detail_page(ctx, *access, *decision, "", "", 200);
}

}  // namespace forkant::web::pages
