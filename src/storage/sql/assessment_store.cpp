#include "storage/sql/assessment_store.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "formats/answers_json.hpp"

namespace forkant::sql {
namespace {

RoundState parse_state(const std::string& s) {
  if (s == "open") return RoundState::open;
  if (s == "closed") return RoundState::closed;
  return RoundState::draft;
}

ResponseAnswers parse_answers(const std::string& text) {
  auto parsed = answers_from_json(nlohmann::json::parse(text, nullptr, false));
  if (!parsed) throw DatabaseError("stored answers do not parse");
  return *parsed;
}

// Rounds with their framework and groups. The three parameter slots are bound as the WHERE clause names
// them (?1, ?2, ?3), never concatenated.
std::vector<RoundRow> query_rounds(Connection& c, const std::string& where, std::int64_t a,
                                   std::int64_t b = 0, const std::string& s = "") {
  std::vector<RoundRow> out;
  auto st = c.prepare(
      "SELECT r.id, r.org_id, r.title, r.framework_id, f.key, f.version, r.state, r.min_respondents, "
      "r.created_at, "
      "r.opened_at, r.closed_at, r.top_group FROM rounds r JOIN frameworks f ON f.id = r.framework_id " +
      where);
  st->bind(1, a);
  if (where.find("?2") != std::string::npos) st->bind(2, b);
  if (where.find("?3") != std::string::npos) st->bind(3, s);
  while (st->step()) {
    out.push_back({st->int64(0),
                   st->int64(1),
                   st->text(2),
                   st->int64(3),
                   st->text(4),
                   st->int32(5),
                   parse_state(st->text(6)),
                   st->int32(7),
                   st->int64(8),
                   st->opt_int64(9),
                   st->opt_int64(10),
                   {},
                   st->text(11)});
  }
  auto groups = c.prepare("SELECT name FROM round_groups WHERE round_id = ? ORDER BY position");
  for (auto& r : out) {
    groups->reset();
    groups->bind(1, r.id);
    while (groups->step()) r.groups.push_back(groups->text(0));
  }
  return out;
}

}  // namespace

std::vector<FrameworkRow> SqlAssessmentStore::frameworks() {
  std::vector<FrameworkRow> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT id, key, version, source FROM frameworks ORDER BY key, version");
    while (st->step()) out.push_back({st->int64(0), st->text(1), st->int32(2), st->text(3)});
  });
  return out;
}

std::optional<FrameworkRow> SqlAssessmentStore::framework_by_id(std::int64_t id) {
  std::optional<FrameworkRow> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT id, key, version, source FROM frameworks WHERE id = ?", id);
    if (st->step()) out = FrameworkRow{st->int64(0), st->text(1), st->int32(2), st->text(3)};
  });
  return out;
}

std::int64_t SqlAssessmentStore::insert_framework(const std::string& key, int version,
                                                  const std::string& source, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec("INSERT INTO frameworks(key, version, source, created_at) VALUES(?, ?, ?, ?)", key, version,
           source, now);
    id = c.last_insert_id();
  });
  return id;
}

std::int64_t SqlAssessmentStore::insert_round(std::int64_t org_id, const std::string& title,
                                              std::int64_t framework_id, int k,
                                              const std::vector<std::string>& groups,
                                              const std::string& top_group, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO rounds(org_id, title, framework_id, min_respondents, created_at, top_group) "
        "VALUES(?, ?, ?, ?, ?, ?)",
        org_id, title, framework_id, k, now, top_group);
    id = c.last_insert_id();
    auto st = c.prepare("INSERT INTO round_groups(round_id, position, name) VALUES(?, ?, ?)");
    for (std::size_t i = 0; i < groups.size(); ++i) {
      st->reset();
      st->bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, groups[i]);
      st->run();
    }
  });
  return id;
}

std::optional<RoundRow> SqlAssessmentStore::find_round(std::int64_t round_id) {
  std::optional<RoundRow> out;
  db_->read([&](Connection& c) {
    auto rows = query_rounds(c, "WHERE r.id = ?1", round_id);
    if (!rows.empty()) out = std::move(rows.front());
  });
  return out;
}

std::vector<RoundRow> SqlAssessmentStore::rounds(std::int64_t org_id) {
  std::vector<RoundRow> out;
  db_->read([&](Connection& c) {
    out = query_rounds(c, "WHERE r.org_id = ?1 ORDER BY r.created_at DESC, r.id DESC", org_id);
  });
  return out;
}

std::optional<RoundRow> SqlAssessmentStore::previous_closed_round(std::int64_t org_id,
                                                                  const std::string& framework_key,
                                                                  std::int64_t closed_before) {
  std::optional<RoundRow> out;
  db_->read([&](Connection& c) {
    auto rows = query_rounds(c,
                             "WHERE r.org_id = ?1 AND r.state = 'closed' AND r.closed_at < ?2 AND f.key = ?3 "
                             "ORDER BY r.closed_at DESC, r.id DESC",
                             org_id, closed_before, framework_key);
    if (!rows.empty()) out = std::move(rows.front());
  });
  return out;
}

bool SqlAssessmentStore::set_round_state(std::int64_t round_id, RoundState from, RoundState to,
                                         std::int64_t now) {
  bool moved = false;
  db_->write([&](Connection& c) {
    const char* column = to == RoundState::open ? "opened_at" : "closed_at";
    c.exec(std::string("UPDATE rounds SET state = ?, ") + column + " = ? WHERE id = ? AND state = ?",
           round_state_name(to), now, round_id, round_state_name(from));
    moved = c.changes() == 1;
  });
  return moved;
}

std::vector<GroupCount> SqlAssessmentStore::group_counts(std::int64_t round_id) {
  std::vector<GroupCount> out;
  db_->read([&](Connection& c) {
    // Links are the invitations no coordinator typed into (a paper entry is no link).
    auto st = c.prepare(
        "SELECT g.name, "
        "(SELECT COUNT(*) FROM invitations i WHERE i.round_id = g.round_id AND i.group_name = g.name "
        "   AND i.entered_by IS NULL), "
        "(SELECT COUNT(*) FROM invitations i WHERE i.round_id = g.round_id AND i.group_name = g.name "
        "   AND i.state = 'started' AND i.entered_by IS NULL), "
        "(SELECT COUNT(*) FROM responses r WHERE r.round_id = g.round_id AND r.group_name = g.name), "
        "(SELECT COUNT(*) FROM responses r WHERE r.round_id = g.round_id AND r.group_name = g.name "
        "   AND r.source = 'import') "
        "FROM round_groups g WHERE g.round_id = ? ORDER BY g.position",
        round_id);
    while (st->step()) out.push_back({st->text(0), st->int32(1), st->int32(2), st->int32(3), st->int32(4)});
  });
  return out;
}

std::vector<std::pair<std::int64_t, int>> SqlAssessmentStore::open_round_submissions(std::int64_t org_id) {
  std::vector<std::pair<std::int64_t, int>> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT ro.id, (SELECT COUNT(*) FROM responses r WHERE r.round_id = ro.id) "
        "FROM rounds ro WHERE ro.org_id = ? AND ro.state = 'open' ORDER BY ro.id",
        org_id);
    while (st->step()) out.emplace_back(st->int64(0), st->int32(1));
  });
  return out;
}

bool SqlAssessmentStore::update_draft_round(std::int64_t round_id, const std::string& title, int k,
                                            const std::vector<std::string>& groups,
                                            const std::string& top_group) {
  bool changed = false;
  db_->write([&](Connection& c) {
    c.exec("UPDATE rounds SET title = ?, min_respondents = ?, top_group = ? WHERE id = ? AND state = 'draft'",
           title, k, top_group, round_id);
    changed = c.changes() == 1;
    if (!changed) return;
    std::vector<std::string> old;
    {
      auto st = c.prepare("SELECT name FROM round_groups WHERE round_id = ?", round_id);
      while (st->step()) old.push_back(st->text(0));
    }
    for (const auto& name : old) {
      if (std::find(groups.begin(), groups.end(), name) == groups.end()) {
        c.exec("DELETE FROM round_groups WHERE round_id = ? AND name = ?", round_id, name);
      }
    }
    auto st = c.prepare(
        "INSERT INTO round_groups(round_id, position, name) VALUES(?, ?, ?) "
        "ON CONFLICT(round_id, name) DO UPDATE SET position = excluded.position");
    for (std::size_t i = 0; i < groups.size(); ++i) {
      st->reset();
      st->bind(1, round_id).bind(2, static_cast<std::int64_t>(i)).bind(3, groups[i]);
      st->run();
    }
  });
  return changed;
}

RoundDeletion SqlAssessmentStore::delete_draft_round(std::int64_t round_id) {
  RoundDeletion out = RoundDeletion::not_draft;
  db_->write([&](Connection& c) {
    out = RoundDeletion::not_draft;  // PostgreSQL may run this again: the last run answers
    {
      auto st = c.prepare(
          "SELECT state = 'draft', (SELECT COUNT(*) FROM decisions d WHERE d.round_id = r.id) "
          "FROM rounds r WHERE r.id = ?",
          round_id);
      if (!st->step() || st->int64(0) == 0) return;
      if (st->int64(1) > 0) {
        out = RoundDeletion::in_use;
        return;
      }
    }
    c.exec("DELETE FROM drafts WHERE invitation_id IN (SELECT id FROM invitations WHERE round_id = ?)",
           round_id);
    c.exec("DELETE FROM invitations WHERE round_id = ?", round_id);
    c.exec("DELETE FROM round_groups WHERE round_id = ?", round_id);
    c.exec("DELETE FROM rounds WHERE id = ? AND state = 'draft'", round_id);
    out = RoundDeletion::deleted;
  });
  return out;
}

void SqlAssessmentStore::insert_invitation(std::int64_t round_id, const std::string& group,
                                           const std::string& token_hash, std::int64_t now) {
  db_->write([&](Connection& c) {
    c.exec("INSERT INTO invitations(round_id, group_name, token_hash, created_at) VALUES(?, ?, ?, ?)",
           round_id, group, token_hash, now);
  });
}

std::int64_t SqlAssessmentStore::insert_paper_entry(std::int64_t round_id, const std::string& group,
                                                    const std::string& token_hash, std::int64_t entered_by,
                                                    std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO invitations(round_id, group_name, token_hash, created_at, entered_by) "
        "VALUES(?, ?, ?, ?, ?)",
        round_id, group, token_hash, now, entered_by);
    id = c.last_insert_id();
  });
  return id;
}

namespace {

InvitationRecord invitation_row(Statement& st) {
  return InvitationRecord{st.int64(0), st.int64(1), st.text(2), st.text(3), st.opt_int64(4)};
}

}  // namespace

std::optional<InvitationRecord> SqlAssessmentStore::find_invitation(const std::string& token_hash) {
  std::optional<InvitationRecord> out;
  db_->read([&](Connection& c) {
    auto st =
        c.prepare("SELECT id, round_id, group_name, state, entered_by FROM invitations WHERE token_hash = ?",
                  token_hash);
    if (st->step()) out = invitation_row(*st);
  });
  return out;
}

std::optional<InvitationRecord> SqlAssessmentStore::find_invitation_by_id(std::int64_t invitation_id) {
  std::optional<InvitationRecord> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT id, round_id, group_name, state, entered_by FROM invitations WHERE id = ?",
                        invitation_id);
    if (st->step()) out = invitation_row(*st);
  });
  return out;
}

std::optional<ResponseAnswers> SqlAssessmentStore::draft(std::int64_t invitation_id) {
  std::optional<ResponseAnswers> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT answers FROM drafts WHERE invitation_id = ?", invitation_id);
    if (st->step()) out = parse_answers(st->text(0));
  });
  return out;
}

void SqlAssessmentStore::save_draft(std::int64_t invitation_id, const ResponseAnswers& answers) {
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO drafts(invitation_id, answers) VALUES(?, ?) "
        "ON CONFLICT(invitation_id) DO UPDATE SET answers = excluded.answers",
        invitation_id, answers_to_json(answers).dump());
    c.exec("UPDATE invitations SET state = 'started' WHERE id = ? AND state = 'new'", invitation_id);
  });
}

void SqlAssessmentStore::submit_response(std::int64_t invitation_id, std::int64_t round_id,
                                         const std::string& group, const ResponseAnswers& answers,
                                         const std::string& day, std::optional<std::int64_t> entered_by) {
  db_->write([&](Connection& c) {
    insert_response(round_id, group, answers, day, entered_by);
    c.exec("DELETE FROM drafts WHERE invitation_id = ?", invitation_id);
    c.exec("UPDATE invitations SET state = 'submitted' WHERE id = ?", invitation_id);
  });
}

void SqlAssessmentStore::insert_response(std::int64_t round_id, const std::string& group,
                                         const ResponseAnswers& answers, const std::string& day,
                                         std::optional<std::int64_t> entered_by) {
  db_->write([&](Connection& c) {
    // A random row id in 1 .. 2^53: the order of rows must not tell the order of submissions. SQLite's
    // random() is a 64-bit integer, PostgreSQL's a double in [0, 1).
    c.exec(std::string(
               "INSERT INTO responses(id, round_id, group_name, answers, submitted_on, source, entered_by) "
               "VALUES(") +
               (c.dialect() == Dialect::postgresql ? "CAST(floor(random() * 9007199254740992) AS BIGINT) + 1"
                                                   : "(random() & 9007199254740991) + 1") +
               ", ?, ?, ?, ?, ?, ?)",
           round_id, group, answers_to_json(answers).dump(), day, entered_by ? "import" : "link", entered_by);
  });
}

std::vector<SubmittedResponse> SqlAssessmentStore::submitted_responses(std::int64_t round_id) {
  std::vector<SubmittedResponse> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT r.group_name, r.answers, r.source = 'import', COALESCE(u.name, '') FROM responses r "
        "LEFT JOIN users u ON u.id = r.entered_by WHERE r.round_id = ? ORDER BY r.id",
        round_id);
    while (st->step()) {
      SubmittedResponse r{st->text(0), parse_answers(st->text(1)), std::nullopt};
      if (st->int64(2) != 0) r.entered_by = st->text(3);
      out.push_back(std::move(r));
    }
  });
  return out;
}

}  // namespace forkant::sql
