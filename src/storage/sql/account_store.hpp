#pragma once
// The AccountStore (services/accounts.hpp): users, sign-in sessions and personal API tokens
// (migrations 001 and 005) and the login throttle's failures (014). Writes join the caller's transaction
// (Transactor's rule).

#include <memory>

#include "services/accounts.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlAccountStore final : public AccountStore {
 public:
  explicit SqlAccountStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  std::optional<User> find_user(std::int64_t id) override;
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

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
