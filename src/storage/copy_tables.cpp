#include "storage/copy_tables.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <variant>

namespace forkant {
namespace {

// Table and column names come from the source's catalogue, never from input, and every value is a bound
// parameter; the names are quoted so that each is read as one name whatever it holds.
std::string quoted(const std::string& name) {
  std::string out = "\"";
  for (const char ch : name) {
    out += ch;
    if (ch == '"') out += '"';
  }
  return out + "\"";
}

std::string column_list(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + quoted(n);
  return out;
}

struct Table {
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::string> key;   // the primary key's columns in order; empty: none declared (rowid)
  bool integer_key = false;       // one INTEGER column: the id a sequence hands out on PostgreSQL
  std::set<std::string> parents;  // the other tables its foreign keys name
  // Columns that name another row of the same table by its integer key (a decision superseded by a later
  // one). A value naming a row not yet copied is written afterwards, as an UPDATE.
  std::vector<std::size_t> self_references;
};

// The tables an installation's data lives in. pragma table_list calls FTS5's index 'virtual' and its
// storage 'shadow', so they drop out with SQLite's own tables.
std::vector<std::string> data_tables(sql::Connection& c) {
  auto st = c.prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
      "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'schema_migrations' ORDER BY name");
  std::vector<std::string> out;
  while (st->step()) out.push_back(st->text(0));
  return out;
}

void read_columns(sql::Connection& c, Table& t) {
  std::vector<std::pair<std::int64_t, std::string>> key;
  bool key_is_integer = false;
  auto cols =
      c.prepare("SELECT name, pk, upper(type) = 'INTEGER' FROM pragma_table_info(?1) ORDER BY cid", t.name);
  while (cols->step()) {
    t.columns.push_back(cols->text(0));
    if (cols->int64(1) > 0) {
      key.emplace_back(cols->int64(1), cols->text(0));
      key_is_integer = cols->int64(2) != 0;
    }
  }
  std::sort(key.begin(), key.end());
  for (auto& [position, name] : key) t.key.push_back(std::move(name));
  t.integer_key = t.key.size() == 1 && key_is_integer;
}

void read_foreign_keys(sql::Connection& c, Table& t) {
  auto fks = c.prepare("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?1)", t.name);
  while (fks->step()) {
    if (fks->text(0) != t.name) {
      t.parents.insert(fks->text(0));
      continue;
    }
    // In a composite key (org_id, superseded_by_id) -> (org_id, id) only the column naming the id counts.
    const std::string from = fks->text(1);
    const std::string to = fks->is_null(2) ? (t.key.empty() ? "" : t.key[0]) : fks->text(2);
    if (!t.integer_key || to != t.key[0] || from == to) continue;
    const auto col =
        static_cast<std::size_t>(std::find(t.columns.begin(), t.columns.end(), from) - t.columns.begin());
    if (std::find(t.self_references.begin(), t.self_references.end(), col) == t.self_references.end()) {
      t.self_references.push_back(col);
    }
  }
}

// Parents before children; among tables that are ready, by name, so that the order is the same each time.
std::vector<Table> in_foreign_key_order(std::vector<Table> pending) {
  std::set<std::string> names;
  for (const auto& t : pending) names.insert(t.name);
  std::vector<Table> out;
  std::set<std::string> placed;
  while (!pending.empty()) {
    const auto ready = std::find_if(pending.begin(), pending.end(), [&](const Table& t) {
      return std::all_of(t.parents.begin(), t.parents.end(),
                         [&](const std::string& p) { return placed.count(p) || !names.count(p); });
    });
    if (ready == pending.end()) {
      throw DatabaseError("copy: the foreign keys of table " + pending.front().name + " form a cycle");
    }
    placed.insert(ready->name);
    out.push_back(std::move(*ready));
    pending.erase(ready);
  }
  return out;
}

std::set<std::int64_t> migration_versions(sql::Connection& c) {
  std::set<std::int64_t> out;
  auto st = c.prepare("SELECT version FROM schema_migrations");
  while (st->step()) out.insert(st->int64(0));
  return out;
}

void refuse_unless_ready(sql::Connection& from, sql::Connection& to, const std::vector<Table>& tables) {
  const auto source = migration_versions(from);
  const auto target = migration_versions(to);
  if (source != target) {
    const auto last = [](const std::set<std::int64_t>& v) { return v.empty() ? 0 : *v.rbegin(); };
    throw CopyRefused("the source is at migration " + std::to_string(last(source)) + " and the target at " +
                      std::to_string(last(target)) +
                      ": bring the source up to date first (forkant migrate --db SOURCE)");
  }
  for (const auto& t : tables) {
    if (to.prepare("SELECT 1 FROM " + quoted(t.name) + " LIMIT 1")->step()) {
      throw CopyRefused("the target already holds data (table " + t.name +
                        "): copy into a new, empty database");
    }
  }
}

using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

// One column of the source's row, as SQLite stores it. A REAL is read as 17 significant digits, which
// give back the same double (SQLite's own text form keeps 15).
Value read_value(const sql::Statement& st, int type_col) {
  const std::string type = st.text(type_col);
  if (type == "null") return nullptr;
  if (type == "integer") return st.int64(type_col + 1);
  if (type == "real") return std::strtod(st.text(type_col + 1).c_str(), nullptr);
  return st.text(type_col + 1);  // text, and the bytes of a blob
}

std::string select_all(const Table& t) {
  std::string sql = "SELECT ";
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    const auto c = quoted(t.columns[i]);
    sql += (i ? ", " : "") + ("typeof(" + c + "), CASE typeof(" + c + ") WHEN 'real' THEN printf('%!.17g', " +
                              c + ") ELSE " + c + " END");
  }
  return sql + " FROM " + quoted(t.name) + " ORDER BY " + (t.key.empty() ? "rowid" : column_list(t.key));
}

// Up to this many parameters per INSERT (SQLite allows 32,766 and PostgreSQL 65,535): many rows a round
// trip, which is what makes a copy of the national data set take seconds rather than minutes.
constexpr std::size_t kParametersPerInsert = 1000;
constexpr std::size_t kRowsPerInsert = 100;

std::string insert_rows(const Table& t, std::size_t rows, sql::Dialect dialect) {
  // The ids are the source's: an identity column on PostgreSQL must take them as given.
  std::string sql = "INSERT INTO " + quoted(t.name) + " (" + column_list(t.columns) + ")" +
                    (dialect == sql::Dialect::postgresql ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES ";
  std::size_t n = 1;
  for (std::size_t r = 0; r < rows; ++r) {
    sql += r ? ", (" : "(";
    for (std::size_t c = 0; c < t.columns.size(); ++c) sql += (c ? ", ?" : "?") + std::to_string(n++);
    sql += ")";
  }
  return sql;
}

void insert_batch(sql::Connection& to, const Table& t, const std::vector<std::vector<Value>>& rows) {
  if (rows.empty()) return;
  auto st = to.prepare(insert_rows(t, rows.size(), to.dialect()));
  int index = 1;
  for (const auto& row : rows) {
    for (const auto& v : row) std::visit([&](const auto& x) { st->bind(index++, x); }, v);
  }
  st->run();
}

struct LaterUpdate {
  std::size_t column;
  std::int64_t row_id;
  std::int64_t value;
};

std::int64_t copy_rows(sql::Connection& from, sql::Connection& to, const Table& t) {
  const std::size_t batch = std::clamp<std::size_t>(
      kParametersPerInsert / std::max<std::size_t>(t.columns.size(), 1), 1, kRowsPerInsert);
  std::vector<std::vector<Value>> rows;
  std::vector<LaterUpdate> later;
  std::int64_t copied = 0;
  auto st = from.prepare(select_all(t));
  while (st->step()) {
    std::vector<Value> row;
    for (std::size_t c = 0; c < t.columns.size(); ++c)
      row.push_back(read_value(*st, static_cast<int>(2 * c)));
    for (const auto c : t.self_references) {
      const auto key = std::find(t.columns.begin(), t.columns.end(), t.key[0]) - t.columns.begin();
      const auto* id = std::get_if<std::int64_t>(&row[static_cast<std::size_t>(key)]);
      const auto* ref = std::get_if<std::int64_t>(&row[c]);
      if (id && ref && *ref >= *id) {
        later.push_back({c, *id, *ref});
        row[c] = nullptr;
      }
    }
    rows.push_back(std::move(row));
    if (rows.size() == batch) {
      insert_batch(to, t, rows);
      rows.clear();
    }
    ++copied;
  }
  insert_batch(to, t, rows);
  for (const auto& u : later) {
    to.exec("UPDATE " + quoted(t.name) + " SET " + quoted(t.columns[u.column]) + " = ?1 WHERE " +
                quoted(t.key[0]) + " = ?2",
            u.value, u.row_id);
  }
  return copied;
}

// A row the INSERT did not write (a trigger, a rule) would make the copy quietly incomplete.
void check_count(sql::Connection& to, const Table& t, std::int64_t copied) {
  auto st = to.prepare("SELECT COUNT(*) FROM " + quoted(t.name));
  st->step();
  if (st->int64(0) != copied) {
    throw DatabaseError("copy: table " + t.name + " holds " + std::to_string(st->int64(0)) +
                        " rows after copying " + std::to_string(copied));
  }
}

// The next id PostgreSQL hands out must come after the copied ones.
void move_sequence_past_copied_ids(sql::Connection& to, const Table& t) {
  if (to.dialect() != sql::Dialect::postgresql || !t.integer_key) return;
  to.exec("SELECT setval(pg_get_serial_sequence(?1, ?2), m) FROM (SELECT MAX(" + quoted(t.key[0]) +
              ") AS m FROM " + quoted(t.name) + ") AS copied WHERE m IS NOT NULL",
          quoted(t.name), t.key[0]);
}

}  // namespace

std::vector<CopiedTable> copy_tables(sql::Database& from, sql::Database& to) {
  if (from.dialect() != sql::Dialect::sqlite) throw CopyRefused("the source must be a SQLite database");
  std::vector<CopiedTable> out;
  from.read([&](sql::Connection& source) {
    std::vector<Table> tables;
    for (auto& name : data_tables(source)) {
      Table t;
      t.name = std::move(name);
      read_columns(source, t);
      read_foreign_keys(source, t);
      tables.push_back(std::move(t));
    }
    tables = in_foreign_key_order(std::move(tables));
    to.write([&](sql::Connection& target) {
      out.clear();  // PostgreSQL may run a write again after a serialization failure
      refuse_unless_ready(source, target, tables);
      for (const auto& t : tables) {
        const auto copied = copy_rows(source, target, t);
        check_count(target, t, copied);
        move_sequence_past_copied_ids(target, t);
        out.push_back({t.name, copied});
      }
    });
  });
  return out;
}

}  // namespace forkant
