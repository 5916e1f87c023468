#include "storage/sql/ops_stats_store.hpp"

namespace forkant::sql {

std::int64_t SqlOpsStatsStore::open_rounds() {
  std::int64_t n = 0;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT count(*) FROM rounds WHERE state = 'open'");
    if (st->step()) n = st->int64(0);
  });
  return n;
}

std::int64_t SqlOpsStatsStore::database_size_bytes() {
  std::int64_t bytes = 0;
  db_->read([&](Connection& c) {
    // SQLite: the main file's pages (the WAL beside it is checkpointed into them as it goes).
    auto st = c.dialect() == Dialect::postgresql
                  ? c.prepare("SELECT pg_database_size(current_database())")
                  : c.prepare("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
    if (st->step()) bytes = st->int64(0);
  });
  return bytes;
}

}  // namespace forkant::sql
