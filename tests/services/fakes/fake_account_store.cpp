#include "fakes/fake_account_store.hpp"

#include <algorithm>
#include <cctype>

#include "fakes/fake_org_store.hpp"

namespace forkant::test {

bool equal_nocase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::optional<User> FakeAccountStore::user(std::int64_t id) const {
  const auto it = s_.users.find(id);
  if (it == s_.users.end()) return std::nullopt;
  return it->second.user;
}

std::optional<User> FakeAccountStore::find_user_by_email(std::string_view email) {
  for (const auto& [id, u] : s_.users) {
    if (equal_nocase(u.user.email, email)) return u.user;
  }
  return std::nullopt;
}

std::optional<std::string> FakeAccountStore::password_hash(std::int64_t user_id) {
  const auto it = s_.users.find(user_id);
  if (it == s_.users.end()) return std::nullopt;
  return it->second.password_hash;
}

std::int64_t FakeAccountStore::insert_user(const User& user, const std::string& password_hash,
                                           std::int64_t now) {
  if (find_user_by_email(user.email)) throw FakeStoreError("UNIQUE constraint failed: users.email");
  const auto id = s_.next_user_id++;
  UserRecord rec{user, password_hash, now};
  rec.user.id = id;
  s_.users.emplace(id, std::move(rec));
  return id;
}

void FakeAccountStore::set_language(std::int64_t user_id, std::string_view language) {
  if (auto it = s_.users.find(user_id); it != s_.users.end()) it->second.user.language = language;
}

void FakeAccountStore::set_password_hash(std::int64_t user_id, const std::string& password_hash) {
  if (auto it = s_.users.find(user_id); it != s_.users.end()) it->second.password_hash = password_hash;
}

std::vector<MembershipView> FakeAccountStore::memberships(std::int64_t user_id) {
  return orgs_ ? orgs_->memberships_of(user_id) : std::vector<MembershipView>{};
}

void FakeAccountStore::insert_session(const std::string& id_hash, std::int64_t user_id,
                                      const std::string& csrf, std::int64_t now) {
  if (s_.sessions.contains(id_hash)) throw FakeStoreError("UNIQUE constraint failed: sessions.id_hash");
  s_.sessions[id_hash] = SessionRow{user_id, csrf, now, now};
}

std::optional<SessionRow> FakeAccountStore::find_session(const std::string& id_hash) {
  const auto it = s_.sessions.find(id_hash);
  if (it == s_.sessions.end()) return std::nullopt;
  return it->second;
}

void FakeAccountStore::touch_session(const std::string& id_hash, std::int64_t now) {
  if (auto it = s_.sessions.find(id_hash); it != s_.sessions.end()) it->second.last_seen_at = now;
}

void FakeAccountStore::delete_session(const std::string& id_hash) {
  s_.sessions.erase(id_hash);
}

std::vector<StoredSession> FakeAccountStore::sessions_of(std::int64_t user_id) {
  std::vector<StoredSession> out;
  for (const auto& [hash, row] : s_.sessions)
    if (row.user_id == user_id) out.push_back({hash, row});
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.row.created_at < b.row.created_at; });
  return out;
}

void FakeAccountStore::set_session_device(const std::string& id_hash, const std::string& device) {
  if (auto it = s_.sessions.find(id_hash); it != s_.sessions.end()) it->second.device = device;
}

std::vector<LoginFailure> FakeAccountStore::login_failures(std::string_view account, std::int64_t after) {
  std::vector<LoginFailure> out;
  for (const auto& [a, f] : s_.login_failures) {
    if (a == account && f.at > after) out.push_back(f);
  }
  return out;
}

void FakeAccountStore::insert_login_failure(std::string_view account, std::string_view address,
                                            std::int64_t at, std::int64_t forget_up_to) {
  std::erase_if(s_.login_failures, [&](const auto& row) { return row.second.at <= forget_up_to; });
  s_.login_failures.emplace_back(std::string(account), LoginFailure{std::string(address), at, false});
}

void FakeAccountStore::forgive_login_failures(std::string_view account, std::string_view address) {
  for (auto& [a, f] : s_.login_failures) {
    if (a == account && f.address == address) f.forgiven = true;
  }
}

int FakeAccountStore::delete_other_sessions(std::int64_t user_id, const std::string& keep_id_hash) {
  return static_cast<int>(std::erase_if(
      s_.sessions, [&](const auto& kv) { return kv.second.user_id == user_id && kv.first != keep_id_hash; }));
}

int FakeAccountStore::session_count(std::int64_t user_id) const {
  return static_cast<int>(std::count_if(s_.sessions.begin(), s_.sessions.end(),
                                        [&](const auto& kv) { return kv.second.user_id == user_id; }));
}

std::int64_t FakeAccountStore::insert_api_token(const std::string& token_hash, std::int64_t user_id,
                                                std::string_view name, std::int64_t now,
                                                std::int64_t expires_at) {
  for (const auto& [id, t] : s_.tokens) {
    if (t.hash == token_hash) throw FakeStoreError("UNIQUE constraint failed: api_tokens.token_hash");
  }
  const auto id = s_.next_token_id++;
  s_.tokens[id] = {token_hash,
                   ApiTokenRow{id, user_id, std::string(name), now, std::nullopt, expires_at, std::nullopt}};
  return id;
}

std::optional<ApiTokenRow> FakeAccountStore::find_api_token(const std::string& token_hash) {
  for (const auto& [id, t] : s_.tokens) {
    if (t.hash == token_hash) return t.row;
  }
  return std::nullopt;
}

std::optional<ApiTokenRow> FakeAccountStore::token(std::int64_t token_id) const {
  const auto it = s_.tokens.find(token_id);
  if (it == s_.tokens.end()) return std::nullopt;
  return it->second.row;
}

void FakeAccountStore::touch_api_token(std::int64_t token_id, std::int64_t now) {
  if (auto it = s_.tokens.find(token_id); it != s_.tokens.end()) it->second.row.last_used_at = now;
}

std::vector<ApiTokenRow> FakeAccountStore::api_tokens(std::int64_t user_id) {
  std::vector<ApiTokenRow> out;
  for (auto it = s_.tokens.rbegin(); it != s_.tokens.rend(); ++it) {  // ORDER BY id DESC
    if (it->second.row.user_id == user_id && !it->second.row.revoked_at) out.push_back(it->second.row);
  }
  return out;
}

std::optional<bool> FakeAccountStore::revoke_api_token(std::int64_t user_id, std::int64_t token_id,
                                                       std::int64_t now) {
  const auto it = s_.tokens.find(token_id);
  if (it == s_.tokens.end() || it->second.row.user_id != user_id) return std::nullopt;
  if (it->second.row.revoked_at) return false;
  it->second.row.revoked_at = now;
  return true;
}

int FakeAccountStore::revoke_api_tokens(std::int64_t user_id, std::int64_t now) {
  int changed = 0;
  for (auto& [id, t] : s_.tokens) {
    if (t.row.user_id == user_id && !t.row.revoked_at) {
      t.row.revoked_at = now;
      ++changed;
    }
  }
  return changed;
}

}  // namespace forkant::test
