#include "storage/sql/audit_store.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace forkant::sql {

void SqlAuditStore::append_audit(const AuditEntry& e, std::int64_t at) {
  db_->write([&](Connection& c) {
    c.exec("INSERT INTO audit_log(org_id, actor_id, action, object, detail, at) VALUES(?, ?, ?, ?, ?, ?)",
           e.org_id, e.actor_id, e.action, e.object, e.detail, at);
  });
}

std::vector<AuditRecord> SqlAuditStore::audit_records(std::int64_t org_id, int limit,
                                                      std::optional<std::int64_t> before_id) {
  std::vector<AuditRecord> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT a.id, a.at, COALESCE(u.name, ''), a.action, a.object, a.detail, a.actor_id, "
        "a.personal_cleared_at IS NOT NULL FROM audit_log a "
        "LEFT JOIN users u ON u.id = a.actor_id WHERE a.org_id = ? AND a.id < ? ORDER BY a.id DESC LIMIT ?",
        org_id, before_id.value_or(INT64_MAX), limit);
    while (st->step()) {
      AuditRecord r{st->int64(0), st->int64(1), st->text(2), st->text(3), st->text(4), st->text(5)};
      r.actor_id = st->opt_int64(6);
      r.personal_cleared = st->int64(7) != 0;
      out.push_back(std::move(r));
    }
  });
  return out;
}

AuditMark SqlAuditStore::audit_mark(std::int64_t org_id) {
  AuditMark out;
  db_->read([&](Connection& c) {
    // SQLite's one writer gives ids in commit order: the newest id names the log, from the index alone.
    const bool ordered = c.dialect() == Dialect::sqlite;
    auto st = c.prepare(ordered ? "SELECT COALESCE(MAX(id), 0), 0 FROM audit_log WHERE org_id = ?"
                                : "SELECT COALESCE(MAX(id), 0), COUNT(*) FROM audit_log WHERE org_id = ?",
                        org_id);
    if (st->step()) out = {st->int64(0), st->int64(1)};
  });
  return out;
}

std::vector<AuditRecord> SqlAuditStore::find_audit(std::int64_t org_id, const AuditQuery& q) {
  if (q.action_prefixes.size() > kMaxAuditPrefixes) throw std::invalid_argument("too many action prefixes");
  std::array<std::optional<std::string>, kMaxAuditPrefixes> prefixes;
  for (std::size_t i = 0; i < q.action_prefixes.size(); ++i) prefixes.at(i) = q.action_prefixes[i];
  const auto any_prefix = static_cast<std::int64_t>(q.action_prefixes.size());
  std::vector<AuditRecord> out;
  db_->read([&](Connection& c) {
    // instr(...) = 1 is an exact prefix test (LIKE would read "_" in "meeting_series." as a wildcard).
    // The optional criteria are cast: PostgreSQL cannot tell the type of a bare `? IS NULL`.
    auto st = c.prepare(
        "SELECT a.id, a.at, COALESCE(u.name, ''), a.action, a.object, a.detail, a.actor_id, "
        "a.personal_cleared_at IS NOT NULL FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id WHERE "
        "a.org_id = ? "
        "AND (CAST(? AS BIGINT) IS NULL OR a.actor_id = ?) AND (CAST(? AS BIGINT) IS NULL OR a.at >= ?) "
        "AND (CAST(? AS BIGINT) IS NULL OR a.at < ?) "
        "AND (CAST(? AS BIGINT) = 0 OR instr(a.action, ?) = 1 OR instr(a.action, ?) = 1 "
        "OR instr(a.action, ?) = 1 OR instr(a.action, ?) = 1) ORDER BY a.id DESC LIMIT ? OFFSET ?",
        org_id, q.actor_id, q.actor_id, q.from_at, q.from_at, q.to_at, q.to_at, any_prefix, prefixes[0],
        prefixes[1], prefixes[2], prefixes[3], q.limit, q.offset);
    while (st->step()) {
      AuditRecord r{st->int64(0), st->int64(1), st->text(2), st->text(3), st->text(4), st->text(5)};
      r.actor_id = st->opt_int64(6);
      r.personal_cleared = st->int64(7) != 0;
      out.push_back(std::move(r));
    }
  });
  return out;
}

}  // namespace forkant::sql
