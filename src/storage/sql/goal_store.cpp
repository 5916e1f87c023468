// SqlDecisionStore (decision_store.hpp), goals and steps: tables goals and steps (migration 003) with
// their versions, goal_versions and step_versions (migration 008).
#include "storage/sql/column_codecs.hpp"
#include "storage/sql/decision_store.hpp"

namespace forkant::sql {
namespace {

constexpr const char* kGoalSelect =
    "SELECT id, org_id, title, description, questions, horizon, version FROM goals ";
constexpr const char* kStepSelect =
    "SELECT id, goal_id, hypothesis, success_criterion, owner_id, due_on, status, result, learned, verdict, "
    "evaluated_on, drop_reason, org_id, version FROM steps ";

Goal read_goal(const Statement& st) {
  return {st.int64(0),        st.int64(1), st.text(2), st.text(3), questions_of(st.text(4)),
          day_of(st.text(5)), st.int32(6)};
}

Step read_step(const Statement& st) {
  Step s;
  s.id = st.int64(0);
  s.goal_id = st.int64(1);
  s.hypothesis = st.text(2);
  s.success_criterion = st.text(3);
  s.owner_user_id = st.int64(4);
  s.due_on = day_of(st.text(5));
  s.status = step_status_from_string(st.text(6)).value_or(StepStatus::planned);
  if (const auto verdict = st.opt_text(9)) {
    s.evaluation = Evaluation{st.opt_text(7).value_or(""), st.opt_text(8).value_or(""),
                              verdict_from_string(*verdict), opt_day(st, 10).value_or(Date{})};
  }
  s.drop_reason = st.text(11);
  s.version = st.int32(13);
  return s;
}

}  // namespace

// ---- Goals and steps ------------------------------------------------------------------------------------

std::int64_t SqlDecisionStore::insert_goal(const Goal& goal, std::int64_t created_by, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO goals(org_id, title, description, questions, horizon, created_by, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?)",
        goal.org_id, goal.title, goal.description, join_questions(goal.questions),
        format_iso_date(goal.horizon), created_by, now);
    id = c.last_insert_id();
  });
  return id;
}

std::optional<Goal> SqlDecisionStore::find_goal(std::int64_t goal_id) {
  std::optional<Goal> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kGoalSelect) + "WHERE id = ?", goal_id);
    if (st->step()) out = read_goal(*st);
  });
  return out;
}

std::vector<Goal> SqlDecisionStore::goals(std::int64_t org_id) {
  std::vector<Goal> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kGoalSelect) + "WHERE org_id = ? ORDER BY horizon, id", org_id);
    while (st->step()) out.push_back(read_goal(*st));
  });
  return out;
}

std::int64_t SqlDecisionStore::insert_step(std::int64_t org_id, const Step& step, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO steps(org_id, goal_id, hypothesis, success_criterion, owner_id, due_on, status, "
        "created_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
        org_id, step.goal_id, step.hypothesis, step.success_criterion, step.owner_user_id,
        format_iso_date(step.due_on), to_string(step.status), now);
    id = c.last_insert_id();
  });
  return id;
}

std::optional<StepRow> SqlDecisionStore::find_step(std::int64_t step_id) {
  std::optional<StepRow> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kStepSelect) + "WHERE id = ?", step_id);
    if (st->step()) out = StepRow{st->int64(12), read_step(*st)};
  });
  return out;
}

std::vector<Step> SqlDecisionStore::steps(std::int64_t org_id) {
  std::vector<Step> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kStepSelect) + "WHERE org_id = ? ORDER BY due_on, id", org_id);
    while (st->step()) out.push_back(read_step(*st));
  });
  return out;
}

void SqlDecisionStore::update_step(std::int64_t org_id, const Step& step) {
  db_->write([&](Connection& c) {
    const auto& e = step.evaluation;
    std::optional<std::string> verdict;
    std::optional<std::string> evaluated_on;
    if (e && e->verdict) verdict = std::string(to_string(*e->verdict));
    if (e) evaluated_on = format_iso_date(e->evaluated_on);
    c.exec(
        "UPDATE steps SET status = ?, result = ?, learned = ?, verdict = ?, evaluated_on = ?, drop_reason = "
        "? "
        "WHERE org_id = ? AND id = ?",
        to_string(step.status), e ? std::optional(e->result) : std::nullopt,
        e ? std::optional(e->learned) : std::nullopt, verdict, evaluated_on, step.drop_reason, org_id,
        step.id);
  });
}

bool SqlDecisionStore::update_goal(const Goal& goal, int expected_version) {
  bool updated = false;
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE goals SET version = ?, title = ?, description = ?, questions = ?, horizon = ? "
        "WHERE org_id = ? AND id = ? AND version = ?",
        goal.version, goal.title, goal.description, join_questions(goal.questions),
        format_iso_date(goal.horizon), goal.org_id, goal.id, expected_version);
    updated = c.changes() == 1;
  });
  return updated;
}

void SqlDecisionStore::insert_goal_version(std::int64_t org_id, const GoalVersion& v) {
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO goal_versions(goal_id, org_id, version, title, description, questions, horizon, "
        "edited_by, edited_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
        v.goal_id, org_id, v.version, v.title, v.description, join_questions(v.questions),
        format_iso_date(v.horizon), v.edited_by ? std::optional(v.edited_by) : std::nullopt,
        format_iso_date(v.edited_at));
  });
}

std::vector<GoalVersion> SqlDecisionStore::goal_versions(std::int64_t org_id, std::int64_t goal_id) {
  std::vector<GoalVersion> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT goal_id, version, title, description, questions, horizon, edited_by, edited_at "
        "FROM goal_versions WHERE org_id = ? AND goal_id = ? ORDER BY version",
        org_id, goal_id);
    while (st->step()) {
      out.push_back({st->int64(0), st->int32(1), st->text(2), st->text(3), questions_of(st->text(4)),
                     day_of(st->text(5)), st->opt_int64(6).value_or(0), day_of(st->text(7))});
    }
  });
  return out;
}

bool SqlDecisionStore::update_step_content(std::int64_t org_id, const Step& step, int expected_version) {
  bool updated = false;
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE steps SET version = ?, hypothesis = ?, success_criterion = ?, owner_id = ?, due_on = ? "
        "WHERE org_id = ? AND id = ? AND version = ?",
        step.version, step.hypothesis, step.success_criterion, step.owner_user_id,
        format_iso_date(step.due_on), org_id, step.id, expected_version);
    updated = c.changes() == 1;
  });
  return updated;
}

void SqlDecisionStore::insert_step_version(std::int64_t org_id, const StepVersion& v) {
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO step_versions(step_id, org_id, version, hypothesis, success_criterion, owner_id, "
        "due_on, edited_by, edited_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
        v.step_id, org_id, v.version, v.hypothesis, v.success_criterion, v.owner_user_id,
        format_iso_date(v.due_on), v.edited_by ? std::optional(v.edited_by) : std::nullopt,
        format_iso_date(v.edited_at));
  });
}

std::vector<StepVersion> SqlDecisionStore::step_versions(std::int64_t org_id, std::int64_t goal_id) {
  std::vector<StepVersion> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT v.step_id, v.version, v.hypothesis, v.success_criterion, v.owner_id, v.due_on, v.edited_by, "
        "v.edited_at FROM step_versions v JOIN steps s ON s.org_id = v.org_id AND s.id = v.step_id "
        "WHERE v.org_id = ? AND s.goal_id = ? ORDER BY v.step_id, v.version",
        org_id, goal_id);
    while (st->step()) {
      out.push_back({st->int64(0), st->int32(1), st->text(2), st->text(3), st->int64(4), day_of(st->text(5)),
                     st->opt_int64(6).value_or(0), day_of(st->text(7))});
    }
  });
  return out;
}

}  // namespace forkant::sql
