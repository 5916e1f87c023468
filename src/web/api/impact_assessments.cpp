// Impact assessments in the API: start one for an initiative, put answers (each checked: a refused one
// names its question and nothing is saved), complete, read the result under any rule version
// (?rule=), record the forum's judgement and mark obligations met.
#include "domain/impact/answer_check.hpp"
#include "domain/impact/condition.hpp"
#include "formats/impact_answers_json.hpp"
#include "render/format.hpp"
#include "services/decisions.hpp"
#include "services/impact.hpp"
#include "web/access.hpp"
#include "web/api/impact_api.hpp"
#include "web/api/write_request.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {
namespace {

nlohmann::json local_json(const LocalText& text) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [lang, t] : text.by_lang) out[lang] = t;
  return out;
}

nlohmann::json score_json(int rule, const AiaScore& s) {
  return {{"rule", rule},
          {"raw_risk", s.raw_risk},
          {"max_raw_risk", s.max_raw_risk},
          {"mitigation", s.mitigation},
          {"max_mitigation", s.max_mitigation},
          {"deduction_applied", s.deduction_applied},
          {"total", s.total},
          {"level", s.level}};
}

nlohmann::json assessment_json(Context& ctx, const AssessmentResult& r, const Date today) {
  const auto& a = r.assessment;
  const auto& q = r.questionnaire->stored;
  nlohmann::json scores = nlohmann::json::array();
  for (const auto& s : r.scores) scores.push_back(score_json(s.rule, s.score));
  nlohmann::json findings = nlohmann::json::array();
  for (const auto& f : r.findings) {
    findings.push_back({{"key", f.key}, {"title", local_json(f.title)}, {"source", f.source}});
  }
  nlohmann::json each = nlohmann::json::object();
  for (const auto& [key, forum] : r.routing.each) each[key] = std::string{to_string(forum)};
  nlohmann::json obligations = nlohmann::json::array();
  for (const auto& routed : r.routing.obligations) {
    const auto& o = routed.obligation;
    nlohmann::json checklist = nlohmann::json::array();
    for (const auto& c : o.checklist) checklist.push_back(local_json(c));
    const auto met = r.met.find(o.id);
    obligations.push_back(
        {{"id", o.id},
         {"title", local_json(o.title)},
         {"article", o.article},
         {"applies_from",
          o.applies_from ? nlohmann::json(format_iso_date(*o.applies_from)) : nlohmann::json(nullptr)},
         {"applies_now", !o.applies_from || *o.applies_from <= today},
         {"checklist", checklist},
         {"because_of", routed.because_of},
         {"met", met == r.met.end()
                     ? nlohmann::json(nullptr)
                     : nlohmann::json{{"met_on", format_iso_date(met->second.met_on)},
                                      {"note", met->second.note},
                                      {"met_by", met->second.met_by ? nlohmann::json(*met->second.met_by)
                                                                    : nlohmann::json(nullptr)}}}});
  }
  // The questions, so that a client can answer without the file: each with whether it shows under the
  // answers so far and, for a screening, the findings each choice gives.
  const auto& questionnaire = r.questionnaire->questionnaire;
  const Answers visible = visible_answers(questionnaire, a.answers);
  nlohmann::json questions = nlohmann::json::array();
  for (const auto& ref : all_questions(questionnaire)) {
    const auto& e = *ref.element;
    if (e.type == ElementType::html || e.type == ElementType::panel) continue;
    nlohmann::json choices = nlohmann::json::array();
    for (const auto& c : e.choices) choices.push_back({{"value", c.value}, {"findings", c.findings}});
    questions.push_back(
        {{"name", e.name},
         {"type", std::string{to_string(e.type)}},
         {"page", ref.page->name},
         {"required", e.required},
         {"visible", page_visible(*ref.page, visible) && question_visible(questionnaire, e.name, visible)},
         {"choices", choices}});
  }
  nlohmann::json judgements = nlohmann::json::array();
  for (const auto& j : r.judgements) {
    const auto d = ctx.app.services().decisions->find_decision(j.decision_id);
    judgements.push_back(
        {{"decision_id", j.decision_id},
         {"forum", j.forum},
         {"kind", d ? nlohmann::json(std::string{to_string(d->content.kind)}) : nlohmann::json(nullptr)},
         {"recorded_at", format_timestamp(j.recorded_at)}});
  }
  return {{"id", a.id},
          {"org_id", a.org_id},
          {"initiative_id", a.initiative_id},
          {"kind", a.kind},
          {"number", a.number},
          {"status", std::string{to_string(a.status)}},
          {"rule", a.rule},
          {"initiative_version", a.initiative_version},
          {"answers", impact_answers_to_json(a.answers)},
          {"questions", questions},
          {"started_at", format_timestamp(a.started_at)},
          {"completed_at",
           a.completed_at ? nlohmann::json(format_timestamp(*a.completed_at)) : nlohmann::json(nullptr)},
          {"questionnaire", {{"id", q.id}, {"kind", q.kind}, {"version", q.version}, {"sha256", q.sha256}}},
          {"result",
           {{"rule", r.rule},
            {"score", r.score ? score_json(r.rule, *r.score) : nlohmann::json(nullptr)},
            {"scores", scores},
            {"findings", findings},
            {"forum", r.routing.forum ? nlohmann::json(std::string{to_string(*r.routing.forum)})
                                      : nlohmann::json(nullptr)},
            {"forum_because", r.routing.forum_because},
            {"routing", each},
            {"default_routing", r.default_routing},
            {"obligations", obligations},
            {"judgement_open", r.judgement_open},
            {"latest", r.latest},
            {"judgements", judgements}}}};
}

Result<Accessed<ImpactAssessment>> assessment_in_path(Context& ctx, Role need) {
  auto* impact = ctx.app.services().impact;
  return in_path(ctx, "assessment_id", need,
                 [impact](std::int64_t id) { return impact->find_assessment(id); });
}

Response result_response(Context& ctx, int status, const ImpactAssessment& a,
                         std::optional<int> rule = std::nullopt) {
  auto& impact = *ctx.app.services().impact;
  auto r = impact.result(a, rule);
  if (!r) return error_response(ctx, r.error());
  return json_response(status, assessment_json(ctx, *r, impact.today()));
}

}  // namespace

Response list_impact_assessments(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto& impact = *ctx.app.services().impact;
  auto initiative = of_org(ctx, "initiative_id", *access,
                           [&impact](std::int64_t id) { return impact.find_initiative(id); });
  if (!initiative) return error_response(ctx, initiative.error());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : impact.assessments(access->org_id, initiative->id)) {
    if (auto r = impact.result(a)) out.push_back(assessment_json(ctx, *r, impact.today()));
  }
  return json_response(200, {{"assessments", out}});
}

Response create_impact_assessment(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  auto& impact = *ctx.app.services().impact;
  auto initiative = of_org(ctx, "initiative_id", request->target,
                           [&impact](std::int64_t id) { return impact.find_initiative(id); });
  if (!initiative) return error_response(ctx, initiative.error());
  FieldReader f(request->body);
  const auto kind = f.string("kind");
  const auto questionnaire_id = f.integer("questionnaire_id", false);
  if (auto e = f.finish()) return error_response(ctx, *e);
  Result<std::int64_t> started =
      Error::invalid("unknown_assessment_kind", "error.impact.unknown_assessment_kind");
  if (*kind == "screening") {
    started = impact.start_screening(*initiative, ctx.user->id);
  } else if (*kind == "aia") {
    if (!questionnaire_id) {
      return error_response(
          ctx,
          Error{
              ErrorKind::malformed, "missing_field", "error.missing_field", {{"field", "questionnaire_id"}}});
    }
    started = impact.start_aia(*initiative, ctx.user->id, *questionnaire_id);
  }
  if (!started) return error_response(ctx, started.error());
  return result_response(ctx, 201, *impact.find_assessment(*started));
}

Response get_impact_assessment(Context& ctx) {
  auto found = assessment_in_path(ctx, Role::viewer);
  if (!found) return error_response(ctx, found.error());
  std::optional<int> rule;
  if (const auto r = ctx.query().find("rule")) {
    const auto parsed = ctx.query().get("rule");
    int value = -1;
    try {
      std::size_t used = 0;
      value = std::stoi(parsed, &used);
      if (used != parsed.size()) value = -1;
    } catch (const std::exception&) {
      value = -1;
    }
    rule = value;
  }
  return result_response(ctx, 200, found->object, rule);
}

Response put_impact_answers(Context& ctx) {
  auto request = with_body(ctx, assessment_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  FieldReader f(request->body);
  const auto* answers = f.any("answers");
  if (auto e = f.finish()) return error_response(ctx, *e);
  auto patch = impact_answers_patch(*answers);
  if (!patch) return error_response(ctx, patch.error());
  auto saved = ctx.app.services().impact->save_answers(request->target.object, ctx.user->id, *patch);
  if (!saved) return error_response(ctx, saved.error());
  return result_response(ctx, 200, *saved);
}

Response complete_impact_assessment(Context& ctx) {
  auto found = assessment_in_path(ctx, Role::leader);
  if (!found) return error_response(ctx, found.error());
  auto done = ctx.app.services().impact->complete(found->object, ctx.user->id);
  if (!done) return error_response(ctx, done.error());
  return json_response(200, assessment_json(ctx, *done, ctx.app.services().impact->today()));
}

Response record_impact_judgement(Context& ctx) {
  auto request = with_body(ctx, assessment_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  FieldReader f(request->body);
  const auto kind_text = f.string("kind");
  const auto rationale = f.string("rationale");
  const auto title = f.string("title", false);
  if (auto e = f.finish()) return error_response(ctx, *e);
  const auto kind = decision_kind_from_string(*kind_text);
  if (!kind) return error_response(ctx, Error::invalid("judgement_kind", "error.impact.judgement_kind"));
  auto& impact = *ctx.app.services().impact;
  auto decision = impact.record_judgement(request->target.object, ctx.user->id,
                                          {*kind, *rationale, title.value_or("")}, ctx.lang);
  if (!decision) return error_response(ctx, decision.error());
  return result_response(ctx, 201, request->target.object);
}

Response mark_impact_obligation_met(Context& ctx) {
  auto request = with_body(ctx, assessment_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  FieldReader f(request->body);
  const auto obligation = f.string("obligation_id");
  const auto met_on_text = f.string("met_on");
  const auto note = f.string("note", false);
  if (auto e = f.finish()) return error_response(ctx, *e);
  const auto met_on = parse_iso_date(*met_on_text);
  if (!met_on)
    return error_response(ctx, Error::invalid("invalid_date", "error.invalid_date", {{"field", "met_on"}}));
  auto& impact = *ctx.app.services().impact;
  auto met = impact.mark_obligation_met(request->target.object, ctx.user->id, *obligation, *met_on,
                                        note.value_or(""));
  if (!met) return error_response(ctx, met.error());
  return result_response(ctx, 201, request->target.object);
}

}  // namespace forkant::web::api
