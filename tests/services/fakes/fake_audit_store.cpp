#include "fakes/fake_audit_store.hpp"

#include <algorithm>

#include "fakes/fake_account_store.hpp"

namespace forkant::test {

void FakeAuditStore::append_audit(const AuditEntry& entry, std::int64_t at) {
  if (fail_on_ && *fail_on_ == entry.action) {
    fail_on_.reset();
    throw FakeStoreError("audit append of " + entry.action + " failed (by the test)");
  }
  s_.entries.push_back({s_.next_id++, at, entry, tx_ && tx_->in_transaction()});
}

std::vector<AuditRecord> FakeAuditStore::audit_records(std::int64_t org_id, int limit,
                                                       std::optional<std::int64_t> before_id) {
  // WHERE org_id = ? AND id < ? ORDER BY id DESC LIMIT ?, actor name by LEFT JOIN users.
  std::vector<AuditRecord> out;
  for (auto it = s_.entries.rbegin(); it != s_.entries.rend() && static_cast<int>(out.size()) < limit; ++it) {
    if (it->entry.org_id != org_id) continue;
    if (before_id && it->id >= *before_id) continue;
    std::string name;
    if (it->entry.actor_id && users_) {
      if (const auto u = users_->user(*it->entry.actor_id)) name = u->name;
    }
    out.push_back({it->id, it->at, name, it->entry.action, it->entry.object, it->entry.detail});
  }
  return out;
}

std::vector<LoggedEntry> FakeAuditStore::with_action(const std::string& action) const {
  std::vector<LoggedEntry> out;
  std::copy_if(s_.entries.begin(), s_.entries.end(), std::back_inserter(out),
               [&](const LoggedEntry& e) { return e.entry.action == action; });
  return out;
}

}  // namespace forkant::test
