#pragma once
// The three decisions of the op-ed as use cases: the decision register (with deliberate non-choices,
// versions, supersession and follow-up notes), goals reached by small evaluated steps, the recurring
// management meeting whose digital-transformation item forkant drafts, and the account for a period.
// The rules live in domain/decisions/; this service loads what they need, calls them and stores the
// result together with its audit entry in one transaction, so nothing partial is ever stored.
//
// Tenant rule: every store call takes the organisation. Lookups by id (find_decision, find_goal, ...)
// return the object with its organisation; the web layer authorizes against that organisation before
// it shows or changes anything, and answers 404 for another organisation's ids.

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/decisions/account.hpp"
#include "domain/decisions/agenda.hpp"
#include "domain/decisions/briefing.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/decisions/decision_filter.hpp"
#include "domain/decisions/decision_history.hpp"
#include "domain/decisions/goal.hpp"
#include "domain/decisions/goal_history.hpp"
#include "domain/decisions/meeting_history.hpp"
#include "domain/result.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"

namespace forkant {

class LibraryStore;

class AssessmentService;

struct NoteRow {
  std::int64_t id = 0;
  std::int64_t decision_id = 0;
  std::string text;
  std::int64_t author_user_id = 0;
  Date written_on{};
};

struct StepRow {
  std::int64_t org_id = 0;
  Step step;
};

struct MeetingRow {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  std::int64_t series_id = 0;
  Date held_on{};
  bool held = false;        // minutes recorded
  std::string agenda_text;  // the coordinator's edited agenda; empty: the draft stands
  std::string minutes;
  std::string agenda_sent;  // the agenda as it stood when the minutes were recorded (migration 008)
  std::vector<std::string> attendees;  // who attended, as recorded with the minutes (migration 011)
};

// The political briefing (migration 010): the coordinator's draft of an organisation, as saved.
struct BriefingDraftRow {
  std::int64_t org_id = 0;
  std::string lang = "da";  // the language the text was written in
  BriefingText text;
  std::optional<std::int64_t> updated_by;
  std::string updated_by_name;  // the user's display name; empty if unknown
  std::int64_t updated_at = 0;  // Unix seconds
};

// A frozen version of the briefing: never changed. What is printed and what a public page may show.
struct BriefingVersion {
  std::int64_t org_id = 0;
  int version = 1;  // 1, 2, ... per organisation
  std::string lang = "da";
  BriefingText text;
  std::optional<std::int64_t> frozen_by;
  std::string frozen_by_name;  // the user's display name; empty if unknown
  std::int64_t frozen_at = 0;  // Unix seconds
};

class DecisionStore {
 public:
  virtual ~DecisionStore() = default;

  // What references in a draft may point to: the organisation's members, rounds and goals.
  virtual std::set<std::int64_t> member_ids(std::int64_t org_id) = 0;
  virtual std::set<std::int64_t> round_ids(std::int64_t org_id) = 0;
  virtual std::set<std::int64_t> goal_ids(std::int64_t org_id) = 0;
  // Rounds of the organisation that are closed, with the day they closed.
  virtual std::vector<AgendaRound> closed_rounds(std::int64_t org_id) = 0;

  // Decisions. insert_decision returns the new id; update_decision writes the current content only if
  // the stored version is still `expected_version` (false otherwise).
  virtual std::int64_t insert_decision(const Decision& decision, std::int64_t created_by,
                                       std::int64_t now) = 0;
  virtual std::optional<Decision> find_decision(std::int64_t decision_id) = 0;
  virtual std::vector<Decision> decisions(std::int64_t org_id) = 0;  // by decision date, newest first
  // The ids of the organisation's decisions whose title, rationale, alternatives or notes match `match`,
  // an FTS5 expression made by fts_match_expression (never the user's text as such).
  virtual std::vector<std::int64_t> search_decisions(std::int64_t org_id, const std::string& match) = 0;
  // The organisation's decisions among `ids` (another organisation's ids are left out), in the order of
  // decisions(): a search loads only its hits, not the whole register.
  virtual std::vector<Decision> decisions_with_ids(std::int64_t org_id,
                                                   const std::vector<std::int64_t>& ids) = 0;
  // The deciding bodies the organisation's decisions name, each once, sorted (the register's filter).
  virtual std::vector<std::string> decision_bodies(std::int64_t org_id) = 0;
  virtual bool update_decision(const Decision& decision, int expected_version) = 0;
  virtual void set_supersession(std::int64_t org_id, std::int64_t old_id, std::int64_t successor_id) = 0;
  virtual void set_reviewed(std::int64_t org_id, std::int64_t decision_id, Date reviewed_on) = 0;
  virtual void insert_version(std::int64_t org_id, const DecisionVersion& version) = 0;
  virtual std::vector<DecisionVersion> versions(std::int64_t org_id, std::int64_t decision_id) = 0;
  virtual std::int64_t insert_note(std::int64_t org_id, const FollowUpNote& note, std::int64_t now) = 0;
  virtual std::vector<NoteRow> notes(std::int64_t org_id, std::int64_t decision_id) = 0;

  // Goals and steps.
  virtual std::int64_t insert_goal(const Goal& goal, std::int64_t created_by, std::int64_t now) = 0;
  virtual std::optional<Goal> find_goal(std::int64_t goal_id) = 0;
  virtual std::vector<Goal> goals(std::int64_t org_id) = 0;
  virtual std::int64_t insert_step(std::int64_t org_id, const Step& step, std::int64_t now) = 0;
  virtual std::optional<StepRow> find_step(std::int64_t step_id) = 0;
  virtual std::vector<Step> steps(std::int64_t org_id) = 0;
  virtual void update_step(std::int64_t org_id, const Step& step) = 0;
  // Edits (goal_history.hpp): the content is written only if the stored version is still
  // `expected_version` (false otherwise); versions are append-only.
  virtual bool update_goal(const Goal& goal, int expected_version) = 0;
  virtual void insert_goal_version(std::int64_t org_id, const GoalVersion& version) = 0;
  virtual std::vector<GoalVersion> goal_versions(std::int64_t org_id, std::int64_t goal_id) = 0;
  virtual bool update_step_content(std::int64_t org_id, const Step& step, int expected_version) = 0;
  virtual void insert_step_version(std::int64_t org_id, const StepVersion& version) = 0;
  // The versions of every step of the goal.
  virtual std::vector<StepVersion> step_versions(std::int64_t org_id, std::int64_t goal_id) = 0;

  // Meetings.
  virtual std::int64_t insert_series(const MeetingSeries& series, std::int64_t now) = 0;
  virtual std::optional<MeetingSeries> find_series(std::int64_t series_id) = 0;
  virtual std::vector<MeetingSeries> series(std::int64_t org_id) = 0;
  virtual std::optional<MeetingRow> meeting(std::int64_t org_id, std::int64_t series_id, Date held_on) = 0;
  // The latest meeting of the series with minutes recorded.
  virtual std::optional<MeetingRow> last_held(std::int64_t org_id, std::int64_t series_id) = 0;
  // Creates the meeting row if needed; returns its id.
  virtual std::int64_t save_agenda(std::int64_t org_id, std::int64_t series_id, Date held_on,
                                   const std::string& agenda_text, std::int64_t now) = 0;
  virtual std::int64_t save_minutes(std::int64_t org_id, std::int64_t series_id, Date held_on,
                                    const std::string& minutes, std::int64_t now) = 0;
  virtual void insert_follow_up(std::int64_t org_id, std::int64_t meeting_id, const std::string& text,
                                std::optional<std::int64_t> owner_user_id, std::optional<Date> due_on,
                                std::int64_t now) = 0;
  // Follow-ups promised at a meeting, with the owner's display name when there is one.
  virtual std::vector<PromisedFollowUp> follow_ups(std::int64_t org_id, std::int64_t meeting_id) = 0;
  // The meeting history (migration 008): the agenda as sent, kept with the minutes; the decisions taken
  // at a meeting; the held meetings of a series, newest first; one meeting by id (with its organisation,
  // for the web layer to authorize).
  virtual void set_agenda_sent(std::int64_t org_id, std::int64_t meeting_id, const std::string& text) = 0;
  virtual void link_meeting_decision(std::int64_t org_id, std::int64_t meeting_id,
                                     std::int64_t decision_id) = 0;
  virtual std::vector<std::int64_t> meeting_decisions(std::int64_t org_id, std::int64_t meeting_id) = 0;
  virtual std::vector<MeetingRow> held_meetings(std::int64_t org_id, std::int64_t series_id) = 0;
  virtual std::optional<MeetingRow> find_meeting(std::int64_t meeting_id) = 0;
  // Who attended (migration 011), replacing what was recorded; names hold no line break.
  virtual void set_attendees(std::int64_t org_id, std::int64_t meeting_id,
                             const std::vector<std::string>& names) = 0;

  // The political briefing (migration 010; storage/sql/briefing_store.cpp). One draft per
  // organisation, replaced on save; versions are append-only, and inserting a version number the
  // organisation already has fails (a constraint), so two freezes cannot both make version n.
  virtual std::optional<BriefingDraftRow> briefing_draft(std::int64_t org_id) = 0;
  virtual void save_briefing_draft(std::int64_t org_id, const std::string& lang, const BriefingText& text,
                                   std::int64_t updated_by, std::int64_t now) = 0;
  virtual void insert_briefing_version(const BriefingVersion& version) = 0;
  virtual std::vector<BriefingVersion> briefing_versions(std::int64_t org_id) = 0;  // newest first
  virtual std::optional<BriefingVersion> briefing_version(std::int64_t org_id, int version) = 0;
};

// A decision with everything its page and API answer show.
struct DecisionDetail {
  Decision decision;
  std::vector<DecisionVersion> versions;  // oldest first
  std::vector<HistoryEntry> history;      // oldest first
  std::vector<NoteRow> notes;             // oldest first
};

struct GoalDetail {
  Goal goal;
  std::vector<Step> timeline;  // by due date
  std::vector<Step> overdue;
  std::vector<Lesson> lessons;
  std::vector<EditEntry> goal_history;  // oldest first
  std::vector<EditEntry> step_history;  // by step, oldest first
};

// The evaluation of a step. For `adjust` and `stop` the decision that follows is part of the request:
// without it the evaluation is refused with "follow_up_decision_required", and nothing is stored.
struct StepCompletion {
  Evaluation evaluation;
  std::optional<DecisionDraft> follow_up;
};

struct CompletedStep {
  Step step;
  std::optional<std::int64_t> decision_id;  // the follow-up decision recorded in the register
};

// The meeting forkant is preparing: the next one of the series (or one whose minutes are still
// missing, up to kMinutesGraceDays after it).
struct NextMeeting {
  MeetingSeries series;
  Date date{};
  std::optional<Date> previous;
  AgendaDraft draft;
  std::optional<MeetingRow> row;  // edited agenda, if saved
  SinceLastMeeting since;         // what happened since the previous held meeting
};

// A held meeting with everything its page shows.
struct HeldMeeting {
  MeetingSeries series;
  MeetingRow row;
  std::optional<Date> previous;     // the held meeting before it, if any
  std::vector<Decision> decisions;  // taken at the meeting (recorded with its minutes)
  std::vector<PromisedFollowUp> follow_ups;
  SinceLastMeeting since;  // between the previous held meeting and this one
};

struct Minutes {
  std::string text;
  std::vector<DecisionDraft> decisions;
  std::vector<Step> steps;  // goal_id set; id and status ignored (new steps are planned)
  struct FollowUp {
    std::string text;
    std::optional<std::int64_t> owner_user_id;
    std::optional<Date> due_on;
  };
  // The meeting the minutes are for, as the form named it. Minutes for a meeting that already has
  // minutes are refused ("minutes_already_recorded"), as are minutes for a date that is no longer the
  // meeting being prepared ("meeting_moved"); nullopt: the meeting being prepared.
  std::optional<Date> meeting_date;
  // The drafted agenda as plain text, kept as the agenda sent when no edited agenda was saved.
  std::string agenda_draft;
  std::vector<FollowUp> follow_ups;              // each with an owner (a member) and a date, or refused
  std::vector<std::int64_t> reviewed_decisions;  // review points settled at the meeting
  // Who attended, already through attendee_names (meeting_history.hpp); optional, checked by
  // check_attendees.
  std::vector<std::string> attendees;
};

struct RecordedMinutes {
  std::int64_t meeting_id = 0;
  std::vector<std::int64_t> decision_ids;
  std::vector<std::int64_t> step_ids;
};

class DecisionService {
 public:
  static constexpr int kMinutesGraceDays = 3;
  static constexpr std::size_t kMaxAgendaChars = 20000;
  static constexpr std::size_t kMaxMinutesChars = 50000;
  static constexpr std::size_t kMaxFollowUpChars = 1000;

  // `assessment` supplies the purpose ids of the built-in framework (question 1).
  DecisionService(DecisionStore& store, AuditStore& audit, Transactor& tx, const Clock& clock,
                  AssessmentService& assessment)
      : store_(store), audit_(audit), tx_(tx), clock_(clock), assessment_(assessment) {}

  Date today() const;
  ValidationContext validation_context(std::int64_t org_id);

  // The register.
  Result<std::int64_t> create_decision(std::int64_t org_id, std::int64_t actor, const DecisionDraft& draft);
  std::optional<Decision> find_decision(std::int64_t decision_id) {
    return store_.find_decision(decision_id);
  }
  // Filtered, searched (full text) and sorted as the filter says.
  std::vector<Decision> list_decisions(std::int64_t org_id, const DecisionFilter& filter);
  std::vector<Decision> all_decisions(std::int64_t org_id) { return store_.decisions(org_id); }
  std::vector<std::string> decision_bodies(std::int64_t org_id) { return store_.decision_bodies(org_id); }
  DecisionDetail detail(const Decision& decision);
  // Errors: see apply_edit (stale_version is a conflict, 409).
  Result<Decision> edit_decision(const Decision& current, std::int64_t actor, int base_version,
                                 const DecisionDraft& content);
  // Records `successor` as a new decision that replaces `old_decision`, in one transaction.
  Result<std::int64_t> supersede_decision(const Decision& old_decision, std::int64_t actor,
                                          const DecisionDraft& successor);
  Result<std::int64_t> add_note(const Decision& decision, std::int64_t actor, const std::string& text);
  Status mark_reviewed(const Decision& decision, std::int64_t actor);

  // Goals and steps.
  Result<std::int64_t> create_goal(std::int64_t org_id, std::int64_t actor, Goal goal);
  std::optional<Goal> find_goal(std::int64_t goal_id) { return store_.find_goal(goal_id); }
  std::vector<Goal> goals(std::int64_t org_id) { return store_.goals(org_id); }
  std::vector<Step> steps(std::int64_t org_id) { return store_.steps(org_id); }
  GoalDetail goal_detail(const Goal& goal);
  Result<std::int64_t> add_step(const Goal& goal, std::int64_t actor, Step step);
  std::optional<StepRow> find_step(std::int64_t step_id) { return store_.find_step(step_id); }
  Result<Step> start_step(const StepRow& row, std::int64_t actor);
  Result<CompletedStep> complete_step(const StepRow& row, std::int64_t actor, StepCompletion completion);
  Result<Step> drop_step(const StepRow& row, std::int64_t actor, const std::string& reason);
  // Edits with history; errors: see apply_goal_edit and apply_step_edit ("stale_version" and
  // "step_field_locked" are conflicts, 409). Checked against the goal or step as stored when the write
  // starts, so an edit that raced another one or a status change loses.
  Result<Goal> edit_goal(const Goal& current, std::int64_t actor, int base_version, const Goal& content);
  Result<Step> edit_step(const StepRow& row, std::int64_t actor, int base_version, const Step& content);

  // Meetings.
  Result<std::int64_t> create_series(std::int64_t org_id, std::int64_t actor, MeetingSeries series);
  std::optional<MeetingSeries> find_series(std::int64_t series_id) { return store_.find_series(series_id); }
  std::vector<MeetingSeries> series(std::int64_t org_id) { return store_.series(org_id); }
  // `findings`: of the organisation's closed rounds, worded by the caller; the draft carries those of a
  // round that closed since the last meeting beneath its point.
  // `waiting`: the initiatives waiting for a judgement, found by the caller (web/waiting_initiatives.hpp).
  NextMeeting next_meeting(const MeetingSeries& series, const std::vector<RoundFindings>& findings = {},
                           const std::vector<AgendaInitiative>& waiting = {});
  // The same over the organisation's decisions already loaded: a page that shows them too loads them once.
  NextMeeting next_meeting(const MeetingSeries& series, const std::vector<RoundFindings>& findings,
                           std::vector<Decision> decisions,
                           const std::vector<AgendaInitiative>& waiting = {});
  // Where the drafted agenda finds what the organisation's networks share (the network_lesson point);
  // without it (tests of other things) the draft has no such point.
  void learn_from(LibraryStore* library) { library_ = library; }
  // Where the drafted agenda finds the technology radar's holds and missing prerequisites (issue 17;
  // the radar_* points): fills those fields of the input. Without it the draft has no such points.
  using RadarFeed = std::function<void(std::int64_t org_id, AgendaInput& input)>;
  void feed_radar(RadarFeed feed) { radar_feed_ = std::move(feed); }
  // Where the drafted agenda finds the competence matrix's gaps without a step, in rank order (the
  // competence_gap_without_step points; services/competence.hpp supplies them); without it, none.
  using CompetenceGaps = std::function<std::vector<AgendaCompetenceGap>(std::int64_t org_id)>;
  void set_competence_gaps(CompetenceGaps gaps) { competence_gaps_ = std::move(gaps); }
  Status save_agenda(const MeetingSeries& series, std::int64_t actor, const std::string& text);
  Result<RecordedMinutes> record_minutes(const MeetingSeries& series, std::int64_t actor,
                                         const Minutes& minutes);
  // The meeting history of a series, newest first, and one held meeting of it (nullopt: none such in
  // this series, or not held).
  std::vector<MeetingRow> held_meetings(const MeetingSeries& series) {
    return store_.held_meetings(series.org_id, series.id);
  }
  std::optional<HeldMeeting> held_meeting(const MeetingSeries& series, std::int64_t meeting_id);

  // The account of [from, to].
  Result<Account> account(std::int64_t org_id, Date from, Date to);

  // The political briefing (domain/decisions/briefing.hpp; services/briefings.cpp). Roles are the web
  // layer's to check: anyone in the organisation reads, a coordinator or owner saves and freezes.
  // The draft as saved, or else drafted from the register and the goals in the reader's language
  // (`question_titles`, `translate` and `format_day` in that language; updated_at 0: not saved yet).
  BriefingDraftRow briefing_draft(std::int64_t org_id, const std::string& lang,
                                  const std::array<std::string, 10>& question_titles,
                                  const Translate& translate, const FormatDay& format_day);
  // The draft as saved (nullopt: none saved yet).
  std::optional<BriefingDraftRow> saved_briefing(std::int64_t org_id) {
    return store_.briefing_draft(org_id);
  }
  // Saves the text as written, in `lang` ("da" or "en"). Errors: validate(BriefingText), unknown_language.
  Status save_briefing(std::int64_t org_id, std::int64_t actor, const std::string& lang,
                       const BriefingText& text);
  // Saves the text as the draft and freezes it as the next version, in one transaction. The version
  // returned has no frozen_by_name (briefing_version has).
  Result<BriefingVersion> freeze_briefing(std::int64_t org_id, std::int64_t actor, const std::string& lang,
                                          const BriefingText& text);
  std::vector<BriefingVersion> briefing_versions(std::int64_t org_id) {
    return store_.briefing_versions(org_id);
  }
  std::optional<BriefingVersion> briefing_version(std::int64_t org_id, int version) {
    return store_.briefing_version(org_id, version);
  }
  // The latest frozen version: what a public page shows (nullopt: none frozen yet).
  std::optional<BriefingVersion> latest_briefing(std::int64_t org_id);

 private:
  std::int64_t insert_decision_tx(std::int64_t org_id, std::int64_t actor, const DecisionDraft& draft,
                                  const std::string& action);
  Date meeting_date(const MeetingSeries& series);
  // Inside one transaction: re-reads the step (it may have moved since the page was loaded), applies
  // `change`, stores it with its audit entry, then runs `then` (the follow-up of a completion).
  Result<Step> change_step(const StepRow& row, std::int64_t actor, const std::string& action,
                           const std::function<Status(Step&)>& change, const std::string& detail = "",
                           const std::function<void()>& then = {});
  void audit(std::int64_t org_id, std::int64_t actor, const std::string& action, const std::string& object,
             const std::string& detail);

  DecisionStore& store_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;
  AssessmentService& assessment_;
  LibraryStore* library_ = nullptr;
  RadarFeed radar_feed_;
  CompetenceGaps competence_gaps_;
};

}  // namespace forkant
