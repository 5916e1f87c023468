// The decision form (templates/decisions_form.mustache), for recording, editing and superseding a
// decision; its fields (templates/decisions_fields.mustache) are shared with the step evaluation and the
// minutes.
#include "render/templates.hpp"
#include "services/assessment.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

Error invalid_date(const std::string& field) {
  return Error::invalid("invalid_date", "error.invalid_date", {{"field", field}});
}

}  // namespace

Response decision_form_page(Context& ctx, const OrgAccess& access, const FormView& form,
                            const DecisionDraft& draft, const std::string& error, int status) {
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"heading", form.heading},
                      {"action", form.action},
                      {"submit", form.submit},
                      {"fields", decision_fields_html(ctx, access.org_id, draft, "")},
                      {"cancel", "/orgs/" + std::to_string(access.org_id) + "/decisions"}};
  if (form.version) view["version"] = std::to_string(*form.version);
  if (!error.empty()) view["error"] = error;
  return page(ctx, "decisions_form", view, form.heading, status);
}

DecisionDraft new_decision_draft(Context& ctx) {
  DecisionDraft draft;
  draft.owner_user_id = ctx.user->id;
  draft.body = ctx.t("decision.body.default");
  draft.decided_on = ctx.app.services().decisions->today();
  return draft;
}

std::string decision_path(std::int64_t org_id, std::int64_t id) {
  return "/orgs/" + std::to_string(org_id) + "/decisions/" + std::to_string(id);
}

Status read_draft_form(const Form& form, const std::string& prefix, DecisionDraft& d) {
  auto field = [&](const char* name) { return form.find(prefix + name); };
  std::optional<Error> problem;
  if (auto v = field("kind")) {
    if (auto k = decision_kind_from_string(*v)) {
      d.kind = *k;
    } else if (!problem) {
      problem = Error::invalid("unknown_kind", "error.unknown_kind", {{"kind", *v}});
    }
  }
  if (auto v = field("title")) d.title = *v;
  if (auto v = field("rationale")) d.rationale = *v;
  if (auto v = field("alternatives")) d.alternatives = *v;
  if (auto v = field("body")) d.body = *v;
  d.questions.clear();
  for (const auto& q : form.all(prefix + "questions")) {
    const auto n = parse_id(q);
    if (!n && !problem)
      problem = Error::invalid("unknown_question", "error.unknown_question", {{"question", q}});
    if (n) d.questions.insert(static_cast<int>(std::min<std::int64_t>(*n, 1000)));
  }
  d.purposes = form.all(prefix + "purposes");
  if (auto v = field("owner")) d.owner_user_id = parse_id(*v).value_or(0);
  if (auto v = field("decided_on")) d.decided_on = parse_iso_date(*v).value_or(Date{});
  if (auto v = field("review_on")) {
    d.review_on = parse_iso_date(*v);
    if (!v->empty() && !d.review_on && !problem) problem = invalid_date("review_on");
  }
  for (const auto& [name, slot] : {std::pair{"round", &d.round_id}, std::pair{"goal", &d.goal_id}}) {
    if (auto v = field(name)) {
      *slot = parse_id(*v);
      if (!v->empty() && !*slot && !problem)
        problem = Error::invalid("unknown_" + std::string(name), "error.unknown_" + std::string(name));
    }
  }
  if (problem) return *problem;
  return ok_status();
}

std::string decision_fields_html(Context& ctx, std::int64_t org_id, const DecisionDraft& d,
                                 const std::string& prefix) {
  nlohmann::json kinds = nlohmann::json::array();
  for (const auto kind : {DecisionKind::decided, DecisionKind::deselected, DecisionKind::postponed}) {
    const std::string name{to_string(kind)};
    kinds.push_back({{"value", name},
                     {"label", kind_label(ctx, kind)},
                     {"hint", ctx.t("decision.kind_hint." + name)},
                     {"checked", d.kind == kind}});
  }
  nlohmann::json purposes = nlohmann::json::array();
  if (const auto fw = ctx.app.services().assessment->framework_by_key(kDecisionFramework)) {
    for (const auto& p : fw->purposes) {
      const bool checked = std::find(d.purposes.begin(), d.purposes.end(), p.id) != d.purposes.end();
      purposes.push_back({{"value", p.id}, {"label", p.label.get(ctx.lang)}, {"checked", checked}});
    }
  }
  nlohmann::json rounds = nlohmann::json::array();
  for (const auto& r : ctx.app.services().assessment->rounds(org_id)) {
    rounds.push_back({{"value", std::to_string(r.id)}, {"label", r.title}, {"selected", d.round_id == r.id}});
  }
  nlohmann::json goals = nlohmann::json::array();
  for (const auto& g : ctx.app.services().decisions->goals(org_id)) {
    goals.push_back({{"value", std::to_string(g.id)}, {"label", g.title}, {"selected", d.goal_id == g.id}});
  }
  const nlohmann::json view{{"p", prefix},
                            {"kinds", kinds},
                            {"title", d.title},
                            {"rationale", d.rationale},
                            {"alternatives", d.alternatives},
                            {"questions", question_choices(ctx, d.questions)},
                            {"purposes", purposes},
                            {"owners", member_options(ctx, org_id, d.owner_user_id)},
                            {"body", d.body},
                            {"decided_on", d.decided_on.ok() ? format_iso_date(d.decided_on) : ""},
                            {"review_on", d.review_on ? format_iso_date(*d.review_on) : ""},
                            {"rounds", rounds},
                            {"has_rounds", !rounds.empty()},
                            {"goals", goals},
                            {"has_goals", !goals.empty()}};
  return ctx.app.templates().render("decisions_fields", view, ctx.lang);
}

}  // namespace forkant::web::pages
