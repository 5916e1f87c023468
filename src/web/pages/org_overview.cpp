// An organisation's front page, the director's status page: the next meeting with its drafted item, what
// is overdue, the latest closed round in one line per question with top management's disagreement flag
// and position share, open rounds with their responses against the links handed out, and the latest
// decisions and decisions not to pursue. The domain's build_overview picks what to show from what the
// services computed (RoundResults has applied the anonymity rules); this file loads and words it. Every
// role that may open the organisation (viewer and up) sees the same page: nothing on it is owner-only.
#include <algorithm>
#include <cmath>

#include "domain/initiatives/portfolio.hpp"
#include "domain/overview/overview.hpp"
#include "render/format.hpp"
#include "render/i18n.hpp"
#include "services/radar.hpp"
#include "web/app.hpp"
#include "web/overview_state.hpp"
#include "web/pages/assessment_pages.hpp"
#include "web/pages/competence_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/latest_round.hpp"
#include "web/pages/pages.hpp"
#include "web/rendered_cache.hpp"
#include "web/respond.hpp"
#include "web/waiting_initiatives.hpp"

namespace forkant::web::pages {
namespace {

using nlohmann::json;

constexpr std::size_t kOverviewCompetenceGaps = 3;  // the top gaps of the competence matrix shown

std::string dec(const Context& ctx, double v) {
  if (std::fabs(v) < 0.005) v = 0;  // no "-0,00"
  return format_decimal(v, 2, ctx.lang);
}

json trend_view(const Context& ctx, const QuestionLine& q) {
  switch (q.direction) {
    case TrendDirection::up:
      return {{"arrow", "\u2191"}, {"text", ctx.t("overview.trend_up", {{"change", dec(ctx, *q.trend)}})}};
    case TrendDirection::down:
      return {{"arrow", "\u2193"}, {"text", ctx.t("overview.trend_down", {{"change", dec(ctx, -*q.trend)}})}};
    case TrendDirection::level:
      return {{"arrow", "\u2192"}, {"text", ctx.t("overview.trend_level")}};
    case TrendDirection::none:
      break;
  }
  return {{"arrow", nullptr}, {"text", ctx.t("overview.trend_none")}};
}

std::string flag_text(const Context& ctx, TopFlag flag) {
  switch (flag) {
    case TopFlag::yes:
      return ctx.t("overview.flag_yes");
    case TopFlag::no:
      return ctx.t("overview.flag_no");
    case TopFlag::not_shown:
      break;
  }
  return ctx.t("overview.flag_not_shown");
}

json round_view(const Context& ctx, const RoundRow& round, const Overview& o) {
  const std::string group = group_label(ctx, o.top.group);
  json lines = json::array();
  for (const auto& q : o.questions) {
    lines.push_back({{"label", std::to_string(q.dimension->number) + ". " + q.dimension->title.get(ctx.lang)},
                     {"score", q.score ? dec(ctx, *q.score) : ""},
                     {"has_score", q.score.has_value()},
                     {"trend", trend_view(ctx, q)},
                     {"flag", flag_text(ctx, q.top_flag)},
                     {"flag_on", q.top_flag == TopFlag::yes}});
  }
  std::string top;
  if (!o.top.present) {
    top = ctx.t("overview.top_absent", {{"group", group}});
  } else if (o.top.suppressed) {
    top = ctx.t("overview.top_suppressed", {{"group", group}, {"needed", std::to_string(o.top.needed)}});
  } else if (o.top.positions_shown) {
    top = ctx.t("overview.top_position", {{"taken", std::to_string(*o.top.positions_taken)},
                                          {"total", std::to_string(*o.top.positions_shown)},
                                          {"group", group}});
  }
  return {{"title", round.title},
          {"href", "/rounds/" + std::to_string(round.id) + "/results"},
          {"closed", round.closed_at ? format_date_text(utc_day(*round.closed_at), ctx.lang) : ""},
          {"lines", lines},
          {"whole_suppressed", o.whole_suppressed},
          {"top", or_null(top)},
          {"top_group", group}};
}

json decisions_view(const Context& ctx, const std::string& base, const std::vector<Decision>& list) {
  json out = json::array();
  for (const auto& d : list) {
    out.push_back({{"title", d.content.title},
                   {"href", base + "/decisions/" + std::to_string(d.id)},
                   {"kind", kind_label(ctx, d.content.kind)},
                   {"date", format_date_text(d.content.decided_on, ctx.lang)}});
  }
  return out;
}

json steps_view(const Context& ctx, const std::string& base, const std::vector<OverdueStep>& list) {
  json out = json::array();
  for (const auto& s : list) {
    out.push_back(
        {{"text", s.hypothesis},
         {"goal", s.goal_title},
         {"href", base + "/goals/" + std::to_string(s.goal_id) + "#step-" + std::to_string(s.step_id)},
         {"date", format_date_text(s.due_on, ctx.lang)}});
  }
  return out;
}

// The oldest decisions due for review the overview lists; the rest are counted, with a link to the
// register sorted by review date.
constexpr std::size_t kReviewsListed = 10;

RenderedContent overview_content(Context& ctx, const OrgAccess& access, Date today) {
  const auto org = ctx.app.services().orgs->find(access.org_id);
  auto& decisions = *ctx.app.services().decisions;
  auto& assessment = *ctx.app.services().assessment;
  const std::string base = "/orgs/" + std::to_string(access.org_id);

  OverviewInput in;
  in.today = today;
  // The register is read once, for the agenda drafts and for the overview itself; so are the initiatives
  // waiting for a judgement, which both show.
  in.decisions = decisions.all_decisions(access.org_id);
  in.waiting_initiatives = waiting_initiatives(ctx, access.org_id);
  const auto waiting_points = agenda_initiatives(in.waiting_initiatives);
  for (const auto& series : decisions.series(access.org_id)) {
    const NextMeeting next = decisions.next_meeting(series, {}, in.decisions, waiting_points);
    UpcomingMeeting m{series.id, series.title, next.date, next.draft.points.size(), std::nullopt};
    if (!next.draft.points.empty()) {
      const auto& p = next.draft.points.front();
      m.first = ctx.t(p.text_key, p.params);
    }
    in.meetings.push_back(std::move(m));
  }
  in.goals = decisions.goals(access.org_id);
  in.steps = decisions.steps(access.org_id);

  const auto rounds = assessment.rounds(access.org_id);
  const std::optional<ComputedResults> computed = latest_closed_results(ctx, access.org_id);
  if (computed) {
    in.framework = computed->framework.get();
    in.results = computed->results.get();
    in.top_group = top_management_group(computed->round);
  }
  const Overview o = build_overview(in);

  json view{{"org", org_view(ctx, access.org_id, access.role)},
            {"base", base},
            {"kind", ctx.t("org.kind." + std::string(org_kind_name(org->kind)))},
            {"size", org->size ? std::to_string(*org->size) : std::string("–")},
            {"members", ctx.app.services().orgs->members(access.org_id).size()},
            {"threshold", std::to_string(org->min_respondents)}};

  if (o.next_meeting) {
    const auto& m = *o.next_meeting;
    view["meeting"] = {{"title", m.title},
                       {"date", format_date_text(m.date, ctx.lang)},
                       {"href", base + "/meetings/" + std::to_string(m.series_id)},
                       {"points", ctx.t(m.points == 1 ? "overview.points_one" : "overview.points",
                                        {{"count", std::to_string(m.points)}})},
                       {"first", or_null(m.first.value_or(""))}};
  }

  json reviews = json::array();
  for (const auto& r : o.reviews_due) {
    if (reviews.size() == kReviewsListed) break;
    reviews.push_back({{"title", r.title},
                       {"href", base + "/decisions/" + std::to_string(r.decision_id)},
                       {"date", format_date_text(r.review_on, ctx.lang)}});
  }
  view["reviews"] = reviews;
  if (const auto more = o.reviews_due.size() - reviews.size(); more > 0) {
    view["reviews_more"] = more == 1 ? ctx.t("overview.reviews_more_one")
                                     : ctx.t("overview.reviews_more", {{"count", std::to_string(more)}});
  }
  view["steps_overdue"] = steps_view(ctx, base, o.steps_overdue);
  view["evaluations"] = steps_view(ctx, base, o.evaluations_missing);
  view["has_reviews"] = !reviews.empty();
  view["has_steps_overdue"] = !o.steps_overdue.empty();
  view["has_evaluations"] = !o.evaluations_missing.empty();
  view["nothing_overdue"] = reviews.empty() && o.steps_overdue.empty() && o.evaluations_missing.empty();

  if (o.has_round && computed) view["round"] = round_view(ctx, computed->round, o);

  json open = json::array();
  for (const auto& r : rounds) {
    if (r.state != RoundState::open) continue;
    int invited = 0, submitted = 0;
    for (const auto& c : assessment.group_counts(r.id)) {
      invited += c.invited;
      submitted += c.submitted;
    }
    open.push_back({{"title", r.title},
                    {"href", "/rounds/" + std::to_string(r.id)},
                    {"counts", ctx.t("overview.open_counts", {{"submitted", std::to_string(submitted)},
                                                              {"invited", std::to_string(invited)}})}});
  }
  view["has_open_rounds"] = !open.empty();
  view["open_rounds"] = open;
  view["decisions"] = decisions_view(ctx, base, o.latest_decisions);
  view["not_pursued"] = decisions_view(ctx, base, o.latest_not_pursued);
  view["has_decisions"] = !o.latest_decisions.empty();
  view["has_not_pursued"] = !o.latest_not_pursued.empty();
  json waiting = json::array();
  for (const auto& w : o.waiting_initiatives) {
    waiting.push_back(
        {{"title", w.title},
         {"href", base + "/initiatives/" + std::to_string(w.initiative_id)},
         {"forum", w.forum ? ctx.t("overview.waiting_forum",
                                   {{"forum", ctx.t("portfolio.forum." + std::string{to_string(*w.forum)})}})
                           : ctx.t("overview.waiting_no_forum")}});
  }
  view["waiting"] = waiting;
  view["has_waiting"] = !waiting.empty();
  // The technology radar (issue 17): holds due for another look, prerequisites that initiatives lack.
  if (auto* radar = ctx.app.services().radar; radar != nullptr && radar->current_edition(access.org_id)) {
    json holds = json::array();
    for (const RadarEntry& e : radar->holds_due(access.org_id)) {
      holds.push_back({{"name", e.content.name},
                       {"href", base + "/radar#entry-" + std::to_string(e.id)},
                       {"date", format_date_text(e.content.hold->revisit_on, ctx.lang)}});
    }
    json missing = json::array();
    for (const MissingPrerequisite& m : radar->missing_prerequisites(access.org_id)) {
      missing.push_back(
          {{"text", ctx.t("radar.finding." + std::string(to_string(m.finding.outcome)),
                          {{"initiative", m.finding.initiative_title}, {"name", m.prerequisite.name}})},
           {"name", m.entry.content.name},
           {"href", base + "/radar#entry-" + std::to_string(m.entry.id)}});
    }
    view["radar"] = {
        {"holds_due", holds},
        {"has_holds_due", !holds.empty()},
        {"missing", missing},
        {"has_missing", !missing.empty()},
        {"summary", ctx.t("overview.radar_summary", {{"holds", std::to_string(holds.size())},
                                                     {"missing", std::to_string(missing.size())}})},
        {"href", base + "/radar"}};
  }
  // The competence matrix (issue 17): its top gaps, and how many have no step yet.
  if (auto* competence = ctx.app.services().competence) {
    const auto gaps = competence->ranked_gaps(access.org_id);
    json top = json::array();
    for (const auto& g : gaps) {
      if (top.size() == kOverviewCompetenceGaps) break;
      top.push_back({{"text", competence_name(ctx, g.competence_name, g.competence_builtin) + " – " +
                                  competence_role_label(ctx, g.cell.role) +
                                  (g.sector_name.empty() ? "" : " (" + g.sector_name + ")")},
                     {"size", ctx.t("competence.matrix.gap", {{"size", std::to_string(g.size)}})},
                     {"legal_duty", g.legal_duty},
                     {"has_step", g.has_step()},
                     {"href", base + "/competencies/gaps#gap-" + std::to_string(g.cell.id)}});
    }
    view["competence_gaps"] = top;
    view["has_competence_gaps"] = !top.empty();
    view["competence_without_step"] = ctx.t(
        "overview.competence_without_step",
        {{"count", std::to_string(gaps_without_step(gaps).size())}, {"total", std::to_string(gaps.size())}});
  }
  view["lang"] = ctx.lang;
  return {ctx.app.templates().render("org_overview", view, ctx.lang), org->name};
}

}  // namespace

Response org_overview(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  // Rendered once per state of what it shows (overview_state.hpp), then kept; the caller is authorized
  // above, and the layout with the caller's name and navigation is made per request.
  const OverviewState state = overview_state(ctx, *access);
  const std::string key = overview_cache_key(state);
  const nlohmann::json org = org_view(ctx, access->org_id, access->role);
  if (const auto cached = ctx.app.rendered_cache().find(key)) {
    return page_with_content(ctx, cached->html, org, cached->title);
  }
  RenderedContent content = overview_content(ctx, *access, state.today);
  Response res = page_with_content(ctx, content.html, org, content.title);
  ctx.app.rendered_cache().store(key, std::move(content));
  return res;
}

}  // namespace forkant::web::pages
