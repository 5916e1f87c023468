#pragma once
// Accounts, sessions and API tokens in memory, with the semantics of src/storage/sql/account_store.cpp:
// ids increase from 1, e-mail addresses are unique and compared without case (COLLATE NOCASE), tokens are
// listed newest first without the revoked ones, revoking says whether this call did it.

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "fakes/fake_transactor.hpp"
#include "services/accounts.hpp"

namespace forkant::test {

class FakeOrgStore;

class FakeAccountStore final : public AccountStore, public FakeTable {
 public:
  // Memberships live in the organisation store (as in SQLite, where memberships() joins organisations).
  void link(const FakeOrgStore* orgs) { orgs_ = orgs; }

  std::optional<User> find_user(std::int64_t id) override { return user(id); }
  std::optional<User> find_user_by_email(std::string_view email) override;
  std::optional<std::string> password_hash(std::int64_t user_id) override;
  std::int64_t insert_user(const User& user, const std::string& password_hash, std::int64_t now) override;
  void set_language(std::int64_t user_id, std::string_view language) override;
  void set_password_hash(std::int64_t user_id, const std::string& password_hash) override;
  std::vector<MembershipView> memberships(std::int64_t user_id) override;

  void insert_session(const std::string& id_hash, std::int64_t user_id, const std::string& csrf,
                      std::int64_t now) override;
  std::optional<SessionRow> find_session(const std::string& id_hash) override;
  void touch_session(const std::string& id_hash, std::int64_t now) override;
  void delete_session(const std::string& id_hash) override;
  int delete_other_sessions(std::int64_t user_id, const std::string& keep_id_hash) override;
  std::vector<StoredSession> sessions_of(std::int64_t user_id) override;
  void set_session_device(const std::string& id_hash, const std::string& device) override;

  std::vector<LoginFailure> login_failures(std::string_view account, std::int64_t after) override;
  void insert_login_failure(std::string_view account, std::string_view address, std::int64_t at,
                            std::int64_t forget_up_to) override;
  void forgive_login_failures(std::string_view account, std::string_view address) override;

  std::int64_t insert_api_token(const std::string& token_hash, std::int64_t user_id, std::string_view name,
                                std::int64_t now, std::int64_t expires_at) override;
  std::optional<ApiTokenRow> find_api_token(const std::string& token_hash) override;
  void touch_api_token(std::int64_t token_id, std::int64_t now) override;
  std::vector<ApiTokenRow> api_tokens(std::int64_t user_id) override;
  std::optional<bool> revoke_api_token(std::int64_t user_id, std::int64_t token_id,
                                       std::int64_t now) override;
  int revoke_api_tokens(std::int64_t user_id, std::int64_t now) override;

  // For the tests and the other fakes' joins.
  std::optional<User> user(std::int64_t id) const;
  int session_count(std::int64_t user_id) const;
  // The user row removed behind the service's back (an operator's SQL; the app never deletes users), its
  // sessions left in place as the foreign key without ON DELETE would leave them when not enforced.
  void forget_user(std::int64_t id) { s_.users.erase(id); }
  std::optional<ApiTokenRow> token(std::int64_t token_id) const;

  std::function<void()> snapshot() override { return snapshot_of(s_); }

 private:
  struct UserRecord {
    User user;
    std::string password_hash;
    std::int64_t created_at = 0;
  };
  struct TokenRecord {
    std::string hash;
    ApiTokenRow row;
  };
  struct State {
    std::int64_t next_user_id = 1;
    std::int64_t next_token_id = 1;
    std::map<std::int64_t, UserRecord> users;
    std::map<std::string, SessionRow> sessions;  // by id hash
    std::map<std::int64_t, TokenRecord> tokens;
    std::vector<std::pair<std::string, LoginFailure>> login_failures;  // (account, failure), oldest first
  } s_;
  const FakeOrgStore* orgs_ = nullptr;
};

// ASCII case-insensitive equality, as SQLite's NOCASE collation.
bool equal_nocase(std::string_view a, std::string_view b);

}  // namespace forkant::test
