#include "services/session_cache.hpp"

namespace forkant {

std::optional<SessionCache::Entry> SessionCache::find(const std::string& id_hash) const {
  std::lock_guard lock(mutex_);
  const auto it = entries_.find(id_hash);
  if (it == entries_.end()) return std::nullopt;
  return it->second;
}

std::uint64_t SessionCache::generation() const {
  std::lock_guard lock(mutex_);
  return generation_;
}

void SessionCache::keep(const std::string& id_hash, Entry entry, std::uint64_t read_at_generation) {
  std::lock_guard lock(mutex_);
  if (read_at_generation != generation_) return;
  if (entries_.size() >= max_entries_) entries_.clear();
  entries_[id_hash] = std::move(entry);
}

void SessionCache::touched(const std::string& id_hash, std::int64_t now) {
  std::lock_guard lock(mutex_);
  if (const auto it = entries_.find(id_hash); it != entries_.end()) it->second.row.last_seen_at = now;
}

void SessionCache::forget(const std::string& id_hash) {
  std::lock_guard lock(mutex_);
  ++generation_;
  entries_.erase(id_hash);
}

void SessionCache::forget_user(std::int64_t user_id, const std::string& except_hash) {
  std::lock_guard lock(mutex_);
  ++generation_;
  std::erase_if(entries_,
                [&](const auto& e) { return e.second.row.user_id == user_id && e.first != except_hash; });
}

}  // namespace forkant
