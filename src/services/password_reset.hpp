#pragma once
// Password reset by e-mail (docs/email.md): a link that works once, for 30 minutes. Asking gives the same
// answer whether the address has an account or not; the mail goes through the outbox, written in the same
// transaction as the link's hash. Using the link sets the new password, ends every session and revokes
// every API token of the account, and spends the account's other reset links.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"
#include "services/accounts.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"
#include "services/outbox.hpp"
#include "services/transactor.hpp"

namespace forkant {

struct PasswordResetRow {
  std::int64_t user_id = 0;
  std::int64_t expires_at = 0;
  std::optional<std::int64_t> used_at;
};

class PasswordResetStore {
 public:
  virtual ~PasswordResetStore() = default;
  virtual void insert_password_reset(const std::string& token_hash, std::int64_t user_id, std::int64_t now,
                                     std::int64_t expires_at) = 0;
  virtual std::optional<PasswordResetRow> find_password_reset(const std::string& token_hash) = 0;
  // Marks every unused link of the user used at `now`; false when `token_hash` was already used (two
  // tabs, a replay): single use even when two requests race.
  virtual bool use_password_resets(const std::string& token_hash, std::int64_t user_id, std::int64_t now) = 0;
  // Links asked for the user since `since` (the rate limit).
  virtual int password_resets_since(std::int64_t user_id, std::int64_t since) = 0;
};

class PasswordResetService {
 public:
  static constexpr std::int64_t kLifetimeSeconds = 30 * 60;
  static constexpr int kMaxPerLifetime = 3;  // links per account per 30 minutes: no mail bombing

  PasswordResetService(PasswordResetStore& store, AccountStore& accounts, AccountService& account_service,
                       AuditStore& audit, OutboxService& outbox, Transactor& tx, const Clock& clock)
      : store_(store),
        accounts_(accounts),
        account_service_(account_service),
        audit_(audit),
        outbox_(outbox),
        tx_(tx),
        clock_(clock) {}

  // Writes a link and its mail when `email` has an account (and has not asked too often); the same ok
  // otherwise. `compose` words the mail in the account's language from the link's token. Error only
  // "mail_not_configured" (409) when no mail server is set up.
  using Compose = std::function<OutgoingMail(const User& user, const std::string& token)>;
  Status request(std::string_view email, const Compose& compose);
  bool mail_configured() const { return outbox_.configured(); }
  // The account a link resets; "reset_link_invalid" (410) when unknown, used or expired.
  Result<User> check(std::string_view token);
  // Sets the password (validate_password's rules) and spends the link. Errors: "reset_link_invalid"
  // (410) and the password rules.
  Result<User> reset(std::string_view token, std::string_view password);
  // The notice that an account's password was changed (ASVS 2.5.5), when mail is configured: a person
  // whose password someone else changed learns of it. Written after the change committed, in a
  // transaction of its own; false when mail is not configured.
  bool notify_changed(const OutgoingMail& notice);

 private:
  PasswordResetStore& store_;
  AccountStore& accounts_;
  AccountService& account_service_;
  AuditStore& audit_;
  OutboxService& outbox_;
  Transactor& tx_;
  const Clock& clock_;
};

}  // namespace forkant
