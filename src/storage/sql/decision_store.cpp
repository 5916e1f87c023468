// SqlDecisionStore (decision_store.hpp), the register: the validation context, decisions, their
// versions and notes (migration 003).
#include "storage/sql/decision_store.hpp"

#include "storage/sql/column_codecs.hpp"

namespace forkant::sql {
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

void bind_draft(Statement& st, int first, const DecisionDraft& d) {
  st.bind(first, to_string(d.kind))
      .bind(first + 1, d.title)
      .bind(first + 2, d.rationale)
      .bind(first + 3, d.alternatives)
      .bind(first + 4, join_questions(d.questions))
      .bind(first + 5, join_list(d.purposes))
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

std::set<std::int64_t> SqlDecisionStore::member_ids(std::int64_t org_id) {
  return ids(*db_, "SELECT user_id FROM memberships WHERE org_id = ?", org_id);
}

std::set<std::int64_t> SqlDecisionStore::round_ids(std::int64_t org_id) {
  return ids(*db_, "SELECT id FROM rounds WHERE org_id = ?", org_id);
}

std::set<std::int64_t> SqlDecisionStore::goal_ids(std::int64_t org_id) {
  return ids(*db_, "SELECT id FROM goals WHERE org_id = ?", org_id);
}

std::vector<AgendaRound> SqlDecisionStore::closed_rounds(std::int64_t org_id) {
  std::vector<AgendaRound> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT id, title, date(closed_at, 'unixepoch') FROM rounds "
        "WHERE org_id = ? AND state = 'closed' AND closed_at IS NOT NULL ORDER BY closed_at, id",
        org_id);
    while (st->step()) out.push_back({st->int64(0), st->text(1), day_of(st->text(2))});
  });
  return out;
}

// ---- Decisions ------------------------------------------------------------------------------------------

std::int64_t SqlDecisionStore::insert_decision(const Decision& decision, std::int64_t created_by,
                                               std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
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

std::optional<Decision> SqlDecisionStore::find_decision(std::int64_t decision_id) {
  std::optional<Decision> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kDecisionSelect) + "WHERE id = ?", decision_id);
    if (st->step()) out = read_decision(*st);
  });
  return out;
}

std::vector<Decision> SqlDecisionStore::decisions(std::int64_t org_id) {
  std::vector<Decision> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kDecisionSelect) + "WHERE org_id = ? ORDER BY decided_on DESC, id DESC",
                        org_id);
    while (st->step()) out.push_back(read_decision(*st));
  });
  return out;
}

std::vector<std::int64_t> SqlDecisionStore::search_decisions(std::int64_t org_id, const std::string& match) {
  std::vector<std::int64_t> out;
  db_->read([&](Connection& c) {
    // decisions_fts (migration 008) holds every organisation's decisions; the outer query keeps to this
    // one. The MATCH runs once as a subquery: joined, SQLite ran it once per decision (1 s for 5,000).
    // PostgreSQL has no MATCH: its decisions_fts keeps the org_id and fts_match() reads the same FTS5
    // expression (postgresql/008_edit_histories_and_search.sql says how it matches unicode61).
    auto st = c.prepare(c.dialect() == Dialect::postgresql
                            ? "SELECT id FROM decisions WHERE org_id = ?1 AND id IN "
                              "(SELECT rowid FROM decisions_fts WHERE org_id = ?1 AND fts_match(words, ?2)) "
                              "ORDER BY id"
                            : "SELECT id FROM decisions WHERE org_id = ?1 AND id IN "
                              "(SELECT rowid FROM decisions_fts WHERE decisions_fts MATCH ?2) ORDER BY id",
                        org_id, match);
    while (st->step()) out.push_back(st->int64(0));
  });
  return out;
}

std::vector<Decision> SqlDecisionStore::decisions_with_ids(std::int64_t org_id,
                                                           const std::vector<std::int64_t>& ids) {
  std::vector<Decision> out;
  if (ids.empty()) return out;
  std::string list = "[";
  for (const auto id : ids) list += (list.size() > 1 ? "," : "") + std::to_string(id);
  list += "]";
  db_->read([&](Connection& c) {
    // The ids travel as one bound JSON array, so the statement is the same for any number of them.
    // PostgreSQL's json_each reads objects only: its array elements come as text.
    const char* ids_of_list =
        c.dialect() == Dialect::postgresql
            ? "(SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS json)))"
            : "(SELECT value FROM json_each(?))";
    auto st = c.prepare(std::string(kDecisionSelect) + "WHERE org_id = ? AND id IN " + ids_of_list +
                            " ORDER BY decided_on DESC, id DESC",
                        org_id, list);
    while (st->step()) out.push_back(read_decision(*st));
  });
  return out;
}

std::vector<std::string> SqlDecisionStore::decision_bodies(std::int64_t org_id) {
  std::vector<std::string> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT DISTINCT body FROM decisions WHERE org_id = ? ORDER BY body", org_id);
    while (st->step()) out.push_back(st->text(0));
  });
  return out;
}

bool SqlDecisionStore::update_decision(const Decision& decision, int expected_version) {
  bool updated = false;
  db_->write([&](Connection& c) {
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

void SqlDecisionStore::set_supersession(std::int64_t org_id, std::int64_t old_id, std::int64_t successor_id) {
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE decisions SET superseded_by_id = ? WHERE org_id = ? AND id = ? AND superseded_by_id IS NULL",
        successor_id, org_id, old_id);
    if (c.changes() != 1) throw DatabaseError("supersession of a decision that is superseded already");
    c.exec("UPDATE decisions SET supersedes_id = ? WHERE org_id = ? AND id = ?", old_id, org_id,
           successor_id);
  });
}

void SqlDecisionStore::set_reviewed(std::int64_t org_id, std::int64_t decision_id, Date reviewed_on) {
  db_->write([&](Connection& c) {
    c.exec("UPDATE decisions SET reviewed_on = ? WHERE org_id = ? AND id = ?", format_iso_date(reviewed_on),
           org_id, decision_id);
  });
}

void SqlDecisionStore::insert_version(std::int64_t org_id, const DecisionVersion& v) {
  db_->write([&](Connection& c) {
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

std::vector<DecisionVersion> SqlDecisionStore::versions(std::int64_t org_id, std::int64_t decision_id) {
  std::vector<DecisionVersion> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string("SELECT decision_id, version, edited_by, edited_at, ") + kDraftColumns +
                            " FROM decision_versions WHERE org_id = ? AND decision_id = ? ORDER BY version",
                        org_id, decision_id);
    while (st->step()) {
      out.push_back({st->int64(0), st->int32(1), read_draft(*st, 4), st->int64(2), day_of(st->text(3))});
    }
  });
  return out;
}

std::int64_t SqlDecisionStore::insert_note(std::int64_t org_id, const FollowUpNote& note, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO decision_notes(org_id, decision_id, text, author_id, written_on, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?)",
        org_id, note.decision_id, note.text, note.author_user_id, format_iso_date(note.written_on), now);
    id = c.last_insert_id();
  });
  return id;
}

std::vector<NoteRow> SqlDecisionStore::notes(std::int64_t org_id, std::int64_t decision_id) {
  std::vector<NoteRow> out;
  db_->read([&](Connection& c) {
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

}  // namespace forkant::sql
