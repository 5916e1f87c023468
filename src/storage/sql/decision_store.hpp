#pragma once
// The DecisionStore (services/decisions.hpp), one class in four files by area:
// decision_store.cpp (the validation context, decisions with their versions and notes), goal_store.cpp
// (goals and steps), meeting_store.cpp (meeting series, meetings and follow-ups); migration 003; and
// briefing_store.cpp (the political briefing, migration 010). Every query on tenant data filters by
// organisation id; lookups by id return the organisation with the object so that the caller can authorize.
// Writes join the caller's transaction (Transactor's rule).

#include <memory>

#include "services/decisions.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlDecisionStore final : public DecisionStore {
 public:
  explicit SqlDecisionStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  // decision_store.cpp
  std::set<std::int64_t> member_ids(std::int64_t org_id) override;
  std::set<std::int64_t> round_ids(std::int64_t org_id) override;
  std::set<std::int64_t> goal_ids(std::int64_t org_id) override;
  std::vector<AgendaRound> closed_rounds(std::int64_t org_id) override;

  std::int64_t insert_decision(const Decision& decision, std::int64_t created_by, std::int64_t now) override;
  std::optional<Decision> find_decision(std::int64_t decision_id) override;
  std::vector<Decision> decisions(std::int64_t org_id) override;
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

  // goal_store.cpp
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

  // meeting_store.cpp
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

  // briefing_store.cpp
  std::optional<BriefingDraftRow> briefing_draft(std::int64_t org_id) override;
  void save_briefing_draft(std::int64_t org_id, const std::string& lang, const BriefingText& text,
                           std::int64_t updated_by, std::int64_t now) override;
  void insert_briefing_version(const BriefingVersion& version) override;
  std::vector<BriefingVersion> briefing_versions(std::int64_t org_id) override;
  std::optional<BriefingVersion> briefing_version(std::int64_t org_id, int version) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
