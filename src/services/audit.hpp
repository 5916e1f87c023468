#pragma once
// The audit log: who changed what and when, per organisation, append-only. Every service that changes
// data writes its entry in the same transaction as the change (Transactor, services/transactor.hpp).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "services/transactor.hpp"

namespace forkant {

struct AuditEntry {
  std::optional<std::int64_t> org_id;
  std::optional<std::int64_t> actor_id;  // none for the CLI and anonymous respondents
  std::string action;                    // e.g. "member.invited"
  std::string object;                    // e.g. "user:12"
  std::string detail;                    // short, never a secret
};

struct AuditRecord {
  std::int64_t id = 0;
  std::int64_t at = 0;
  std::string actor_name;  // empty for the system
  std::string action, object, detail;
  std::optional<std::int64_t> actor_id;
  bool personal_cleared = false;  // the retention job emptied actor and detail (services/privacy.hpp)
};

// A filtered page of one organisation's log, newest first.
inline constexpr std::size_t kMaxAuditPrefixes = 4;
struct AuditQuery {
  std::optional<std::int64_t> actor_id;
  std::vector<std::string> action_prefixes;  // any of these (at most kMaxAuditPrefixes); empty: every action
  std::optional<std::int64_t> from_at;       // inclusive, Unix seconds
  std::optional<std::int64_t> to_at;         // exclusive
  int offset = 0;
  int limit = 50;
};

struct AuditMark {
  std::int64_t newest_id = 0;  // 0: no entry
  std::int64_t entries = 0;    // 0 where the newest id is enough (see audit_mark)
};

class AuditStore {
 public:
  virtual ~AuditStore() = default;
  virtual void append_audit(const AuditEntry& entry, std::int64_t at) = 0;
  // Newest first; `before_id` pages backwards.
  virtual std::vector<AuditRecord> audit_records(std::int64_t org_id, int limit,
                                                 std::optional<std::int64_t> before_id) = 0;
  // Names the organisation's log as it is now, in one small query: two different sets of entries never get
  // the same mark (the overview's cache key, web/overview_state.hpp). Where ids are given in commit order
  // (SQLite: one writer) the newest id is enough. Where a smaller id can commit after a larger one was
  // seen (a PostgreSQL sequence, several instances writing) the number of entries is added: the log is
  // append-only, so every commit that adds entries raises it.
  virtual AuditMark audit_mark(std::int64_t org_id) = 0;
  // The entries of `org_id` that match `query`, newest first, from `query.offset`, at most `query.limit`.
  virtual std::vector<AuditRecord> find_audit(std::int64_t org_id, const AuditQuery& query) = 0;
};

}  // namespace forkant
