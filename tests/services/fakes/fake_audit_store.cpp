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

AuditMark FakeAuditStore::audit_mark(std::int64_t org_id) {
  AuditMark out;
  for (const auto& e : s_.entries) {
    if (e.entry.org_id != org_id) continue;
    out.newest_id = std::max(out.newest_id, e.id);
    ++out.entries;
  }
  return out;
}

std::vector<AuditRecord> FakeAuditStore::find_audit(std::int64_t org_id, const AuditQuery& q) {
  // The SQLite query's filters, newest first, then OFFSET and LIMIT.
  std::vector<AuditRecord> out;
  int skipped = 0;
  for (auto it = s_.entries.rbegin(); it != s_.entries.rend() && static_cast<int>(out.size()) < q.limit;
       ++it) {
    const AuditEntry& e = it->entry;
    if (e.org_id != org_id) continue;
    if (q.actor_id && e.actor_id != q.actor_id) continue;
    if (q.from_at && it->at < *q.from_at) continue;
    if (q.to_at && it->at >= *q.to_at) continue;
    if (!q.action_prefixes.empty() &&
        std::none_of(q.action_prefixes.begin(), q.action_prefixes.end(),
                     [&](const std::string& p) { return e.action.starts_with(p); }))
      continue;
    if (skipped++ < q.offset) continue;
    std::string name;
    if (e.actor_id && users_) {
      if (const auto u = users_->user(*e.actor_id)) name = u->name;
    }
    out.push_back({it->id, it->at, name, e.action, e.object, e.detail, e.actor_id});
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
