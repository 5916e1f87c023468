#include "storage/sqlite/audit_store.hpp"

#include <cstdint>

namespace forkant::sqlite {

void SqliteAuditStore::append_audit(const AuditEntry& e, std::int64_t at) {
  db_->write([&](Connection& c) {
    c.exec("INSERT INTO audit_log(org_id, actor_id, action, object, detail, at) VALUES(?, ?, ?, ?, ?, ?)",
           e.org_id, e.actor_id, e.action, e.object, e.detail, at);
  });
}

std::vector<AuditRecord> SqliteAuditStore::audit_records(std::int64_t org_id, int limit,
                                                         std::optional<std::int64_t> before_id) {
  std::vector<AuditRecord> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT a.id, a.at, COALESCE(u.name, ''), a.action, a.object, a.detail FROM audit_log a "
        "LEFT JOIN users u ON u.id = a.actor_id WHERE a.org_id = ? AND a.id < ? ORDER BY a.id DESC LIMIT ?",
        org_id, before_id.value_or(INT64_MAX), limit);
    while (st->step()) {
      out.push_back({st->int64(0), st->int64(1), st->text(2), st->text(3), st->text(4), st->text(5)});
    }
  });
  return out;
}

}  // namespace forkant::sqlite
