#include "domain/decisions/agenda.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "domain/decisions/field_check.hpp"

namespace forkant {
namespace {

constexpr std::array<std::string_view, 3> kCadenceNames{"weekly", "every_n_weeks", "monthly"};
constexpr std::array<std::string_view, 11> kSourceNames{"step_due",
                                                        "step_overdue",
                                                        "review_due",
                                                        "initiative_waiting",
                                                        "round_closed",
                                                        "question_rotation",
                                                        "network_lesson",
                                                        "radar_hold_revisit",
                                                        "radar_prerequisite_missing",
                                                        "competence_gap_without_step",
                                                        "follow_up"};

int period_weeks(const MeetingSeries& series) {
  return series.cadence == Cadence::weekly ? 1 : series.interval_weeks;
}

// The previous meeting's date as the cadence would have it, for a first meeting with no real one.
Date one_period_before(const MeetingSeries& series, Date date) {
  if (series.cadence == Cadence::monthly) {
    return add_months(date, -1);
  }
  return add_days(date, -7 * period_weeks(series));
}

// Calendar months since year 0: the months between two dates are a subtraction.
int month_number(Date date) {
  return static_cast<int>(date.year()) * 12 + static_cast<int>(static_cast<unsigned>(date.month()));
}

void touch(std::optional<Date>& slot, Date when, Date today) {
  if (when <= today && (!slot || *slot < when)) {
    slot = when;
  }
}

void touch_questions(QuestionTouches& touched, const std::set<int>& questions, Date when, Date today) {
  for (const int q : questions) {
    if (q >= 1 && q <= 10) {
      touch(touched[static_cast<std::size_t>(q - 1)], when, today);
    }
  }
}

// Collects the points of one draft for the window (from, input.date].
class Drafter {
 public:
  Drafter(const AgendaInput& input, Date from) : input_(input), from_(from) {}

  void add_steps() {
    std::map<std::int64_t, const Goal*> goals;
    for (const auto& goal : input_.goals) {
      goals[goal.id] = &goal;
    }
    for (const auto& step : input_.steps) {
      const auto goal = goals.find(step.goal_id);
      const std::string goal_title = goal == goals.end() ? std::string{} : goal->second->title;
      const Params params{{"hypothesis", step.hypothesis}, {"goal", goal_title}, {"due", iso(step.due_on)}};
      if (step.status != StepStatus::dropped && in_window(step.due_on)) {
        add(AgendaSource::step_due, "agenda.point.step", "agenda.why.step_due", params, step.id, step.due_on);
      } else if (step.due_on <= from_ && is_overdue(step, input_.date)) {
        add(AgendaSource::step_overdue, "agenda.point.step", "agenda.why.step_overdue", params, step.id,
            step.due_on);
      }
    }
  }

  void add_reviews() {
    for (const auto& decision : input_.decisions) {
      const auto& review_on = decision.content.review_on;
      const bool pending = review_on && *review_on <= input_.date && !decision.reviewed_on;
      if (!pending || decision.is_superseded()) {
        continue;
      }
      const char* why = in_window(*review_on) ? "agenda.why.review_due" : "agenda.why.review_overdue";
      add(AgendaSource::review_due, "agenda.point.review", why,
          {{"title", decision.content.title},
           {"kind", std::string{to_string(decision.content.kind)}},
           {"review", iso(*review_on)}},
          decision.id, *review_on);
    }
  }

  // "Initiativet »X« venter på en vurdering i direktionen": one key per forum, so each language can
  // word the forum as its grammar wants it.
  void add_waiting_initiatives() {
    for (const auto& initiative : input_.waiting_initiatives) {
      const std::string forum = initiative.forum.empty() ? "none" : initiative.forum;
      add(AgendaSource::initiative_waiting, "agenda.point.initiative_waiting." + forum,
          "agenda.why.initiative_waiting",
          {{"title", initiative.title}, {"count", std::to_string(initiative.open_judgements)}}, initiative.id,
          std::nullopt);
    }
  }

  void add_rounds() {
    for (const auto& round : input_.closed_rounds) {
      if (!in_window(round.closed_on)) {
        continue;
      }
      add(AgendaSource::round_closed, "agenda.point.round", "agenda.why.round_closed",
          {{"title", round.title}, {"closed", iso(round.closed_on)}}, round.id, round.closed_on);
      for (const auto& found : input_.round_findings) {
        if (found.round_id == round.id) {
          points_.back().findings = found.findings;
        }
      }
    }
  }

  void add_rotation() {
    const int question = rotation_question(input_.last_touched);
    const auto& since = input_.last_touched[static_cast<std::size_t>(question - 1)];
    Params params{{"question", std::to_string(question)}};
    if (since) {
      params["since"] = iso(*since);
    }
    add(AgendaSource::question_rotation, "agenda.point.question",
        since ? "agenda.why.question_longest" : "agenda.why.question_never", std::move(params), question,
        since);
  }

  // Learning from others: one item, linked to the network's library, saying which question it serves.
  void add_network_lesson() {
    const auto item = network_item_to_propose(input_.network_items, input_.last_decided);
    if (!item) {
      return;
    }
    const int question = rotation_question(input_.last_decided);
    const auto& since = input_.last_decided[static_cast<std::size_t>(question - 1)];
    Params params{{"question", std::to_string(question)},
                  {"title", item->title},
                  {"kind", item->kind},
                  {"public_id", item->public_id}};
    if (since) {
      params["since"] = iso(*since);
    }
    add(AgendaSource::network_lesson, "agenda.point.network_" + item->kind,
        since ? "agenda.why.network_lesson_since" : "agenda.why.network_lesson_never", std::move(params),
        item->network_id, since);
  }

  // The radar: holds whose revisit date has come, and a few prerequisites that initiatives lack.
  void add_radar() {
    for (const auto& hold : input_.radar_holds) {
      if (hold.revisit_on > input_.date) continue;
      add(AgendaSource::radar_hold_revisit, "agenda.point.radar_hold", "agenda.why.radar_hold_revisit",
          {{"name", hold.name}, {"revisit", iso(hold.revisit_on)}, {"reason", hold.reason}}, hold.entry_id,
          hold.revisit_on);
    }
    std::size_t taken = 0;
    for (const auto& p : input_.radar_prerequisites) {
      if (taken++ == kMaxRadarPrerequisitePoints) break;
      add(AgendaSource::radar_prerequisite_missing, "agenda.point.radar_prerequisite",
          "agenda.why.radar_prerequisite." + p.outcome,
          {{"name", p.name}, {"prerequisite", p.prerequisite}, {"initiative", p.initiative}}, p.entry_id,
          std::nullopt);
    }
  }

  // The competence matrix's highest ranked gaps that no step closes yet (issue 17).
  void add_competence_gaps() {
    std::size_t added = 0;
    for (const auto& gap : input_.competence_gaps) {
      if (added++ == kMaxAgendaCompetenceGaps) {
        break;
      }
      Params params{
          {"competence", gap.competence}, {"competence_role", gap.role}, {"size", std::to_string(gap.size)}};
      if (!gap.sector.empty()) {
        params["sector"] = gap.sector;
      }
      if (gap.due_on) {
        params["due"] = iso(*gap.due_on);
      }
      add(AgendaSource::competence_gap_without_step,
          gap.sector.empty() ? "agenda.point.competence_gap" : "agenda.point.competence_gap_sector",
          gap.legal_duty ? "agenda.why.competence_gap_legal_duty" : "agenda.why.competence_gap_without_step",
          std::move(params), gap.cell_id, gap.due_on);
    }
  }

  void add_follow_ups() {
    for (const auto& follow_up : input_.follow_ups) {
      Params params{{"text", follow_up.text}};
      if (follow_up.owner) {
        params["owner"] = *follow_up.owner;
      }
      add(AgendaSource::follow_up,
          follow_up.owner ? "agenda.point.follow_up_owner" : "agenda.point.follow_up", "agenda.why.follow_up",
          std::move(params), follow_up.id, input_.previous_date);
    }
  }

  std::vector<AgendaPoint> take_sorted() {
    std::stable_sort(points_.begin(), points_.end(), [](const AgendaPoint& a, const AgendaPoint& b) {
      return std::tie(a.source, a.date, a.linked_id) < std::tie(b.source, b.date, b.linked_id);
    });
    return std::move(points_);
  }

 private:
  using Params = std::map<std::string, std::string>;

  static std::string iso(Date date) { return format_iso_date(date); }
  bool in_window(Date date) const { return from_ < date && date <= input_.date; }

  void add(AgendaSource source, std::string text_key, std::string why_key, Params params, std::int64_t id,
           std::optional<Date> date) {
    params["previous"] = iso(from_);
    points_.push_back({source, std::move(text_key), std::move(why_key), std::move(params), id, date});
  }

  const AgendaInput& input_;
  const Date from_;
  std::vector<AgendaPoint> points_;
};

}  // namespace

std::string_view to_string(Cadence cadence) {
  return kCadenceNames[static_cast<std::size_t>(cadence)];
}

std::optional<Cadence> cadence_from_string(std::string_view name) {
  const auto it = std::find(kCadenceNames.begin(), kCadenceNames.end(), name);
  if (it == kCadenceNames.end()) {
    return std::nullopt;
  }
  return static_cast<Cadence>(it - kCadenceNames.begin());
}

std::string_view to_string(AgendaSource source) {
  return kSourceNames[static_cast<std::size_t>(source)];
}

Status validate(const MeetingSeries& series) {
  if (auto s = check_text("title", series.title, kMaxTitleChars, true); !s) {
    return s;
  }
  if (series.cadence == Cadence::every_n_weeks && (series.interval_weeks < 1 || series.interval_weeks > 52)) {
    return Error::invalid("invalid_interval", "error.invalid_interval");
  }
  if (!series.first_meeting.ok()) {
    return Error::invalid("first_meeting_required", "error.first_meeting_required");
  }
  return ok_status();
}

Date next_meeting_date(const MeetingSeries& series, Date after) {
  const Date first = series.first_meeting;
  if (after < first) {
    return first;
  }
  if (series.cadence == Cadence::monthly) {
    // Counted from the anchor each time, so that a clamped Feb 28 does not drag later months to the 28th.
    const int months = month_number(after) - month_number(first);
    const Date same_month = add_months(first, months);
    return same_month > after ? same_month : add_months(first, months + 1);
  }
  const int step = 7 * period_weeks(series);
  return add_days(first, (days_between(first, after) / step + 1) * step);
}

QuestionTouches last_touched(const std::vector<Decision>& decisions, const std::vector<Goal>& goals,
                             const std::vector<Step>& steps, Date today) {
  QuestionTouches touched{};
  for (const auto& decision : decisions) {
    touch_questions(touched, decision.content.questions, decision.content.decided_on, today);
  }
  std::map<std::int64_t, const std::set<int>*> goal_questions;
  for (const auto& goal : goals) {
    goal_questions[goal.id] = &goal.questions;
  }
  for (const auto& step : steps) {
    const auto goal = goal_questions.find(step.goal_id);
    if (goal == goal_questions.end()) {
      continue;
    }
    touch_questions(touched, *goal->second, step.due_on, today);
    if (step.evaluation) {
      touch_questions(touched, *goal->second, step.evaluation->evaluated_on, today);
    }
  }
  return touched;
}

int rotation_question(const QuestionTouches& touched) {
  std::size_t oldest = 0;
  for (std::size_t i = 1; i < touched.size(); ++i) {
    // nullopt orders before every date, so "never" wins; strict < keeps the lowest number on ties.
    if (touched[i] < touched[oldest]) {
      oldest = i;
    }
  }
  return static_cast<int>(oldest) + 1;
}

QuestionTouches last_decided(const std::vector<Decision>& decisions, Date today) {
  QuestionTouches decided{};
  for (const auto& decision : decisions) {
    touch_questions(decided, decision.content.questions, decision.content.decided_on, today);
  }
  return decided;
}

std::optional<AgendaNetworkItem> network_item_to_propose(const std::vector<AgendaNetworkItem>& items,
                                                         const QuestionTouches& decided) {
  const int question = rotation_question(decided);
  const AgendaNetworkItem* best = nullptr;
  for (const auto& item : items) {
    if (!item.questions.contains(question)) {
      continue;
    }
    if (best == nullptr || item.shared_at > best->shared_at ||
        (item.shared_at == best->shared_at && item.public_id < best->public_id)) {
      best = &item;
    }
  }
  if (best == nullptr) {
    return std::nullopt;
  }
  return *best;
}

AgendaDraft draft_agenda(const AgendaInput& input) {
  Drafter drafter{input, input.previous_date.value_or(one_period_before(input.series, input.date))};
  drafter.add_steps();
  drafter.add_reviews();
  drafter.add_waiting_initiatives();
  drafter.add_rounds();
  drafter.add_rotation();
  drafter.add_network_lesson();
  drafter.add_radar();
  drafter.add_competence_gaps();
  drafter.add_follow_ups();
  return {input.series.title, input.date, drafter.take_sorted()};
}

std::string agenda_to_text(const AgendaDraft& draft, const Translate& translate) {
  std::string text =
      translate("agenda.export.heading", {{"title", draft.title}, {"date", format_iso_date(draft.date)}}) +
      "\n\n";
  int number = 0;
  for (const auto& point : draft.points) {
    text += std::to_string(++number) + ". " + translate(point.text_key, point.params) + "\n";
    text += "   " + translate(point.why_key, point.params) + "\n";
    for (const auto& finding : point.findings) {
      text += "   - " + translate(finding.text_key, finding.params) + "\n";
    }
  }
  return text;
}

}  // namespace forkant
