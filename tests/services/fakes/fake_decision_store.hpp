#pragma once
// The decision register, goals, steps and meetings in memory, with the semantics of
// src/storage/sql/decision_store.cpp: every read filters by organisation, decisions newest decision
// date first, an update only against the expected version of a decision not superseded, a decision
// superseded once, goals by horizon, steps by due date, goal and step edits against the expected version
// with append-only versions unique per (object, version), meetings one per (series, day) with minutes
// appended when recorded twice. The composite foreign keys of 003_decisions.sql (a step's goal, a
// decision's round and goal, a note's decision, a meeting's series in the same organisation) throw as
// SQLite would, so a service that crossed tenants would fail here too.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "fakes/fake_transactor.hpp"
#include "services/decisions.hpp"

namespace forkant::test {

class FakeAccountStore;
class FakeOrgStore;
class FakeAssessmentStore;

class FakeDecisionStore final : public DecisionStore, public FakeTable {
 public:
  // Members come from the organisation store, rounds from the assessment store, follow-up owners' names
  // from the account store (joins in SQLite). Any may be null: then that table is empty.
  void link(const FakeOrgStore* orgs, const FakeAssessmentStore* rounds, const FakeAccountStore* users) {
    orgs_ = orgs, rounds_ = rounds, users_ = users;
  }

  std::set<std::int64_t> member_ids(std::int64_t org_id) override;
  std::set<std::int64_t> round_ids(std::int64_t org_id) override;
  std::set<std::int64_t> goal_ids(std::int64_t org_id) override;
  std::vector<AgendaRound> closed_rounds(std::int64_t org_id) override;

  std::int64_t insert_decision(const Decision& decision, std::int64_t created_by, std::int64_t now) override;
  std::optional<Decision> find_decision(std::int64_t decision_id) override;
  std::vector<Decision> decisions(std::int64_t org_id) override;
  // Emulates decisions_fts (migration 008) for the expressions fts_match_expression makes: unicode61
  // tokens (letters and digits, anything beyond ASCII counting as a letter, case folded for ASCII and
  // Æ Ø Å), each quoted phrase's tokens consecutive in one column with a prefix match on the last, all
  // phrases present; notes searched as they are appended.
  std::vector<std::int64_t> search_decisions(std::int64_t org_id, const std::string& match) override;
  std::vector<Decision> decisions_with_ids(std::int64_t org_id,
                                           const std::vector<std::int64_t>& ids) override;
  std::vector<std::string> decision_bodies(std::int64_t org_id) override;
  bool update_decision(const Decision& decision, int expected_version) override;
  void set_supersession(std::int64_t org_id, std::int64_t old_id, std::int64_t successor_id) override;
  void set_reviewed(std::int64_t org_id, std::int64_t decision_id, Date reviewed_on) override;
  void insert_version(std::int64_t org_id, const DecisionVersion& version) override;
  std::vector<DecisionVersion> versions(std::int64_t org_id, std::int64_t decision_id) override;
  std::int64_t insert_note(std::int64_t org_id, const FollowUpNote& note, std::int64_t now) override;
  std::vector<NoteRow> notes(std::int64_t org_id, std::int64_t decision_id) override;

  std::int64_t insert_goal(const Goal& goal, std::int64_t created_by, std::int64_t now) override;
  std::optional<Goal> find_goal(std::int64_t goal_id) override;
  std::vector<Goal> goals(std::int64_t org_id) override;
  std::int64_t insert_step(std::int64_t org_id, const Step& step, std::int64_t now) override;
  std::optional<StepRow> find_step(std::int64_t step_id) override;
  std::vector<Step> steps(std::int64_t org_id) override;
  void update_step(std::int64_t org_id, const Step& step) override;
  bool update_goal(const Goal& goal, int expected_version) override;
  void insert_goal_version(std::int64_t org_id, const GoalVersion& version) override;
  std::vector<GoalVersion> goal_versions(std::int64_t org_id, std::int64_t goal_id) override;
  bool update_step_content(std::int64_t org_id, const Step& step, int expected_version) override;
  void insert_step_version(std::int64_t org_id, const StepVersion& version) override;
  std::vector<StepVersion> step_versions(std::int64_t org_id, std::int64_t goal_id) override;

  std::int64_t insert_series(const MeetingSeries& series, std::int64_t now) override;
  std::optional<MeetingSeries> find_series(std::int64_t series_id) override;
  std::vector<MeetingSeries> series(std::int64_t org_id) override;
  std::optional<MeetingRow> meeting(std::int64_t org_id, std::int64_t series_id, Date held_on) override;
  std::optional<MeetingRow> last_held(std::int64_t org_id, std::int64_t series_id) override;
  std::int64_t save_agenda(std::int64_t org_id, std::int64_t series_id, Date held_on,
                           const std::string& agenda_text, std::int64_t now) override;
  std::int64_t save_minutes(std::int64_t org_id, std::int64_t series_id, Date held_on,
                            const std::string& minutes, std::int64_t now) override;
  void insert_follow_up(std::int64_t org_id, std::int64_t meeting_id, const std::string& text,
                        std::optional<std::int64_t> owner_user_id, std::optional<Date> due_on,
                        std::int64_t now) override;
  std::vector<PromisedFollowUp> follow_ups(std::int64_t org_id, std::int64_t meeting_id) override;
  void set_agenda_sent(std::int64_t org_id, std::int64_t meeting_id, const std::string& text) override;
  void link_meeting_decision(std::int64_t org_id, std::int64_t meeting_id, std::int64_t decision_id) override;
  std::vector<std::int64_t> meeting_decisions(std::int64_t org_id, std::int64_t meeting_id) override;
  std::vector<MeetingRow> held_meetings(std::int64_t org_id, std::int64_t series_id) override;
  std::optional<MeetingRow> find_meeting(std::int64_t meeting_id) override;
  void set_attendees(std::int64_t org_id, std::int64_t meeting_id,
                     const std::vector<std::string>& names) override;

  // The briefing (migration 010): one draft per organisation, versions unique per (organisation, version)
  // and never changed, newest first; names from the account store.
  std::optional<BriefingDraftRow> briefing_draft(std::int64_t org_id) override;
  void save_briefing_draft(std::int64_t org_id, const std::string& lang, const BriefingText& text,
                           std::int64_t updated_by, std::int64_t now) override;
  void insert_briefing_version(const BriefingVersion& version) override;
  std::vector<BriefingVersion> briefing_versions(std::int64_t org_id) override;
  std::optional<BriefingVersion> briefing_version(std::int64_t org_id, int version) override;

  // For the tests.
  int decision_count() const { return static_cast<int>(s_.decisions.size()); }
  int version_count() const { return static_cast<int>(s_.versions.size()); }
  int step_count() const { return static_cast<int>(s_.steps.size()); }
  int goal_version_count() const { return static_cast<int>(s_.goal_versions.size()); }
  int step_version_count() const { return static_cast<int>(s_.step_versions.size()); }
  int meeting_count() const { return static_cast<int>(s_.meetings.size()); }

  std::function<void()> snapshot() override { return snapshot_of(s_); }

 private:
  struct FollowUpRecord {
    std::int64_t org_id = 0;
    std::int64_t meeting_id = 0;
    std::string text;
    std::optional<std::int64_t> owner_user_id;
    std::optional<Date> due_on;
  };
  struct State {
    std::int64_t next_decision_id = 1, next_note_id = 1, next_goal_id = 1, next_step_id = 1,
                 next_series_id = 1, next_meeting_id = 1, next_follow_up_id = 1;
    std::map<std::int64_t, Decision> decisions;
    std::vector<std::pair<std::int64_t, DecisionVersion>> versions;  // (org, version)
    std::map<std::int64_t, std::pair<std::int64_t, NoteRow>> notes;  // id -> (org, note)
    std::map<std::int64_t, Goal> goals;
    std::map<std::int64_t, StepRow> steps;
    std::vector<std::pair<std::int64_t, GoalVersion>> goal_versions;  // (org, version), append-only
    std::vector<std::pair<std::int64_t, StepVersion>> step_versions;
    std::map<std::int64_t, MeetingSeries> series;
    std::map<std::int64_t, MeetingRow> meetings;
    std::map<std::int64_t, FollowUpRecord> follow_ups;
    std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t>>
        meeting_decisions;                                                      // org, meeting, decision
    std::map<std::int64_t, BriefingDraftRow> briefing_drafts;                   // by organisation
    std::map<std::pair<std::int64_t, int>, BriefingVersion> briefing_versions;  // (org, version)
  } s_;
  std::string user_name(std::optional<std::int64_t> user_id) const;
  void check_references(const Decision& d) const;
  bool has_decision(std::int64_t org_id, std::int64_t id) const;
  bool has_goal(std::int64_t org_id, std::int64_t id) const;
  std::optional<std::int64_t> meeting_id(std::int64_t series_id, Date held_on) const;
  const FakeOrgStore* orgs_ = nullptr;
  const FakeAssessmentStore* rounds_ = nullptr;
  const FakeAccountStore* users_ = nullptr;
};

}  // namespace forkant::test
