// SqlInitiativeStore (initiative_store.hpp): initiatives, their versions, phase changes, benefit
// measurements and links (migration 012). The content column is formats/initiative_json's document.
#include "storage/sql/initiative_store.hpp"

#include <charconv>
#include <map>

#include "formats/initiative_json.hpp"
#include "storage/database_error.hpp"
#include "storage/sql/column_codecs.hpp"

namespace forkant::sql {
namespace {

constexpr const char* kSelect = "SELECT id, org_id, version, phase, content, created_at FROM initiatives ";

std::string content_of(const InitiativeDraft& draft) {
  return initiative_draft_to_json(draft).dump();
}

InitiativeDraft draft_of(const std::string& text) {
  const auto parsed = nlohmann::json::parse(text, nullptr, false);
  auto draft = initiative_draft_from_json(parsed, {}, true);
  if (!draft) throw DatabaseError("initiative content does not parse: " + draft.error().code);
  return *draft;
}

Phase phase_of(const std::string& text) {
  const auto phase = phase_from_string(text);
  if (!phase) throw DatabaseError("unknown phase: " + text);
  return *phase;
}

double real_of(const std::string& text) {
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) throw DatabaseError("not a number: " + text);
  return value;
}

std::string join_technologies(const std::set<Technology>& technologies) {
  std::vector<std::string> names;
  names.reserve(technologies.size());
  for (const auto t : technologies) names.emplace_back(to_string(t));
  return join_list(names);
}

// The columns kept beside the content for the portfolio's filters, ?2..?9 after the id or org (?1).
void bind_columns(Statement& st, const Initiative& i) {
  const auto& d = i.content;
  st.bind(2, i.version)
      .bind(3, to_string(i.phase))
      .bind(4, d.title)
      .bind(5, d.owner_user_id)
      .bind(6, d.value_rating)
      .bind(7, to_string(d.competence_readiness))
      .bind(8, d.personal_data ? 1 : 0)
      .bind(9, d.special_categories ? 1 : 0)
      .bind(10, join_technologies(d.technologies))
      .bind(11, join_questions(d.questions))
      .bind(12, content_of(d));
}

void replace_links(Connection& c, const Initiative& i) {
  c.exec("DELETE FROM initiative_decisions WHERE org_id = ? AND initiative_id = ?", i.org_id, i.id);
  c.exec("DELETE FROM initiative_goals WHERE org_id = ? AND initiative_id = ?", i.org_id, i.id);
  c.exec("DELETE FROM initiative_steps WHERE org_id = ? AND initiative_id = ?", i.org_id, i.id);
  for (const auto id : i.content.decision_ids) {
    c.exec("INSERT INTO initiative_decisions(org_id, initiative_id, decision_id) VALUES(?, ?, ?)", i.org_id,
           i.id, id);
  }
  for (const auto id : i.content.goal_ids) {
    c.exec("INSERT INTO initiative_goals(org_id, initiative_id, goal_id) VALUES(?, ?, ?)", i.org_id, i.id,
           id);
  }
  for (const auto id : i.content.step_ids) {
    c.exec("INSERT INTO initiative_steps(org_id, initiative_id, step_id) VALUES(?, ?, ?)", i.org_id, i.id,
           id);
  }
}

PhaseChange read_change(const Statement& st, int first) {
  return {phase_of(st.text(first)), phase_of(st.text(first + 1)), day_of(st.text(first + 2)),
          st.text(first + 3), st.opt_int64(first + 4)};
}

}  // namespace

std::int64_t SqlInitiativeStore::insert_initiative(const Initiative& initiative, std::int64_t created_by,
                                                   std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    auto st = c.prepare(
        "INSERT INTO initiatives(org_id, version, phase, title, owner_id, value_rating, "
        "competence_readiness, "
        "personal_data, special_categories, technologies, questions, content, created_by, created_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    st->bind(1, initiative.org_id);
    bind_columns(*st, initiative);
    st->bind(13, created_by).bind(14, now);
    st->run();
    id = c.last_insert_id();
    Initiative stored = initiative;
    stored.id = id;
    replace_links(c, stored);
  });
  return id;
}

std::vector<Initiative> SqlInitiativeStore::select(const std::string& where, std::int64_t org_id,
                                                   std::int64_t other) {
  std::vector<Initiative> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kSelect) + where, org_id, other);
    while (st->step()) {
      Initiative i;
      i.id = st->int64(0);
      i.org_id = st->int64(1);
      i.version = st->int32(2);
      i.phase = phase_of(st->text(3));
      i.content = draft_of(st->text(4));
      i.created_at = st->int64(5);
      out.push_back(std::move(i));
    }
    if (out.empty()) return;
    // The phase changes of every initiative loaded, in one query for the organisation.
    std::map<std::int64_t, Initiative*> by_id;
    for (auto& i : out) by_id[i.id] = &i;
    auto changes = c.prepare(
        "SELECT initiative_id, from_phase, to_phase, changed_on, reason, by_user_id "
        "FROM initiative_phase_changes WHERE org_id = ? ORDER BY id",
        out.front().org_id);
    while (changes->step()) {
      const auto it = by_id.find(changes->int64(0));
      if (it != by_id.end()) it->second->phase_changes.push_back(read_change(*changes, 1));
    }
  });
  return out;
}

std::optional<Initiative> SqlInitiativeStore::find_initiative(std::int64_t initiative_id) {
  // The organisation is not known yet: `org_id = org_id` matches any, the id decides.
  auto found = select("WHERE id = ?2 AND (CAST(?1 AS BIGINT) = 0 OR org_id = ?1)", 0, initiative_id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

// By title without regard to ASCII case, as SQLite's COLLATE NOCASE: lower() folds ASCII only in SQLite and
// on PostgreSQL's "C" columns, where a case-insensitive ICU collation would put "Æ" beside "ae".
std::vector<Initiative> SqlInitiativeStore::initiatives(std::int64_t org_id) {
  return select("WHERE org_id = ?1 AND CAST(?2 AS BIGINT) = 0 ORDER BY lower(title), id", org_id, 0);
}

bool SqlInitiativeStore::update_initiative(const Initiative& initiative, int expected_version) {
  bool updated = false;
  db_->write([&](Connection& c) {
    auto st = c.prepare(
        "UPDATE initiatives SET version = ?2, phase = ?3, title = ?4, owner_id = ?5, value_rating = ?6, "
        "competence_readiness = ?7, personal_data = ?8, special_categories = ?9, technologies = ?10, "
        "questions = ?11, content = ?12 WHERE id = ?1 AND org_id = ?13 AND version = ?14");
    st->bind(1, initiative.id);
    bind_columns(*st, initiative);
    st->bind(13, initiative.org_id).bind(14, expected_version);
    st->run();
    updated = c.changes() == 1;
    if (updated) replace_links(c, initiative);
  });
  return updated;
}

void SqlInitiativeStore::insert_initiative_version(std::int64_t org_id, const InitiativeVersion& v) {
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO initiative_versions(initiative_id, org_id, version, content, edited_by, edited_at) "
        "VALUES(?, ?, ?, ?, ?, ?)",
        v.initiative_id, org_id, v.version, content_of(v.content), v.edited_by, v.edited_at);
  });
}

std::vector<InitiativeVersion> SqlInitiativeStore::initiative_versions(std::int64_t org_id,
                                                                       std::int64_t initiative_id) {
  std::vector<InitiativeVersion> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT version, content, edited_by, edited_at FROM initiative_versions "
        "WHERE org_id = ? AND initiative_id = ? ORDER BY version",
        org_id, initiative_id);
    while (st->step()) {
      out.push_back({initiative_id, st->int32(0), draft_of(st->text(1)), st->opt_int64(2), st->int64(3)});
    }
  });
  return out;
}

void SqlInitiativeStore::insert_phase_change(std::int64_t org_id, std::int64_t initiative_id,
                                             const PhaseChange& change) {
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO initiative_phase_changes(org_id, initiative_id, from_phase, to_phase, changed_on, "
        "reason, "
        "by_user_id) VALUES(?, ?, ?, ?, ?, ?, ?)",
        org_id, initiative_id, to_string(change.from), to_string(change.to), format_iso_date(change.on),
        change.reason, change.by_user_id);
    c.exec("UPDATE initiatives SET phase = ? WHERE org_id = ? AND id = ?", to_string(change.to), org_id,
           initiative_id);
  });
}

std::int64_t SqlInitiativeStore::insert_measurement(std::int64_t org_id, std::int64_t initiative_id,
                                                    const BenefitMeasurement& m, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO benefit_measurements(org_id, initiative_id, benefit_index, benefit_title, value, "
        "measured_on, note, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
        org_id, initiative_id, m.benefit_index, m.benefit_title, m.value, format_iso_date(m.measured_on),
        m.note, now);
    id = c.last_insert_id();
  });
  return id;
}

std::vector<BenefitMeasurement> SqlInitiativeStore::measurements(std::int64_t org_id,
                                                                 std::int64_t initiative_id) {
  std::vector<BenefitMeasurement> out;
  db_->read([&](Connection& c) {
    // The value as text: SQLite prints a REAL to 15 significant digits, more than any measurement has (read
    // with from_chars: no locale).
    auto st = c.prepare(
        "SELECT id, benefit_index, benefit_title, CAST(value AS TEXT), measured_on, note "
        "FROM benefit_measurements WHERE org_id = ? AND initiative_id = ? ORDER BY measured_on, id",
        org_id, initiative_id);
    while (st->step()) {
      out.push_back(
          {st->int64(0), st->int32(1), st->text(2), real_of(st->text(3)), day_of(st->text(4)), st->text(5)});
    }
  });
  return out;
}

std::vector<Initiative> SqlInitiativeStore::initiatives_linking_decision(std::int64_t org_id,
                                                                         std::int64_t decision_id) {
  return select(
      "WHERE org_id = ?1 AND id IN (SELECT initiative_id FROM initiative_decisions "
      "WHERE org_id = ?1 AND decision_id = ?2) ORDER BY lower(title), id",
      org_id, decision_id);
}

std::vector<Initiative> SqlInitiativeStore::initiatives_linking_goal(std::int64_t org_id,
                                                                     std::int64_t goal_id) {
  return select(
      "WHERE org_id = ?1 AND id IN (SELECT initiative_id FROM initiative_goals "
      "WHERE org_id = ?1 AND goal_id = ?2) ORDER BY lower(title), id",
      org_id, goal_id);
}

}  // namespace forkant::sql
