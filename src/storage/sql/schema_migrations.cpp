#include "storage/sql/schema_migrations.hpp"

namespace forkant::sql {

namespace {

// The same table on both backends, applied_at as the same ISO 8601 UTC text; only the clock differs.
const char* create_table(Dialect dialect) {
  if (dialect == Dialect::postgresql) {
    return "CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
           "applied_at TEXT NOT NULL DEFAULT (to_char(now() AT TIME ZONE 'UTC', "
           "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')))";
  }
  return "CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
         "applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))";
}

}  // namespace

std::set<int> SqlMigrationTarget::applied_versions() {
  db_->write([&](Connection& c) { c.exec_script(create_table(db_->dialect())); });
  std::set<int> done;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT version FROM schema_migrations");
    while (st->step()) done.insert(st->int32(0));
  });
  return done;
}

void SqlMigrationTarget::apply(const Migration& m) {
  db_->write([&](Connection& c) {
    c.exec_script(m.sql);
    c.exec("INSERT INTO schema_migrations(version, name) VALUES(?, ?)", m.version, m.name);
  });
}

}  // namespace forkant::sql
