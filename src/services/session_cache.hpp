#pragma once
// Signed-in sessions kept in memory, so that a page view does not read the session and the account from
// the database on every request (AccountService::resume). The kept row is the stored row, kept in step
// with the writes this process makes (the once-a-minute touch), so the expiry rules are computed from
// exactly the values they were computed from before. Every write that ends a session or changes the
// account goes through AccountService, which forgets the affected entries after its write committed; a
// read that raced such a write is not kept (the generation below), so a sign-out, a password change or a
// language change takes effect on the very next request. Only this process writes sessions and accounts
// (the CLI creates users and tokens, never ends sessions), which is what makes keeping them correct: so it
// is used only on a database one process serves (SQLite). With several instances on one database
// (PostgreSQL, Backend::shared) a sign-out on another instance would not reach this memory, and
// AccountService reads every session from the database instead (docs/instances.md).
// Thread-safe; bounded by dropping everything when full (an entry costs one read to make again).

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "services/accounts.hpp"

namespace forkant {

class SessionCache {
 public:
  struct Entry {
    SessionRow row;
    User user;
  };

  explicit SessionCache(std::size_t max_entries = 10000) : max_entries_(max_entries) {}

  std::optional<Entry> find(const std::string& id_hash) const;
  // Read before the database is: keep() refuses an entry read before a later forget().
  std::uint64_t generation() const;
  void keep(const std::string& id_hash, Entry entry, std::uint64_t read_at_generation);
  // The stored row's last_seen_at was set to `now`.
  void touched(const std::string& id_hash, std::int64_t now);
  void forget(const std::string& id_hash);
  // Every session of the user, or all but `except_hash`.
  void forget_user(std::int64_t user_id, const std::string& except_hash = "");

 private:
  std::size_t max_entries_;
  mutable std::mutex mutex_;
  std::uint64_t generation_ = 0;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace forkant
