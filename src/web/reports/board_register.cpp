// The register part of the board report: the decisions and deliberate non-choices taken in the period
// with their reasons, goals and their steps (done, due, evaluated, verdicts), what is overdue today
// (build_overview, as the organisation's front page finds it) and the next meeting's drafted item
// (agenda_points_view, as the meeting page shows it).
#include <algorithm>
#include <map>
#include <span>

#include "domain/overview/overview.hpp"
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/reports/board_sections.hpp"
#include "web/round_findings.hpp"
#include "web/waiting_initiatives.hpp"

namespace forkant::web::board {
namespace {

namespace doc = forkant::reports;

// A board reads the latest decisions of each kind and the longest-waiting overdue items; the register and
// the front page have the rest (and the report stays a few pages long however large the register grows).
constexpr std::size_t kDecisionsShown = 15;
constexpr std::size_t kOverdueShown = 10;
constexpr std::size_t kPointsShown = 15;

bool in_period(Date d, const BoardPeriod& p) {
  return p.from <= d && d <= p.to;
}

std::string date_text(const Context& ctx, Date d) {
  return format_date_text(d, ctx.lang);
}

std::string questions_text(const std::set<int>& questions) {
  std::string out;
  for (int q : questions) out += (out.empty() ? "" : ", ") + std::to_string(q);
  return out;
}

// One decision: its title, when and by whom, the questions, its reasons and the alternatives weighed.
void decision_blocks(Context& ctx, const Decision& d, Blocks& out) {
  out.push_back(doc::Paragraph{d.content.title, true});
  std::string meta = ctx.t("board.decision_meta", {{"date", date_text(ctx, d.content.decided_on)},
                                                   {"body", d.content.body},
                                                   {"questions", questions_text(d.content.questions)}});
  if (d.is_superseded()) meta += " " + ctx.t("board.decision_superseded");
  out.push_back(doc::Paragraph{meta, false, true});
  out.push_back(doc::Paragraph{ctx.t("board.decision_reason", {{"text", d.content.rationale}})});
  if (!d.content.alternatives.empty())
    out.push_back(doc::Paragraph{ctx.t("board.decision_alternatives", {{"text", d.content.alternatives}})});
}

void decisions(Context& ctx, std::int64_t org_id, const std::vector<Decision>& all, const BoardPeriod& period,
               Blocks& out) {
  out.push_back(doc::Heading{1, ctx.t("board.decisions_heading")});
  out.push_back(doc::Paragraph{ctx.t(
      "board.decisions_intro", {{"from", date_text(ctx, period.from)}, {"to", date_text(ctx, period.to)}})});
  // Oldest first within each kind, as the account tells them.
  std::vector<Decision> list;
  for (const auto& d : all) {
    if (in_period(d.content.decided_on, period)) list.push_back(d);
  }
  std::stable_sort(list.begin(), list.end(), [](const Decision& a, const Decision& b) {
    return a.content.decided_on < b.content.decided_on ||
           (a.content.decided_on == b.content.decided_on && a.id < b.id);
  });
  const std::pair<DecisionKind, const char*> kinds[] = {
      {DecisionKind::decided, "board.decided_heading"},
      {DecisionKind::deselected, "board.deselected_heading"},
      {DecisionKind::postponed, "board.postponed_heading"}};
  for (const auto& [kind, heading] : kinds) {
    out.push_back(doc::Heading{2, ctx.t(heading)});
    std::vector<const Decision*> of_kind;
    for (const auto& d : list) {
      if (d.content.kind == kind) of_kind.push_back(&d);
    }
    if (of_kind.empty()) out.push_back(doc::Paragraph{ctx.t("board.none_in_period")});
    // The latest ones; the register has the rest.
    const std::size_t skipped = of_kind.size() > kDecisionsShown ? of_kind.size() - kDecisionsShown : 0;
    if (skipped > 0) {
      out.push_back(
          doc::Paragraph{ctx.t("board.decisions_more", {{"count", std::to_string(skipped)}}), false, true});
    }
    for (std::size_t i = skipped; i < of_kind.size(); ++i) decision_blocks(ctx, *of_kind[i], out);
    // Holds on the technology radar are deliberate non-choices too: "radar: on hold", dated, with the reason.
    if (kind == DecisionKind::deselected) {
      if (auto holds = hold_lines(ctx, org_id); !holds.empty())
        out.push_back(doc::BulletList{std::move(holds)});
    }
  }
}

std::string step_state(Context& ctx, const Step& s) {
  std::string out = ctx.t("step.status." + std::string{to_string(s.status)});
  if (s.evaluation && s.evaluation->verdict) {
    out += ", " + ctx.t("board.step_verdict",
                        {{"verdict", ctx.t("verdict." + std::string{to_string(*s.evaluation->verdict)})},
                         {"date", date_text(ctx, s.evaluation->evaluated_on)}});
  }
  return out;
}

void goals(Context& ctx, const std::vector<Goal>& goals, const std::vector<Step>& steps,
           const BoardPeriod& period, Date today, Blocks& out) {
  out.push_back(doc::Heading{1, ctx.t("board.goals_heading")});
  int done = 0, due = 0, overdue = 0;
  for (const auto& s : steps) {
    if (s.evaluation && in_period(s.evaluation->evaluated_on, period)) ++done;
    if (in_period(s.due_on, period)) ++due;
    if (is_overdue(s, today)) ++overdue;
  }
  out.push_back(doc::Paragraph{ctx.t("board.goals_summary", {{"goals", std::to_string(goals.size())},
                                                             {"done", std::to_string(done)},
                                                             {"due", std::to_string(due)},
                                                             {"overdue", std::to_string(overdue)}})});
  if (goals.empty()) return;
  for (const auto& g : goals) {
    out.push_back(doc::Heading{2, g.title});
    out.push_back(
        doc::Paragraph{ctx.t("board.goal_horizon", {{"date", date_text(ctx, g.horizon)}}), false, true});
    std::vector<Step> own;
    for (const auto& s : steps) {
      if (s.goal_id == g.id) own.push_back(s);
    }
    if (own.empty()) {
      out.push_back(doc::Paragraph{ctx.t("board.goal_no_steps")});
      continue;
    }
    doc::Table t;
    t.caption = ctx.t("board.steps_caption", {{"goal", g.title}});
    t.header = {ctx.t("board.col_step"), ctx.t("board.col_due"), ctx.t("board.col_state")};
    t.numeric = {false, false, false};
    t.widths = {0.55, 0.18, 0.27};
    for (const auto& s : timeline(own))
      t.rows.push_back({s.hypothesis, date_text(ctx, s.due_on), step_state(ctx, s)});
    out.push_back(t);
    // What the period's evaluations taught.
    for (const auto& l : lessons_learned(g, own)) {
      if (!in_period(l.evaluated_on, period)) continue;
      out.push_back(doc::Paragraph{ctx.t(
          "board.lesson", {{"hypothesis", l.hypothesis}, {"result", l.result}, {"learned", l.learned}})});
    }
  }
}

void overdue(Context& ctx, const Overview& o, Blocks& out) {
  out.push_back(doc::Heading{1, ctx.t("board.overdue_heading")});
  if (o.reviews_due.empty() && o.steps_overdue.empty() && o.evaluations_missing.empty()) {
    out.push_back(doc::Paragraph{ctx.t("board.nothing_overdue")});
    return;
  }
  // What has waited longest, up to kOverdueShown a list; the front page has them all.
  auto first = [](const auto& list) { return std::span(list.data(), std::min(list.size(), kOverdueShown)); };
  auto more = [&](std::size_t count) {
    if (count <= kOverdueShown) return;
    out.push_back(doc::Paragraph{
        ctx.t("board.overdue_more", {{"count", std::to_string(count - kOverdueShown)}}), false, true});
  };
  auto steps = [&](const char* heading, const std::vector<OverdueStep>& list) {
    if (list.empty()) return;
    out.push_back(doc::Heading{2, ctx.t(heading)});
    doc::BulletList items;
    for (const auto& s : first(list)) {
      items.items.push_back(
          ctx.t("board.overdue_step",
                {{"step", s.hypothesis}, {"goal", s.goal_title}, {"date", date_text(ctx, s.due_on)}}));
    }
    out.push_back(items);
    more(list.size());
  };
  if (!o.reviews_due.empty()) {
    out.push_back(doc::Heading{2, ctx.t("board.overdue_reviews")});
    doc::BulletList items;
    for (const auto& r : first(o.reviews_due)) {
      items.items.push_back(
          ctx.t("board.overdue_review", {{"title", r.title}, {"date", date_text(ctx, r.review_on)}}));
    }
    out.push_back(items);
    more(o.reviews_due.size());
  }
  steps("board.overdue_steps", o.steps_overdue);
  steps("board.overdue_evaluations", o.evaluations_missing);
}

// The earliest next meeting of the organisation's series, with its drafted item as the meeting page
// words it (the points, why each is there, and a closed round's findings).
void next_item(Context& ctx, std::int64_t org_id, const std::vector<Decision>& decisions, Blocks& out) {
  out.push_back(doc::Heading{1, ctx.t("board.agenda_heading")});
  auto& svc = *ctx.app.services().decisions;
  std::optional<NextMeeting> next;
  const auto findings = round_findings(ctx, org_id);
  const auto waiting = agenda_initiatives(ctx, org_id);
  for (const auto& series : svc.series(org_id)) {
    NextMeeting m = svc.next_meeting(series, findings, decisions, waiting);  // the register, read once
    if (!next || m.date < next->date) next = std::move(m);
  }
  if (!next) {
    out.push_back(doc::Paragraph{ctx.t("board.agenda_none")});
    return;
  }
  out.push_back(doc::Paragraph{
      ctx.t("board.agenda_meeting", {{"title", next->series.title}, {"date", date_text(ctx, next->date)}}),
      true});
  if (next->row && !next->row->agenda_text.empty()) {
    // The coordinator's edited text is what the meeting gets.
    out.push_back(doc::Paragraph{ctx.t("board.agenda_edited"), false, true});
    out.push_back(doc::Paragraph{pages::agenda_text(ctx, *next)});
    return;
  }
  const nlohmann::json points = pages::agenda_points_view(ctx, *next);
  if (points.empty()) {
    out.push_back(doc::Paragraph{ctx.t("board.agenda_empty")});
    return;
  }
  doc::BulletList items;
  std::size_t shown = 0;
  for (const auto& p : points) {
    if (++shown > kPointsShown) break;
    std::string item = p["text"].get<std::string>() + " (" + p["why"].get<std::string>() + ")";
    for (const auto& f : p["findings"]) item += " " + f["text"].get<std::string>();
    items.items.push_back(item);
  }
  out.push_back(items);
  if (points.size() > kPointsShown) {
    out.push_back(doc::Paragraph{
        ctx.t("board.agenda_more", {{"count", std::to_string(points.size() - kPointsShown)}}), false, true});
  }
}

}  // namespace

void register_sections(Context& ctx, std::int64_t org_id, const BoardPeriod& period, Blocks& out) {
  auto& svc = *ctx.app.services().decisions;
  OverviewInput in;
  in.today = svc.today();
  in.decisions = svc.all_decisions(org_id);
  in.goals = svc.goals(org_id);
  in.steps = svc.steps(org_id);
  decisions(ctx, org_id, in.decisions, period, out);
  goals(ctx, in.goals, in.steps, period, in.today, out);
  overdue(ctx, build_overview(in), out);
  next_item(ctx, org_id, in.decisions, out);
}

}  // namespace forkant::web::board
