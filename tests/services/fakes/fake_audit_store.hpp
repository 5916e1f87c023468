#pragma once
// The audit log in memory, append-only like the SQLite table. Besides the interface, a test reads every
// entry with what was written (org, actor, action, object, detail, time) and whether it was written
// inside a transaction, and can make the append of one action throw to test atomicity.

#include <optional>
#include <string>
#include <vector>

#include "fakes/fake_transactor.hpp"
#include "services/audit.hpp"

namespace forkant::test {

class FakeAccountStore;

struct LoggedEntry {
  std::int64_t id = 0;
  std::int64_t at = 0;
  AuditEntry entry;
  bool in_transaction = false;
};

class FakeAuditStore final : public AuditStore, public FakeTable {
 public:
  // `users` names the actors (the SQLite query joins users); `tx` tells whether a write is in a transaction.
  FakeAuditStore(const FakeAccountStore* users, const FakeTransactor* tx) : users_(users), tx_(tx) {}

  void append_audit(const AuditEntry& entry, std::int64_t at) override;
  std::vector<AuditRecord> audit_records(std::int64_t org_id, int limit,
                                         std::optional<std::int64_t> before_id) override;
  AuditMark audit_mark(std::int64_t org_id) override;
  std::vector<AuditRecord> find_audit(std::int64_t org_id, const AuditQuery& query) override;

  const std::vector<LoggedEntry>& entries() const { return s_.entries; }
  // The entries with this action, oldest first.
  std::vector<LoggedEntry> with_action(const std::string& action) const;
  int count(const std::string& action) const { return static_cast<int>(with_action(action).size()); }
  // The next append of `action` throws FakeStoreError (once).
  void fail_on(std::string action) { fail_on_ = std::move(action); }

  std::function<void()> snapshot() override { return snapshot_of(s_); }

 private:
  struct State {
    std::int64_t next_id = 1;
    std::vector<LoggedEntry> entries;
  } s_;
  const FakeAccountStore* users_;
  const FakeTransactor* tx_;
  std::optional<std::string> fail_on_;
};

}  // namespace forkant::test
