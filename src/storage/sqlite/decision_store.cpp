#include "storage/sqlite/decision_store.hpp"

#include <sstream>

namespace forkant::sqlite {
namespace {

// The content columns shared by decisions and decision_versions, in DecisionDraft order.
constexpr const char* kDraftColumns =
    "kind, title, rationale, alternatives, questions, purposes, owner_id, body, decided_on, review_on, "
    "round_id, "
    "goal_id";
constexpr const char* kDecisionSelect =
    "SELECT id, org_id, version, supersedes_id, superseded_by_id, reviewed_on, kind, title, rationale, "
    "alternatives, questions, purposes, owner_id, body, decided_on, review_on, round_id, goal_id FROM "
    "decisions ";
constexpr const char* kGoalSelect = "SELECT id, org_id, title, description, questions, horizon FROM goals ";
constexpr const char* kStepSelect =
    "SELECT id, goal_id, hypothesis, success_criterion, owner_id, due_on, status, result, learned, verdict, "
    "evaluated_on, drop_reason, org_id FROM steps ";
constexpr const char* kSeriesSelect =
    "SELECT id, org_id, title, cadence, interval_weeks, first_meeting FROM meeting_series ";
constexpr const char* kMeetingSelect =
    "SELECT id, org_id, series_id, held_on, status, agenda_text, minutes FROM meetings ";

Date day_of(const std::string& text) {
  const auto date = parse_iso_date(text);
  if (!date) throw DatabaseError("stored date does not parse: " + text);
  return *date;
}

std::optional<Date> opt_day(const Statement& st, int col) {
  const auto text = st.opt_text(col);
  if (!text) return std::nullopt;
  return day_of(*text);
}

std::optional<std::string> opt_iso(const std::optional<Date>& date) {
  if (!date) return std::nullopt;
  return format_iso_date(*date);
}

std::string join_questions(const std::set<int>& questions) {
  std::string out;
  for (const int q : questions) out += (out.empty() ? "" : ",") + std::to_string(q);
  return out;
}

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string part;
  while (std::getline(in, part, ',')) {
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ",") + p;
  return out;
}

std::set<int> questions_of(const std::string& text) {
  std::set<int> out;
  for (const auto& part : split(text)) out.insert(std::stoi(part));
  return out;
}

// Binds the twelve content columns at ?first .. ?first+11.
void bind_draft(Statement& st, int first, const DecisionDraft& d) {
  st.bind(first, to_string(d.kind))
      .bind(first + 1, d.title)
      .bind(first + 2, d.rationale)
      .bind(first + 3, d.alternatives)
      .bind(first + 4, join_questions(d.questions))
      .bind(first + 5, join(d.purposes))
      .bind(first + 6, d.owner_user_id)
      .bind(first + 7, d.body)
      .bind(first + 8, format_iso_date(d.decided_on))
      .bind(first + 9, opt_iso(d.review_on))
      .bind(first + 10, d.round_id)
      .bind(first + 11, d.goal_id);
}

DecisionDraft read_draft(const Statement& st, int first) {
  DecisionDraft d;
  d.kind = decision_kind_from_string(st.text(first)).value_or(DecisionKind::decided);
  d.title = st.text(first + 1);
  d.rationale = st.text(first + 2);
  d.alternatives = st.text(first + 3);
  d.questions = questions_of(st.text(first + 4));
  d.purposes = split(st.text(first + 5));
  d.owner_user_id = st.int64(first + 6);
  d.body = st.text(first + 7);
  d.decided_on = day_of(st.text(first + 8));
  d.review_on = opt_day(st, first + 9);
  d.round_id = st.opt_int64(first + 10);
  d.goal_id = st.opt_int64(first + 11);
  return d;
}

Decision read_decision(const Statement& st) {
  Decision d;
  d.id = st.int64(0);
  d.org_id = st.int64(1);
  d.version = st.int32(2);
  d.supersedes_id = st.opt_int64(3);
  d.superseded_by_id = st.opt_int64(4);
  d.reviewed_on = opt_day(st, 5);
  d.content = read_draft(st, 6);
  return d;
}

Goal read_goal(const Statement& st) {
  return {st.int64(0), st.int64(1), st.text(2), st.text(3), questions_of(st.text(4)), day_of(st.text(5))};
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
  return s;
}

MeetingSeries read_series(const Statement& st) {
  return {st.int64(0), st.int64(1),
          st.text(2),  cadence_from_string(st.text(3)).value_or(Cadence::monthly),
          st.int32(4), day_of(st.text(5))};
}

MeetingRow read_meeting(const Statement& st) {
  return {st.int64(0),          st.int64(1), st.int64(2), day_of(st.text(3)),
          st.text(4) == "held", st.text(5),  st.text(6)};
}

std::set<std::int64_t> ids(Database& db, const std::string& sql, std::int64_t org_id) {
  std::set<std::int64_t> out;
  db.read([&](Connection& c) {
    auto st = c.prepare(sql, org_id);
    while (st->step()) out.insert(st->int64(0));
  });
  return out;
}

}  // namespace

// ---- Validation context ---------------------------------------------------------------------------------

std::set<std::int64_t> SqliteDecisionStore::member_ids(std::int64_t org_id) {
  return ids(db_, "SELECT user_id FROM memberships WHERE org_id = ?", org_id);
}

std::set<std::int64_t> SqliteDecisionStore::round_ids(std::int64_t org_id) {
  return ids(db_, "SELECT id FROM rounds WHERE org_id = ?", org_id);
}

std::set<std::int64_t> SqliteDecisionStore::goal_ids(std::int64_t org_id) {
  return ids(db_, "SELECT id FROM goals WHERE org_id = ?", org_id);
}

std::vector<AgendaRound> SqliteDecisionStore::closed_rounds(std::int64_t org_id) {
  std::vector<AgendaRound> out;
  db_.read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT id, title, date(closed_at, 'unixepoch') FROM rounds "
        "WHERE org_id = ? AND state = 'closed' AND closed_at IS NOT NULL ORDER BY closed_at, id",
        org_id);
    while (st->step()) out.push_back({st->int64(0), st->text(1), day_of(st->text(2))});
  });
  return out;
}

// ---- Decisions ------------------------------------------------------------------------------------------

std::int64_t SqliteDecisionStore::insert_decision(const Decision& decision, std::int64_t created_by,
                                                  std::int64_t now) {
  std::int64_t id = 0;
  db_.write([&](Connection& c) {
    auto st = c.prepare(std::string("INSERT INTO decisions(org_id, version, created_by, created_at, ") +
                        kDraftColumns +
                        ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    st->bind(1, decision.org_id).bind(2, decision.version).bind(3, created_by).bind(4, now);
    bind_draft(*st, 5, decision.content);
    st->run();
    id = c.last_insert_id();
  });
  return id;
}

std::optional<Decision> SqliteDecisionStore::find_decision(std::int64_t decision_id) {
  std::optional<Decision> out;
  db_.read([&](Connection& c) {
    auto st = c.prepare(std::string(kDecisionSelect) + "WHERE id = ?", decision_id);
    if (st->step()) out = read_decision(*st);
  });
  return out;
}

std::vector<Decision> SqliteDecisionStore::decisions(std::int64_t org_id) {
  std::vector<Decision> out;
  db_.read([&](Connection& c) {
    auto st = c.prepare(std::string(kDecisionSelect) + "WHERE org_id = ? ORDER BY decided_on DESC, id DESC",
                        org_id);
    while (st->step()) out.push_back(read_decision(*st));
  });
  return out;
}

bool SqliteDecisionStore::update_decision(const Decision& decision, int expected_version) {
  bool updated = false;
  db_.write([&](Connection& c) {
    auto st = c.prepare(
        "UPDATE decisions SET version = ?1, kind = ?2, title = ?3, rationale = ?4, alternatives = ?5, "
        "questions = ?6, purposes = ?7, owner_id = ?8, body = ?9, decided_on = ?10, review_on = ?11, "
        "round_id = ?12, goal_id = ?13 WHERE org_id = ?14 AND id = ?15 AND version = ?16 "
        "AND superseded_by_id IS NULL");
    st->bind(1, decision.version);
    bind_draft(*st, 2, decision.content);
    st->bind(14, decision.org_id).bind(15, decision.id).bind(16, expected_version);
    st->run();
    updated = c.changes() == 1;
  });
  return updated;
}

void SqliteDecisionStore::set_supersession(std::int64_t org_id, std::int64_t old_id,
                                           std::int64_t successor_id) {
  db_.write([&](Connection& c) {
    c.exec(
        "UPDATE decisions SET superseded_by_id = ? WHERE org_id = ? AND id = ? AND superseded_by_id IS NULL",
        successor_id, org_id, old_id);
    if (c.changes() != 1) throw DatabaseError("supersession of a decision that is superseded already");
    c.exec("UPDATE decisions SET supersedes_id = ? WHERE org_id = ? AND id = ?", old_id, org_id,
           successor_id);
  });
}

void SqliteDecisionStore::set_reviewed(std::int64_t org_id, std::int64_t decision_id, Date reviewed_on) {
  db_.write([&](Connection& c) {
    c.exec("UPDATE decisions SET reviewed_on = ? WHERE org_id = ? AND id = ?", format_iso_date(reviewed_on),
           org_id, decision_id);
  });
}

void SqliteDecisionStore::insert_version(std::int64_t org_id, const DecisionVersion& v) {
  db_.write([&](Connection& c) {
    auto st = c.prepare(
        std::string("INSERT INTO decision_versions(decision_id, org_id, version, edited_by, edited_at, ") +
        kDraftColumns +
        ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    st->bind(1, v.decision_id)
        .bind(2, org_id)
        .bind(3, v.version)
        .bind(4, v.edited_by)
        .bind(5, format_iso_date(v.edited_at));
    bind_draft(*st, 6, v.content);
    st->run();
  });
}

std::vector<DecisionVersion> SqliteDecisionStore::versions(std::int64_t org_id, std::int64_t decision_id) {
  std::vector<DecisionVersion> out;
  db_.read([&](Connection& c) {
    auto st = c.prepare(std::string("SELECT decision_id, version, edited_by, edited_at, ") + kDraftColumns +
                            " FROM decision_versions WHERE org_id = ? AND decision_id = ? ORDER BY version",
                        org_id, decision_id);
    while (st->step()) {
      out.push_back({st->int64(0), st->int32(1), read_draft(*st, 4), st->int64(2), day_of(st->text(3))});
    }
  });
  return out;
}

std::int64_t SqliteDecisionStore::insert_note(std::int64_t org_id, const FollowUpNote& note,
                                              std::int64_t now) {
  std::int64_t id = 0;
  db_.write([&](Connection& c) {
    c.exec(
        "INSERT INTO decision_notes(org_id, decision_id, text, author_id, written_on, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?)",
        org_id, note.decision_id, note.text, note.author_user_id, format_iso_date(note.written_on), now);
    id = c.last_insert_id();
  });
  return id;
}

std::vector<NoteRow> SqliteDecisionStore::notes(std::int64_t org_id, std::int64_t decision_id) {
  std::vector<NoteRow> out;
  db_.read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT id, decision_id, text, author_id, written_on FROM decision_notes "
        "WHERE org_id = ? AND decision_id = ? ORDER BY id",
        org_id, decision_id);
    while (st->step()) {
      out.push_back(
          {st->int64(0), st->int64(1), st->text(2), st->opt_int64(3).value_or(0), day_of(st->text(4))});
    }
  });
  return out;
}

// ---- Goals and steps ------------------------------------------------------------------------------------

std::int64_t SqliteDecisionStore::insert_goal(const Goal& goal, std::int64_t created_by, std::int64_t now) {
  std::int64_t id = 0;
  db_.write([&](Connection& c) {
    c.exec(
        "INSERT INTO goals(org_id, title, description, questions, horizon, created_by, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?)",
        goal.org_id, goal.title, goal.description, join_questions(goal.questions),
        format_iso_date(goal.horizon), created_by, now);
    id = c.last_insert_id();
  });
  return id;
}

std::optional<Goal> SqliteDecisionStore::find_goal(std::int64_t goal_id) {
  std::optional<Goal> out;
  db_.read([&](Connection& c) {
    auto st = c.prepare(std::string(kGoalSelect) + "WHERE id = ?", goal_id);
    if (st->step()) out = read_goal(*st);
  });
  return out;
}

std::vector<Goal> SqliteDecisionStore::goals(std::int64_t org_id) {
  std::vector<Goal> out;
  db_.read([&](Connection& c) {
    auto st = c.prepare(std::string(kGoalSelect) + "WHERE org_id = ? ORDER BY horizon, id", org_id);
    while (st->step()) out.push_back(read_goal(*st));
  });
  return out;
}

std::int64_t SqliteDecisionStore::insert_step(std::int64_t org_id, const Step& step, std::int64_t now) {
  std::int64_t id = 0;
  db_.write([&](Connection& c) {
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

std::optional<StepRow> SqliteDecisionStore::find_step(std::int64_t step_id) {
  std::optional<StepRow> out;
  db_.read([&](Connection& c) {
    auto st = c.prepare(std::string(kStepSelect) + "WHERE id = ?", step_id);
    if (st->step()) out = StepRow{st->int64(12), read_step(*st)};
  });
  return out;
}

std::vector<Step> SqliteDecisionStore::steps(std::int64_t org_id) {
  std::vector<Step> out;
  db_.read([&](Connection& c) {
    auto st = c.prepare(std::string(kStepSelect) + "WHERE org_id = ? ORDER BY due_on, id", org_id);
    while (st->step()) out.push_back(read_step(*st));
  });
  return out;
}

void SqliteDecisionStore::update_step(std::int64_t org_id, const Step& step) {
  db_.write([&](Connection& c) {
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

// ---- Meetings -------------------------------------------------------------------------------------------

std::int64_t SqliteDecisionStore::insert_series(const MeetingSeries& s, std::int64_t now) {
  std::int64_t id = 0;
  db_.write([&](Connection& c) {
    c.exec(
        "INSERT INTO meeting_series(org_id, title, cadence, interval_weeks, first_meeting, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?)",
        s.org_id, s.title, to_string(s.cadence), s.interval_weeks, format_iso_date(s.first_meeting), now);
    id = c.last_insert_id();
  });
  return id;
}

std::optional<MeetingSeries> SqliteDecisionStore::find_series(std::int64_t series_id) {
  std::optional<MeetingSeries> out;
  db_.read([&](Connection& c) {
    auto st = c.prepare(std::string(kSeriesSelect) + "WHERE id = ?", series_id);
    if (st->step()) out = read_series(*st);
  });
  return out;
}

std::vector<MeetingSeries> SqliteDecisionStore::series(std::int64_t org_id) {
  std::vector<MeetingSeries> out;
  db_.read([&](Connection& c) {
    auto st = c.prepare(std::string(kSeriesSelect) + "WHERE org_id = ? ORDER BY id", org_id);
    while (st->step()) out.push_back(read_series(*st));
  });
  return out;
}

std::optional<MeetingRow> SqliteDecisionStore::meeting(std::int64_t org_id, std::int64_t series_id,
                                                       Date held_on) {
  std::optional<MeetingRow> out;
  db_.read([&](Connection& c) {
    auto st = c.prepare(std::string(kMeetingSelect) + "WHERE org_id = ? AND series_id = ? AND held_on = ?",
                        org_id, series_id, format_iso_date(held_on));
    if (st->step()) out = read_meeting(*st);
  });
  return out;
}

std::optional<MeetingRow> SqliteDecisionStore::last_held(std::int64_t org_id, std::int64_t series_id) {
  std::optional<MeetingRow> out;
  db_.read([&](Connection& c) {
    auto st =
        c.prepare(std::string(kMeetingSelect) +
                      "WHERE org_id = ? AND series_id = ? AND status = 'held' ORDER BY held_on DESC LIMIT 1",
                  org_id, series_id);
    if (st->step()) out = read_meeting(*st);
  });
  return out;
}

std::int64_t SqliteDecisionStore::save_agenda(std::int64_t org_id, std::int64_t series_id, Date held_on,
                                              const std::string& agenda_text, std::int64_t now) {
  std::int64_t id = 0;
  db_.write([&](Connection& c) {
    c.exec(
        "INSERT INTO meetings(org_id, series_id, held_on, agenda_text, created_at) VALUES(?, ?, ?, ?, ?) "
        "ON CONFLICT(series_id, held_on) DO UPDATE SET agenda_text = excluded.agenda_text",
        org_id, series_id, format_iso_date(held_on), agenda_text, now);
    auto st = c.prepare("SELECT id FROM meetings WHERE org_id = ? AND series_id = ? AND held_on = ?", org_id,
                        series_id, format_iso_date(held_on));
    if (st->step()) id = st->int64(0);
  });
  return id;
}

std::int64_t SqliteDecisionStore::save_minutes(std::int64_t org_id, std::int64_t series_id, Date held_on,
                                               const std::string& minutes, std::int64_t now) {
  std::int64_t id = 0;
  db_.write([&](Connection& c) {
    // Minutes recorded twice for one meeting are kept both, one after the other.
    c.exec(
        "INSERT INTO meetings(org_id, series_id, held_on, status, minutes, created_at) "
        "VALUES(?, ?, ?, 'held', ?, ?) "
        "ON CONFLICT(series_id, held_on) DO UPDATE SET status = 'held', minutes = CASE "
        "WHEN meetings.minutes = '' THEN excluded.minutes WHEN excluded.minutes = '' THEN meetings.minutes "
        "ELSE meetings.minutes || char(10) || char(10) || excluded.minutes END",
        org_id, series_id, format_iso_date(held_on), minutes, now);
    auto st = c.prepare("SELECT id FROM meetings WHERE org_id = ? AND series_id = ? AND held_on = ?", org_id,
                        series_id, format_iso_date(held_on));
    if (st->step()) id = st->int64(0);
  });
  return id;
}

void SqliteDecisionStore::insert_follow_up(std::int64_t org_id, std::int64_t meeting_id,
                                           const std::string& text, std::optional<std::int64_t> owner_user_id,
                                           std::int64_t now) {
  db_.write([&](Connection& c) {
    c.exec(
        "INSERT INTO meeting_follow_ups(org_id, meeting_id, text, owner_id, created_at) VALUES(?, ?, ?, ?, "
        "?)",
        org_id, meeting_id, text, owner_user_id, now);
  });
}

std::vector<PromisedFollowUp> SqliteDecisionStore::follow_ups(std::int64_t org_id, std::int64_t meeting_id) {
  std::vector<PromisedFollowUp> out;
  db_.read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT f.id, f.text, u.name FROM meeting_follow_ups f LEFT JOIN users u ON u.id = f.owner_id "
        "WHERE f.org_id = ? AND f.meeting_id = ? ORDER BY f.id",
        org_id, meeting_id);
    while (st->step()) out.push_back({st->int64(0), st->text(1), st->opt_text(2)});
  });
  return out;
}

}  // namespace forkant::sqlite
