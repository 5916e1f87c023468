// SqlCompetenceStore (competence_store.hpp): competencies, sectors and the matrix's cells (migration 021).
#include "storage/sql/competence_store.hpp"

#include "storage/database_error.hpp"
#include "storage/sql/column_codecs.hpp"

namespace forkant::sql {
namespace {

constexpr const char* kCompetenceColumns = "SELECT id, org_id, name, description, builtin FROM competencies ";
constexpr const char* kCellColumns =
    "SELECT id, org_id, competence_id, role, sector_id, current_level, needed_level, route, owner_id, "
    "due_on, "
    "note, step_id, version FROM competence_cells ";

Competence read_competence(const Statement& st) {
  return {st.int64(0), st.int64(1), st.text(2), st.text(3), st.opt_text(4).value_or("")};
}

CompetenceCell read_cell(const Statement& st) {
  CompetenceCell c;
  c.id = st.int64(0);
  c.org_id = st.int64(1);
  c.competence_id = st.int64(2);
  const auto role = competence_role_from_string(st.text(3));
  if (!role) throw DatabaseError("unknown competence role: " + st.text(3));
  c.role = *role;
  c.sector_id = st.opt_int64(4);
  c.current_level = st.int32(5);
  c.needed_level = st.int32(6);
  if (const auto route = st.opt_text(7)) {
    c.route = competence_route_from_string(*route);
    if (!c.route) throw DatabaseError("unknown competence route: " + *route);
  }
  c.owner_user_id = st.opt_int64(8);
  c.due_on = opt_day(st, 9);
  c.note = st.text(10);
  c.step_id = st.opt_int64(11);
  c.version = st.int32(12);
  return c;
}

std::optional<std::string> route_text(const std::optional<CompetenceRoute>& route) {
  if (!route) return std::nullopt;
  return std::string(to_string(*route));
}

}  // namespace

void SqlCompetenceStore::ensure_builtin(std::int64_t org_id, const std::string& key, const std::string& name,
                                        std::int64_t now) {
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO competencies(org_id, name, description, builtin, created_at) VALUES(?, ?, '', ?, ?) "
        "ON CONFLICT DO NOTHING",
        org_id, name, key, now);
  });
}

bool SqlCompetenceStore::has_builtin(std::int64_t org_id, const std::string& key) {
  bool found = false;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT id FROM competencies WHERE org_id = ? AND builtin = ?", org_id, key);
    found = st->step();
  });
  return found;
}

// The built-in row first, then by name without regard to ASCII case (lower() folds ASCII only, on both).
std::vector<Competence> SqlCompetenceStore::competencies(std::int64_t org_id) {
  std::vector<Competence> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        std::string(kCompetenceColumns) + "WHERE org_id = ? ORDER BY (builtin IS NULL), lower(name), id",
        org_id);
    while (st->step()) out.push_back(read_competence(*st));
  });
  return out;
}

std::optional<Competence> SqlCompetenceStore::find_competence(std::int64_t competence_id) {
  std::optional<Competence> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kCompetenceColumns) + "WHERE id = ?", competence_id);
    if (st->step()) out = read_competence(*st);
  });
  return out;
}

std::int64_t SqlCompetenceStore::insert_competence(const Competence& competence, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec("INSERT INTO competencies(org_id, name, description, created_at) VALUES(?, ?, ?, ?)",
           competence.org_id, competence.name, competence.description, now);
    id = c.last_insert_id();
  });
  return id;
}

void SqlCompetenceStore::update_competence(const Competence& competence) {
  db_->write([&](Connection& c) {
    c.exec("UPDATE competencies SET name = ?, description = ? WHERE org_id = ? AND id = ?", competence.name,
           competence.description, competence.org_id, competence.id);
  });
}

void SqlCompetenceStore::delete_competence(std::int64_t org_id, std::int64_t competence_id) {
  db_->write([&](Connection& c) {
    c.exec("DELETE FROM competence_cells WHERE org_id = ? AND competence_id = ?", org_id, competence_id);
    c.exec("DELETE FROM competencies WHERE org_id = ? AND id = ? AND builtin IS NULL", org_id, competence_id);
  });
}

std::vector<Sector> SqlCompetenceStore::sectors(std::int64_t org_id) {
  std::vector<Sector> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT id, org_id, name FROM competence_sectors WHERE org_id = ? ORDER BY lower(name), id", org_id);
    while (st->step()) out.push_back({st->int64(0), st->int64(1), st->text(2)});
  });
  return out;
}

std::optional<Sector> SqlCompetenceStore::find_sector(std::int64_t sector_id) {
  std::optional<Sector> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT id, org_id, name FROM competence_sectors WHERE id = ?", sector_id);
    if (st->step()) out = Sector{st->int64(0), st->int64(1), st->text(2)};
  });
  return out;
}

std::int64_t SqlCompetenceStore::insert_sector(const Sector& sector, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec("INSERT INTO competence_sectors(org_id, name, created_at) VALUES(?, ?, ?)", sector.org_id,
           sector.name, now);
    id = c.last_insert_id();
  });
  return id;
}

void SqlCompetenceStore::update_sector(const Sector& sector) {
  db_->write([&](Connection& c) {
    c.exec("UPDATE competence_sectors SET name = ? WHERE org_id = ? AND id = ?", sector.name, sector.org_id,
           sector.id);
  });
}

void SqlCompetenceStore::delete_sector(std::int64_t org_id, std::int64_t sector_id) {
  db_->write([&](Connection& c) {
    c.exec("DELETE FROM competence_cells WHERE org_id = ? AND sector_id = ?", org_id, sector_id);
    c.exec("DELETE FROM competence_sectors WHERE org_id = ? AND id = ?", org_id, sector_id);
  });
}

std::vector<CompetenceCell> SqlCompetenceStore::cells(std::int64_t org_id) {
  std::vector<CompetenceCell> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kCellColumns) + "WHERE org_id = ? ORDER BY id", org_id);
    while (st->step()) out.push_back(read_cell(*st));
  });
  return out;
}

std::optional<CompetenceCell> SqlCompetenceStore::find_cell(std::int64_t cell_id) {
  std::optional<CompetenceCell> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kCellColumns) + "WHERE id = ?", cell_id);
    if (st->step()) out = read_cell(*st);
  });
  return out;
}

std::int64_t SqlCompetenceStore::insert_cell(const CompetenceCell& cell, std::int64_t actor,
                                             std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO competence_cells(org_id, competence_id, role, sector_id, current_level, needed_level, "
        "route, "
        "owner_id, due_on, note, step_id, version, updated_by, updated_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
        cell.org_id, cell.competence_id, std::string(to_string(cell.role)), cell.sector_id,
        cell.current_level, cell.needed_level, route_text(cell.route), cell.owner_user_id,
        opt_iso(cell.due_on), cell.note, cell.step_id, actor, now);
    id = c.last_insert_id();
  });
  return id;
}

bool SqlCompetenceStore::update_cell(const CompetenceCell& cell, int expected_version, std::int64_t actor,
                                     std::int64_t now) {
  bool updated = false;
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE competence_cells SET current_level = ?, needed_level = ?, route = ?, owner_id = ?, due_on = "
        "?, "
        "note = ?, version = version + 1, updated_by = ?, updated_at = ? "
        "WHERE org_id = ? AND id = ? AND version = ?",
        cell.current_level, cell.needed_level, route_text(cell.route), cell.owner_user_id,
        opt_iso(cell.due_on), cell.note, actor, now, cell.org_id, cell.id, expected_version);
    updated = c.changes() == 1;
  });
  return updated;
}

void SqlCompetenceStore::link_step(std::int64_t org_id, std::int64_t cell_id, std::int64_t step_id) {
  db_->write([&](Connection& c) {
    c.exec("UPDATE competence_cells SET step_id = ? WHERE org_id = ? AND id = ?", step_id, org_id, cell_id);
  });
}

}  // namespace forkant::sql
