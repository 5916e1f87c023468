// Recording, editing and superseding a decision: one form (templates/decisions_form.mustache) whose
// fields (templates/decisions_fields.mustache) are shared with the step evaluation and the minutes.
#include "render/templates.hpp"
#include "services/assessment.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

constexpr const char* kFramework = "ti-spoergsmaal";

Error invalid_date(const std::string& field) {
  return Error::invalid("invalid_date", "error.invalid_date", {{"field", field}});
}

struct FormView {
  std::string heading;
  std::string action;
  std::string submit;
  std::optional<int> version;
};

Response form_page(Context& ctx, const OrgAccess& access, const FormView& form, const DecisionDraft& draft,
                   const std::string& error, int status) {
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

DecisionDraft new_draft(Context& ctx) {
  DecisionDraft draft;
  draft.owner_user_id = ctx.user->id;
  draft.body = ctx.t("decision.body.default");
  draft.decided_on = ctx.app.services().decisions->today();
  return draft;
}

std::string decision_path(std::int64_t org_id, std::int64_t id) {
  return "/orgs/" + std::to_string(org_id) + "/decisions/" + std::to_string(id);
}

}  // namespace

// ---- Shared helpers -------------------------------------------------------------------------------------

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

std::string kind_label(const Context& ctx, DecisionKind kind) {
  return ctx.t("decision.kind." + std::string{to_string(kind)});
}

std::string question_label(Context& ctx, int question) {
  const auto framework = ctx.app.services().assessment->framework_by_key(kFramework);
  if (framework) {
    for (const auto& d : framework->dimensions) {
      if (d.number == question) return std::to_string(question) + ". " + d.title.get(ctx.lang);
    }
  }
  return ctx.t("decision.question", {{"question", std::to_string(question)}});
}

std::map<std::int64_t, std::string> member_names(Context& ctx, std::int64_t org_id) {
  std::map<std::int64_t, std::string> out;
  for (const auto& m : ctx.app.services().orgs->members(org_id)) out[m.user_id] = m.name;
  return out;
}

nlohmann::json member_options(Context& ctx, std::int64_t org_id, std::optional<std::int64_t> chosen) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& m : ctx.app.services().orgs->members(org_id)) {
    out.push_back(
        {{"value", std::to_string(m.user_id)}, {"label", m.name}, {"selected", chosen == m.user_id}});
  }
  return out;
}

nlohmann::json question_choices(Context& ctx, const std::set<int>& chosen) {
  nlohmann::json out = nlohmann::json::array();
  for (int q = 1; q <= 10; ++q) {
    out.push_back(
        {{"value", std::to_string(q)}, {"label", question_label(ctx, q)}, {"checked", chosen.contains(q)}});
  }
  return out;
}

std::string form_error(const Context& ctx, const Error& error) {
  return error_message(ctx, error);
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
  if (const auto fw = ctx.app.services().assessment->framework_by_key(kFramework)) {
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

// ---- New ------------------------------------------------------------------------------------------------

Response decision_new(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  const auto base = "/orgs/" + std::to_string(access->org_id) + "/decisions";
  DecisionDraft draft = new_draft(ctx);
  if (const auto kind = decision_kind_from_string(ctx.query().get("kind"))) draft.kind = *kind;
  return form_page(ctx, *access,
                   {ctx.t("decision.new.title"), base, ctx.t("decision.new.submit"), std::nullopt}, draft, "",
                   200);
}

Response decision_create(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  const auto base = "/orgs/" + std::to_string(access->org_id) + "/decisions";
  const FormView form{ctx.t("decision.new.title"), base, ctx.t("decision.new.submit"), std::nullopt};
  DecisionDraft draft = new_draft(ctx);
  if (auto s = read_draft_form(ctx.form(), "", draft); !s) {
    return form_page(ctx, *access, form, draft, form_error(ctx, s.error()), http_status(s.error()));
  }
  auto id = ctx.app.services().decisions->create_decision(access->org_id, ctx.user->id, draft);
  if (!id) return form_page(ctx, *access, form, draft, form_error(ctx, id.error()), http_status(id.error()));
  return redirect(decision_path(access->org_id, *id));
}

// ---- Edit -----------------------------------------------------------------------------------------------

Response decision_edit(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto decision = decision_in_path(ctx, *access);
  if (!decision) return error_response(ctx, decision.error());
  const FormView form{ctx.t("decision.edit.title"), decision_path(access->org_id, decision->id) + "/edit",
                      ctx.t("decision.edit.submit"), decision->version};
  return form_page(ctx, *access, form, decision->content, "", 200);
}

Response decision_update(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto decision = decision_in_path(ctx, *access);
  if (!decision) return error_response(ctx, decision.error());
  const auto version = parse_id(ctx.form().get("version"));
  const FormView form{ctx.t("decision.edit.title"), decision_path(access->org_id, decision->id) + "/edit",
                      ctx.t("decision.edit.submit"), static_cast<int>(version.value_or(0) % 1000000)};
  DecisionDraft draft = decision->content;
  if (auto s = read_draft_form(ctx.form(), "", draft); !s) {
    return form_page(ctx, *access, form, draft, form_error(ctx, s.error()), http_status(s.error()));
  }
  auto edited = ctx.app.services().decisions->edit_decision(*decision, ctx.user->id, *form.version, draft);
  if (!edited)
    return form_page(ctx, *access, form, draft, form_error(ctx, edited.error()), http_status(edited.error()));
  return redirect(decision_path(access->org_id, decision->id));
}

// ---- Supersede ------------------------------------------------------------------------------------------

Response decision_supersede_form(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto decision = decision_in_path(ctx, *access);
  if (!decision) return error_response(ctx, decision.error());
  DecisionDraft draft = decision->content;
  draft.decided_on = ctx.app.services().decisions->today();
  draft.review_on.reset();
  const FormView form{ctx.t("decision.supersede.title", {{"title", decision->content.title}}),
                      decision_path(access->org_id, decision->id) + "/supersede",
                      ctx.t("decision.supersede.submit"), std::nullopt};
  return form_page(ctx, *access, form, draft, "", 200);
}

Response decision_supersede(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto decision = decision_in_path(ctx, *access);
  if (!decision) return error_response(ctx, decision.error());
  const FormView form{ctx.t("decision.supersede.title", {{"title", decision->content.title}}),
                      decision_path(access->org_id, decision->id) + "/supersede",
                      ctx.t("decision.supersede.submit"), std::nullopt};
  DecisionDraft draft = new_draft(ctx);
  if (auto s = read_draft_form(ctx.form(), "", draft); !s) {
    return form_page(ctx, *access, form, draft, form_error(ctx, s.error()), http_status(s.error()));
  }
  auto id = ctx.app.services().decisions->supersede_decision(*decision, ctx.user->id, draft);
  if (!id) return form_page(ctx, *access, form, draft, form_error(ctx, id.error()), http_status(id.error()));
  return redirect(decision_path(access->org_id, *id));
}

}  // namespace forkant::web::pages
