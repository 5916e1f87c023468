#pragma once
// Accounts, sign-in sessions and personal API tokens.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/accounts/login_throttle.hpp"
#include "domain/accounts/role.hpp"
#include "domain/result.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"

namespace forkant {

struct User {
  std::int64_t id = 0;
  std::string email;
  std::string name;
  std::string language = "da";
};

struct MembershipView {
  std::int64_t org_id = 0;
  std::string org_name;
  Role role = Role::viewer;
};

struct ApiTokenRow {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string name;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> last_used_at;
  std::int64_t expires_at = 0;
  std::optional<std::int64_t> revoked_at;
};

// One failed password check, as the login throttle counts it (LoginThrottle's rule).
struct LoginFailure {
  std::string address;
  std::int64_t at = 0;
  bool forgiven = false;  // the right password came from this address since: it counts for the account only
};

struct SessionRow {
  std::int64_t user_id = 0;
  std::string csrf_token;
  std::int64_t created_at = 0;
  std::int64_t last_seen_at = 0;
  std::string device;  // domain/accounts/own_sessions.hpp device_label; "" when not recognised
};

// One of a person's sessions as the session list reads it.
struct StoredSession {
  std::string id_hash;
  SessionRow row;
};

class AccountStore {
 public:
  virtual ~AccountStore() = default;
  virtual std::optional<User> find_user(std::int64_t id) = 0;
  virtual std::optional<User> find_user_by_email(std::string_view email) = 0;
  virtual std::optional<std::string> password_hash(std::int64_t user_id) = 0;
  virtual std::int64_t insert_user(const User& user, const std::string& password_hash, std::int64_t now) = 0;
  virtual void set_language(std::int64_t user_id, std::string_view language) = 0;
  virtual void set_password_hash(std::int64_t user_id, const std::string& password_hash) = 0;
  virtual std::vector<MembershipView> memberships(std::int64_t user_id) = 0;

  virtual void insert_session(const std::string& id_hash, std::int64_t user_id, const std::string& csrf,
                              std::int64_t now) = 0;
  virtual std::optional<SessionRow> find_session(const std::string& id_hash) = 0;
  virtual void touch_session(const std::string& id_hash, std::int64_t now) = 0;
  virtual void delete_session(const std::string& id_hash) = 0;
  // Ends every session of the user but the one given; returns how many ended.
  virtual int delete_other_sessions(std::int64_t user_id, const std::string& keep_id_hash) = 0;
  // Every stored session of the user, expired ones too (they end when next used), oldest first.
  virtual std::vector<StoredSession> sessions_of(std::int64_t user_id) = 0;
  virtual void set_session_device(const std::string& id_hash, const std::string& device) = 0;

  // The login throttle's memory, in the database so that every instance counts the same failures.
  // `account`: the throttle's key for the account. The account's failures later than `after`, oldest
  // first, from every address.
  virtual std::vector<LoginFailure> login_failures(std::string_view account, std::int64_t after) = 0;
  // Records a failure, and forgets every failure (of any account) at or before `forget_up_to`: they have
  // left the window, and this keeps the table as small as the window.
  virtual void insert_login_failure(std::string_view account, std::string_view address, std::int64_t at,
                                    std::int64_t forget_up_to) = 0;
  // The right password from `address`: that pair's failures are forgiven (they still count for the
  // account, whose failures may come from someone else, until they leave the window).
  virtual void forgive_login_failures(std::string_view account, std::string_view address) = 0;

  virtual std::int64_t insert_api_token(const std::string& token_hash, std::int64_t user_id,
                                        std::string_view name, std::int64_t now, std::int64_t expires_at) = 0;
  virtual std::optional<ApiTokenRow> find_api_token(const std::string& token_hash) = 0;
  virtual void touch_api_token(std::int64_t token_id, std::int64_t now) = 0;
  // The user's tokens that are not revoked (expired ones included), newest first.
  virtual std::vector<ApiTokenRow> api_tokens(std::int64_t user_id) = 0;
  // Revoking is idempotent (DELETE may be repeated): nullopt when the user has no such token, true when
  // this call revoked it, false when it was revoked already.
  virtual std::optional<bool> revoke_api_token(std::int64_t user_id, std::int64_t token_id,
                                               std::int64_t now) = 0;
  // Revokes every token of the user; returns how many.
  virtual int revoke_api_tokens(std::int64_t user_id, std::int64_t now) = 0;
};

struct IssuedApiToken {
  std::int64_t id = 0;
  std::string token;  // shown once, never stored
  std::int64_t expires_at = 0;
};

struct SignedIn {
  User user;
  std::string csrf_token;
};

class SessionCache;

struct NewSession {
  User user;
  std::string token;  // goes into the cookie, never stored
  std::string csrf_token;
};

class AccountService {
 public:
  // `keep_sessions`: keep resumed sessions in memory (session_cache.hpp). Only where this process is the
  // only one that writes sessions and accounts (SQLite); with several instances on one database
  // (PostgreSQL) every request reads its session from the database, so that a sign-out, a password
  // change or a replaced session on one instance holds on every other at once (docs/instances.md).
  AccountService(AccountStore& store, AuditStore& audit, Transactor& tx, const Clock& clock,
                 bool keep_sessions = true);
  ~AccountService();
  AccountService(const AccountService&) = delete;
  AccountService& operator=(const AccountService&) = delete;

  Result<User> create_user(std::string_view email, std::string_view name, std::string_view password,
                           std::string_view language, std::optional<std::int64_t> actor);

  // The one gate in front of every password check (sign-in, joining with an existing account, changing
  // the password): first the throttle for (e-mail, address), then `check`, then the failure is counted
  // and a lockout it starts is audited. The failures are read from and written to the database (the
  // store's login_failures), so that the limits hold across every instance, not per instance. Returns
  // "login_throttled" (too_many, param retry_after seconds), `refusal` when the check fails, or ok.
  Status throttled_check(std::string_view email, std::string_view address, const std::function<bool()>& check,
                         const Error& refusal);

  // Errors: "login_throttled", "login_failed" (unauthorized; the same answer whether the e-mail exists or
  // not). `replaced_session`: the session cookie the browser sent, if any; it ends when the new one starts.
  Result<NewSession> sign_in(std::string_view email, std::string_view password, std::string_view address,
                             std::string_view replaced_session = "");
  // When sessions are kept in memory (keep_sessions), once resumed (session_cache.hpp): every change to a
  // session or an account goes through this service, which forgets what it changed.
  std::optional<SignedIn> resume(std::string_view session_token);
  void sign_out(std::string_view session_token);

  // A new personal API token named `name`, valid for `days` (1..kMaxTokenDays). Errors: the rules of
  // validate_token_name, "token_days_invalid".
  Result<IssuedApiToken> create_api_token(std::int64_t user_id, std::string_view name, int days);
  // The user whose token this is, when it is neither expired nor revoked.
  std::optional<User> user_for_api_token(std::string_view token);
  std::vector<ApiTokenRow> api_tokens(std::int64_t user_id) { return store_.api_tokens(user_id); }
  // Another person's token and a missing one are not_found; revoking one's own token again succeeds (a
  // repeated DELETE, a second click), and only the first revocation is audited.
  Status revoke_api_token(std::int64_t user_id, std::int64_t token_id, std::optional<std::int64_t> actor);
  std::int64_t now() const { return clock_.now(); }

  Status set_language(std::int64_t user_id, std::string_view language);

  // Checks the current password (throttled like sign-in), sets the new one, ends the user's other
  // sessions and revokes every API token, so that whoever knew the old password is out. Errors:
  // "login_throttled", "wrong_current_password", "password_unchanged" and the rules of validate_password.
  Status change_password(std::int64_t user_id, std::string_view session_token, std::string_view current,
                         std::string_view next, std::string_view address);
  std::vector<MembershipView> memberships(std::int64_t user_id) { return store_.memberships(user_id); }
  std::optional<User> find_user_by_email(std::string_view email) { return store_.find_user_by_email(email); }
  // After another service ended the user's sessions in the database (a password reset by e-mail): the
  // sessions kept in memory go too.
  void forget_sessions(std::int64_t user_id);

 private:
  // One entry per organisation the account belongs to (each organisation's owners read their own log),
  // or one without organisation when it belongs to none.
  void audit_account(std::int64_t user_id, std::optional<std::int64_t> actor, const std::string& action,
                     const std::string& detail, std::int64_t now);
  AccountStore& store_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;
  std::unique_ptr<SessionCache> sessions_;  // null: not kept (several instances)
};

bool is_supported_language(std::string_view lang);

}  // namespace forkant
