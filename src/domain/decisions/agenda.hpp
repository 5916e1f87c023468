#pragma once
// Drafting the recurring digital-transformation item of a management meeting (the op-ed's first
// decision: keep the transformation on the agenda). The draft is built from what is due, and each
// point says why it is there, so that a director can trust the draft and the coordinator can edit it.
//
// The window of a meeting is (previous meeting, this meeting]; without a previous meeting it opens
// one cadence period before this one. Points:
//   step_due           a step (not dropped) due in the window
//   step_overdue       a step due on or before the previous meeting, still planned or running
//   review_due         a decision, not superseded and not yet reviewed, whose review date has come;
//                      "why" says whether it came in the window or is left over from before
//   initiative_waiting an initiative an impact assessment has sent to a forum whose judgement is not yet
//                      recorded (AgendaInitiative, found by the caller), worded with the forum
//   round_closed       a round that closed in the window, with its findings (RoundFindings) beneath it
//   question_rotation  always exactly one: the question of the ten that has gone longest without a
//                      decision or a step (never touched first; ties to the lowest number), so that
//                      a monthly meeting brings up every question within ten meetings
//   network_lesson     at most one: a lesson or deselection another organisation shared with one of this
//                      organisation's networks, concerning the question the organisation has gone longest
//                      without deciding on (decisions only; never decided first; ties to the lowest
//                      number); the newest such item; none when no shared item concerns that question
//                      (the op-ed's third decision: learn from others)
//   radar_hold_revisit a technology on hold on the radar whose revisit date has come by the meeting
//                      (AgendaRadarHold, the current edition's holds): look at the deliberate non-choice
//                      again
//   radar_prerequisite_missing
//                      at most kMaxRadarPrerequisitePoints: an initiative linked to a radar entry lacks a
//                      prerequisite the entry demands (AgendaRadarPrerequisite, as the caller checked it),
//                      in the order given
//   competence_gap_without_step
//                      at most kMaxAgendaCompetenceGaps: the highest ranked of the competence matrix's gaps
//                      that have not become a step of a goal (AgendaCompetenceGap, ranked by the caller with
//                      domain/competence/gap_ranking.hpp), whatever the window; a legal duty says so
//   follow_up          what was promised at the previous meeting
// Points are ordered by source (in the order above), then date, then linked id.

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/decisions/goal.hpp"
#include "domain/result.hpp"

namespace forkant {

enum class Cadence { weekly, every_n_weeks, monthly };

std::string_view to_string(Cadence cadence);  // "weekly", "every_n_weeks", "monthly"
std::optional<Cadence> cadence_from_string(std::string_view name);

struct MeetingSeries {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  std::string title;  // e.g. "Direktionsmøde"
  Cadence cadence = Cadence::monthly;
  int interval_weeks = 1;  // used by every_n_weeks only
  Date first_meeting{};    // anchors the cadence: monthly meetings keep its day of the month
};

// Codes: title_*, invalid_interval (every_n_weeks outside 1..52), first_meeting_required, invalid_utf8.
Status validate(const MeetingSeries& series);

// The first meeting of the series strictly after `after` (the first meeting itself when `after` is
// earlier). A monthly series anchored on the 31st meets on the last day of shorter months.
Date next_meeting_date(const MeetingSeries& series, Date after);

struct AgendaRound {
  std::int64_t id = 0;
  std::string title;
  Date closed_on{};
};

struct PromisedFollowUp {
  std::int64_t id = 0;
  std::string text;
  std::optional<std::string> owner;  // display name, when someone took it on
  std::optional<Date> due_on;        // by when it was agreed (recorded since migration 008)
};

// One finding of a closed round for the agenda (a priority, a disagreement within top management, a
// perception gap), already worded by the caller from the round's shown results: the drafting only
// carries it beneath the round's point. `anchor` names the section of the results page it comes from.
struct AgendaFinding {
  std::string text_key;
  std::map<std::string, std::string> params;
  std::string anchor;  // e.g. "leadership-priorities", "leadership-disagreements", "gaps"
  friend bool operator==(const AgendaFinding&, const AgendaFinding&) = default;
};

// The findings of one closed round, in the order they are to be read.
struct RoundFindings {
  std::int64_t round_id = 0;
  std::vector<AgendaFinding> findings;
};

// An initiative waiting for a judgement, as the caller found it (domain/initiatives/waiting_judgement.hpp);
// the drafting only words a point for it. `forum` is the forum's name ("direktion", ...), "" for none.
struct AgendaInitiative {
  std::int64_t id = 0;
  std::string title;
  std::string forum;
  int open_judgements = 0;
  friend bool operator==(const AgendaInitiative&, const AgendaInitiative&) = default;
};

// A lesson or deselection shared with one of the organisation's networks by another current member, as
// the library shows it (services/network_library.hpp): its public id, never its organisation's ids.
struct AgendaNetworkItem {
  std::int64_t network_id = 0;
  std::string public_id;
  std::string kind;  // lesson or deselection
  std::string title;
  std::set<int> questions;
  std::int64_t shared_at = 0;
  friend bool operator==(const AgendaNetworkItem&, const AgendaNetworkItem&) = default;
};

// A hold on the organisation's current radar (services/radar.hpp).
struct AgendaRadarHold {
  std::int64_t entry_id = 0;
  std::string name;
  Date revisit_on{};
  std::string reason;
  friend bool operator==(const AgendaRadarHold&, const AgendaRadarHold&) = default;
};

// A prerequisite a linked initiative lacks, already checked (domain/radar/prerequisite_check.hpp);
// `outcome` is the PrerequisiteOutcome's name.
struct AgendaRadarPrerequisite {
  std::int64_t entry_id = 0;
  std::string name;  // the technology
  std::string prerequisite;
  std::int64_t initiative_id = 0;
  std::string initiative;
  std::string outcome;
  friend bool operator==(const AgendaRadarPrerequisite&, const AgendaRadarPrerequisite&) = default;
};
inline constexpr std::size_t kMaxRadarPrerequisitePoints = 3;
// A gap of the competence matrix without a step, as the caller ranked it (issue 17). `role` is the role's
// code (competence.role.<code> in the catalogues); `sector` is "" for every sector.
struct AgendaCompetenceGap {
  std::int64_t cell_id = 0;
  std::string competence;
  std::string role;
  std::string sector;
  int size = 0;
  bool legal_duty = false;
  std::optional<Date> due_on;
  friend bool operator==(const AgendaCompetenceGap&, const AgendaCompetenceGap&) = default;
};
inline constexpr std::size_t kMaxAgendaCompetenceGaps = 3;

// Index 0 is question 1. nullopt: the question has never been the subject of a decision or a step.
using QuestionTouches = std::array<std::optional<Date>, 10>;

// For each question, the latest date on or before `today` on which a decision concerning it was
// taken (decided_on) or a step of a goal concerning it was due or evaluated.
QuestionTouches last_touched(const std::vector<Decision>& decisions, const std::vector<Goal>& goals,
                             const std::vector<Step>& steps, Date today);

// The question the rotation brings up next (1..10).
int rotation_question(const QuestionTouches& touched);

// For each question, the latest decided_on on or before `today` of a decision concerning it.
QuestionTouches last_decided(const std::vector<Decision>& decisions, Date today);

// The shared item the agenda proposes: of those concerning rotation_question(decided), the newest
// (ties: the lowest public id); nullopt when none concerns it.
std::optional<AgendaNetworkItem> network_item_to_propose(const std::vector<AgendaNetworkItem>& items,
                                                         const QuestionTouches& decided);

// Everything one organisation has, already loaded; the drafting picks what is due.
struct AgendaInput {
  MeetingSeries series;
  Date date{};
  std::optional<Date> previous_date;
  std::vector<Goal> goals;  // for the goal titles of steps
  std::vector<Step> steps;
  std::vector<Decision> decisions;
  std::vector<AgendaRound> closed_rounds;
  QuestionTouches last_touched{};
  std::vector<PromisedFollowUp> follow_ups;   // promised at the previous meeting
  std::vector<RoundFindings> round_findings;  // of closed rounds; used for those that closed in the window
  std::vector<AgendaInitiative> waiting_initiatives;  // every one gets a point, whatever the window
  std::vector<AgendaNetworkItem> network_items;       // candidates for the network_lesson point
  QuestionTouches last_decided{};                     // decisions only (last_decided)
  std::vector<AgendaRadarHold> radar_holds;           // the current radar's holds (radar_hold_revisit)
  // Candidates for radar_prerequisite_missing.
  std::vector<AgendaRadarPrerequisite> radar_prerequisites;
  std::vector<AgendaCompetenceGap> competence_gaps;  // without a step, in rank order (issue 17)
};

enum class AgendaSource {
  step_due,
  step_overdue,
  review_due,
  initiative_waiting,
  round_closed,
  question_rotation,
  network_lesson,
  radar_hold_revisit,
  radar_prerequisite_missing,
  competence_gap_without_step,
  follow_up
};

std::string_view to_string(AgendaSource source);  // the enumerator names

struct AgendaPoint {
  AgendaSource source = AgendaSource::step_due;
  std::string text_key;                       // what to discuss, e.g. "agenda.point.step"
  std::string why_key;                        // why it is on the agenda, e.g. "agenda.why.step_overdue"
  std::map<std::string, std::string> params;  // shared by both keys
  // The step, decision, initiative, round or follow-up id; for question_rotation the question number;
  // for network_lesson the network's id (the item's public id is params["public_id"]); for the radar's
  // points the radar entry's id; for competence_gap_without_step the matrix's cell.
  std::optional<std::int64_t> linked_id;
  std::optional<Date> date;             // the date that put it here: due, review, closed, last touched
  std::vector<AgendaFinding> findings;  // round_closed only: the round's findings
};

struct AgendaDraft {
  std::string title;
  Date date{};
  std::vector<AgendaPoint> points;
};

AgendaDraft draft_agenda(const AgendaInput& input);

using Translate =
    std::function<std::string(std::string_view key, const std::map<std::string, std::string>& params)>;

// Plain text for a calendar invitation: the heading ("agenda.export.heading" with {title}, {date}),
// then each point numbered, with its reason indented on the line below and its findings (if any) as
// indented dashes below that. Lines end in "\n".
std::string agenda_to_text(const AgendaDraft& draft, const Translate& translate);

}  // namespace forkant
