#pragma once
// The AuditStore (services/audit.hpp): the append-only audit log (migration 001). An entry is
// written in the transaction of the change it records (Transactor's rule).

#include <memory>

#include "services/audit.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlAuditStore final : public AuditStore {
 public:
  explicit SqlAuditStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  void append_audit(const AuditEntry& entry, std::int64_t at) override;
  std::vector<AuditRecord> audit_records(std::int64_t org_id, int limit,
                                         std::optional<std::int64_t> before_id) override;
  AuditMark audit_mark(std::int64_t org_id) override;
  std::vector<AuditRecord> find_audit(std::int64_t org_id, const AuditQuery& query) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
