// One initiative: every field grouped by the question of the ten it answers, its phases with dates and
// reasons (and the form that moves it), its benefits with their measurements (and the form that records
// one), the impact assessments' section, the links to decisions, goals and steps, and its history.
#include <algorithm>

#include "render/format.hpp"
#include "services/assessment.hpp"
#include "services/decisions.hpp"
#include "web/app.hpp"
#include "web/initiative_access.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/initiative_pages.hpp"
#include "web/pages/network_sharing_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

using Json = nlohmann::json;

std::string name_of(const std::map<std::int64_t, std::string>& names, std::optional<std::int64_t> id) {
  if (!id) return "";
  const auto it = names.find(*id);
  return it == names.end() ? "" : it->second;
}

std::string day_text(Date d, const std::string& lang) {
  return d.ok() ? format_date_text(d, lang) : "";
}

Json benefits_view(Context& ctx, const Initiative& i, const std::vector<BenefitMeasurement>& measured) {
  Json out = Json::array();
  for (std::size_t b = 0; b < i.content.benefits.size(); ++b) {
    const auto& benefit = i.content.benefits[b];
    Json values = Json::array();
    for (const auto& m : measured) {
      if (m.benefit_title != benefit.title) continue;  // measured by title at the time (initiative.hpp)
      values.push_back({{"value", format_amount(m.value, ctx.lang)},
                        {"measured_on", format_date_text(m.measured_on, ctx.lang)},
                        {"note", m.note}});
    }
    out.push_back({{"index", std::to_string(b)},
                   {"title", benefit.title},
                   {"unit", benefit.unit},
                   {"baseline", format_amount(benefit.baseline, ctx.lang)},
                   {"target", format_amount(benefit.target, ctx.lang)},
                   {"measure_on", or_null(day_text(benefit.measure_on, ctx.lang))},
                   {"measured_by", or_null(benefit.measured_by)},
                   {"measurements", values},
                   {"has_measurements", !values.empty()}});
  }
  return out;
}

Json phases_view(Context& ctx, const Initiative& i, const std::map<std::int64_t, std::string>& names) {
  Json out = Json::array();
  for (const auto& c : i.phase_changes) {
    out.push_back({{"from", phase_label(ctx, c.from)},
                   {"to", phase_label(ctx, c.to)},
                   {"on", format_date_text(c.on, ctx.lang)},
                   {"reason", or_null(c.reason)},
                   {"by", name_of(names, c.by_user_id)}});
  }
  return out;
}

Json history_view(Context& ctx, const std::vector<InitiativeVersion>& versions,
                  const std::map<std::int64_t, std::string>& names) {
  const auto entries = InitiativeService::history(versions);
  Json out = Json::array();
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    Json fields = Json::array();
    for (const auto f : it->changed) fields.push_back(ctx.t("initiative.field." + std::string{to_string(f)}));
    out.push_back({{"version", std::to_string(it->version)},
                   {"edited_at", format_day(it->edited_at, ctx.lang)},
                   {"edited_by", name_of(names, it->edited_by)},
                   {"first", it->changed.empty() && it->version == 1},
                   {"changes", fields}});
  }
  return out;
}

Json links_view(Context& ctx, const OrgAccess& access, const InitiativeDraft& d) {
  auto& decisions = *ctx.app.services().decisions;
  const auto base = "/orgs/" + std::to_string(access.org_id);
  Json out{{"decisions", Json::array()}, {"goals", Json::array()}, {"steps", Json::array()}};
  for (const auto id : d.decision_ids) {
    const auto x = decisions.find_decision(id);
    if (!x || x->org_id != access.org_id) continue;
    out["decisions"].push_back({{"href", decision_path(access.org_id, id)},
                                {"title", x->content.title},
                                {"kind", kind_label(ctx, x->content.kind)}});
  }
  for (const auto id : d.goal_ids) {
    const auto g = decisions.find_goal(id);
    if (!g || g->org_id != access.org_id) continue;
    out["goals"].push_back({{"href", base + "/goals/" + std::to_string(id)}, {"title", g->title}});
  }
  for (const auto id : d.step_ids) {
    const auto s = decisions.find_step(id);
    if (!s || s->org_id != access.org_id) continue;
    out["steps"].push_back(
        {{"href", base + "/goals/" + std::to_string(s->step.goal_id) + "#step-" + std::to_string(id)},
         {"title", s->step.hypothesis}});
  }
  for (const char* kind : {"decisions", "goals", "steps"})
    out[std::string("has_") + kind] = !out[kind].empty();
  out["any"] = !out["decisions"].empty() || !out["goals"].empty() || !out["steps"].empty();
  return out;
}

}  // namespace

Response initiative_detail_page(Context& ctx, const OrgAccess& access, const Initiative& i,
                                const DetailMessages& messages, int status) {
  auto& svc = *ctx.app.services().initiatives;
  const auto names = member_names(ctx, access.org_id);
  const auto& d = i.content;
  const auto path = initiative_path(access.org_id, i.id);
  const bool can_write = role_at_least(access.role, Role::leader);

  Json questions = Json::array();
  for (const int q : d.questions) questions.push_back(question_label(ctx, q));
  Json purposes = Json::array();
  const auto fw = ctx.app.services().assessment->framework_by_key(kDecisionFramework);
  for (const auto& p : d.purposes) {
    const auto* purpose = fw ? fw->find_purpose(p.purpose_id) : nullptr;
    purposes.push_back({{"label", purpose ? purpose->label.get(ctx.lang) : p.purpose_id},
                        {"weight", std::to_string(p.weight)}});
  }
  Json technologies = Json::array();
  for (const auto t : d.technologies)
    technologies.push_back(ctx.t("initiative.technology." + std::string{to_string(t)}));
  Json sources = Json::array();
  for (const auto& s : d.data_sources) {
    sources.push_back({{"system", s.system},
                       {"quality", std::string{to_string(s.quality)}},
                       {"quality_label", ctx.t("initiative.quality." + std::string{to_string(s.quality)})}});
  }
  Json partners = Json::array();
  for (const auto& p : d.partners) {
    partners.push_back({{"name", p.name},
                        {"kind", ctx.t("initiative.partner_kind." + std::string{to_string(p.kind)})},
                        {"role", or_null(p.role)}});
  }
  Json messages_view = Json::array();
  for (const auto& m : d.communication) {
    messages_view.push_back({{"audience", ctx.t("initiative.audience." + std::string{to_string(m.audience)})},
                             {"who", m.who},
                             {"what", m.what},
                             {"when", day_text(m.when, ctx.lang)},
                             {"channel", m.channel}});
  }
  Json phase_choices = Json::array();
  for (const auto p :
       {Phase::idea, Phase::analysis, Phase::pilot, Phase::scale_up, Phase::operation, Phase::stopped}) {
    if (p == i.phase || (i.phase == Phase::stopped && p != Phase::idea)) continue;  // phase.hpp's rule
    phase_choices.push_back({{"value", std::string{to_string(p)}}, {"label", phase_label(ctx, p)}});
  }
  Json open = Json::array();
  for (const auto& item : messages.open_items) open.push_back({{"title", item.title}});
  const auto measured = svc.measurements(i);
  const auto benefits = benefits_view(ctx, i, measured);

  Json view{
      {"org", org_view(ctx, access.org_id, access.role)},
      {"id", i.id},
      {"path", path},
      {"title", d.title},
      {"description", or_null(d.description)},
      {"owner", name_of(names, d.owner_user_id)},
      {"phase", std::string{to_string(i.phase)}},
      {"phase_label", phase_label(ctx, i.phase)},
      {"version", std::to_string(i.version)},
      {"value_rating", ctx.t("initiative.value_rating." + std::to_string(d.value_rating))},
      {"questions", questions},
      {"has_questions", !questions.empty()},
      {"q1", question_label(ctx, 1)},
      {"q4", question_label(ctx, 4)},
      {"q6", question_label(ctx, 6)},
      {"q7", question_label(ctx, 7)},
      {"q8", question_label(ctx, 8)},
      {"q9", question_label(ctx, 9)},
      {"q10", question_label(ctx, 10)},
      {"purposes", purposes},
      {"technologies", technologies},
      {"maturity", ctx.t("initiative.maturity." + std::string{to_string(d.maturity)})},
      {"data_types", d.data_types},
      {"personal_data", ctx.t(d.personal_data ? "initiative.yes" : "initiative.no")},
      {"special_categories", ctx.t(d.special_categories ? "initiative.yes" : "initiative.no")},
      {"sources", sources},
      {"has_sources", !sources.empty()},
      {"competence_readiness", ctx.t("initiative.quality." + std::string{to_string(d.competence_readiness)})},
      {"asked_by", or_null(d.asked_by)},
      {"prefers_human_contact", or_null(d.prefers_human_contact)},
      {"analogue_alternative", or_null(d.analogue_alternative)},
      {"analogue_owner", or_null(name_of(names, d.analogue_owner_user_id))},
      {"partners", partners},
      {"governance", or_null(d.governance)},
      {"standards", d.standards},
      {"method_freedom", or_null(d.method_freedom)},
      {"benefits", benefits},
      {"has_benefits", !benefits.empty()},
      {"messages", messages_view},
      {"has_messages", !messages_view.empty()},
      {"phases", phases_view(ctx, i, names)},
      {"phase_choices", phase_choices},
      {"open_items", open},
      {"has_open_items", !open.empty()},
      {"assessments", initiative_assessments_section(ctx, access, i)},
      {"links", links_view(ctx, access, d)},
      {"history", history_view(ctx, svc.versions(i), names)},
      {"can_write", can_write},
      {"today", format_iso_date(svc.today())}};
  if (!messages.phase_error.empty()) view["phase_error"] = messages.phase_error;
  if (!messages.measure_error.empty()) view["measure_error"] = messages.measure_error;
  if (view["assessments"].get<std::string>().empty()) view["assessments"] = nullptr;
  view["sharing"] = or_null(sharing_section_html(ctx, access, initiative_subject(access, i), messages.share));
  return page(ctx, "initiatives_detail", view, d.title, status);
}

Response initiative_detail(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto initiative = initiative_in_path(ctx, *access);
  if (!initiative) return error_response(ctx, initiative.error());
  return initiative_detail_page(ctx, *access, *initiative, {}, 200);
}

}  // namespace forkant::web::pages
