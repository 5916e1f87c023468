#pragma once
// Two-factor sign-in for local accounts: a TOTP secret per account (services/totp.hpp), sealed with the
// key outside the database (services/secret_box.hpp), ten single-use recovery codes, and the second step
// of a password sign-in. Owners must have TOTP unless the operator says otherwise (`forkant serve
// --owner-totp optional`): an owner without it is taken through enrolment before any session starts.
// Sign-ins through the organisation's identity provider do not come here (the provider does the MFA).
//
// A code is accepted once: each account keeps the time step of its last accepted code, and only a later
// step passes (the store's conditional update, so that it holds across instances). Wrong codes count in
// the login throttle like wrong passwords (AccountService::throttled_check), and a pending sign-in ends
// after kMaxSecondFactorAttempts of them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "services/accounts.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"
#include "services/transactor.hpp"

namespace forkant {

class SecretBox;

struct TotpSecretRow {
  std::string sealed_secret;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> confirmed_at;
  std::optional<std::int64_t> last_step;
};

struct SecondFactorLogin {
  std::int64_t user_id = 0;
  std::int64_t expires_at = 0;
  int attempts = 0;
};

class TwoFactorStore {
 public:
  virtual ~TwoFactorStore() = default;
  virtual std::optional<TotpSecretRow> totp_secret(std::int64_t user_id) = 0;
  // A new, unconfirmed secret (replacing any earlier one, confirmed or not).
  virtual void put_totp_secret(std::int64_t user_id, const std::string& sealed_secret, std::int64_t now) = 0;
  // Confirms the unconfirmed secret `sealed_secret` with its first accepted step; false when it is not
  // the account's unconfirmed secret any more.
  virtual bool confirm_totp_secret(std::int64_t user_id, const std::string& sealed_secret, std::int64_t step,
                                   std::int64_t now) = 0;
  // Records `step` as the last accepted one, only when it is later than the last (no replay); false
  // when it is not (or the account has no confirmed secret).
  virtual bool use_totp_step(std::int64_t user_id, std::int64_t step) = 0;
  virtual void delete_totp(std::int64_t user_id) = 0;  // the secret and the recovery codes

  virtual void replace_recovery_codes(std::int64_t user_id, const std::vector<std::string>& code_hashes) = 0;
  // Marks the code used when it is one of the account's unused ones; false otherwise.
  virtual bool use_recovery_code(std::int64_t user_id, const std::string& code_hash, std::int64_t now) = 0;
  virtual int unused_recovery_codes(std::int64_t user_id) = 0;

  // Pending second steps. insert also forgets every expired one (of anyone): the table stays small.
  virtual void insert_second_factor_login(const std::string& token_hash, std::int64_t user_id,
                                          std::int64_t expires_at, std::int64_t now) = 0;
  virtual std::optional<SecondFactorLogin> second_factor_login(const std::string& token_hash) = 0;
  // One more wrong code; returns the attempts so far.
  virtual int count_second_factor_attempt(const std::string& token_hash) = 0;
  // True when this call deleted it (so exactly one request turns it into a session).
  virtual bool delete_second_factor_login(const std::string& token_hash) = 0;
};

inline constexpr int kRecoveryCodes = 10;
inline constexpr int kMaxSecondFactorAttempts = 5;
inline constexpr std::int64_t kSecondFactorSeconds = 10 * 60;

enum class OwnerTotp { required, optional };

struct TwoFactorState {
  bool enabled = false;    // a confirmed secret
  bool enrolling = false;  // an unconfirmed one
  int recovery_codes_left = 0;
  bool required = false;  // an owner under the required policy: cannot be switched off
};

// What enrolment shows: the secret as the QR code's URI and as text to type.
struct TotpEnrolment {
  std::string uri;
  std::string secret_base32;
};

// After a right password.
struct PasswordSignIn {
  std::optional<NewSession> session;  // no second step: signed in
  std::string pending_token;          // else: the second step's token (cookie), never stored
};

// The second step's outcome: the session, and the recovery codes when this step was the enrolment.
struct SecondStepDone {
  NewSession session;
  std::vector<std::string> recovery_codes;
};

class TwoFactorService {
 public:
  TwoFactorService(TwoFactorStore& store, AccountStore& account_store, AccountService& accounts,
                   AuditStore& audit, Transactor& tx, const Clock& clock, const SecretBox& box)
      : store_(store),
        account_store_(account_store),
        accounts_(accounts),
        audit_(audit),
        tx_(tx),
        clock_(clock),
        box_(box) {}

  void set_owner_policy(OwnerTotp policy) { policy_ = policy; }
  OwnerTotp owner_policy() const { return policy_; }

  TwoFactorState state(std::int64_t user_id);
  // Whether secrets can be sealed at all (the server has its key, `forkant serve --key-file`).
  bool has_key() const;

  // A password sign-in's first step: AccountService::sign_in without the session, with the same gate
  // (AccountService::throttled_check) and errors ("login_throttled", "login_failed").
  Result<User> check_password(std::string_view email, std::string_view password, std::string_view address);
  // The password was right: a session at once, or a second step when the account has TOTP or must enrol
  // first. `replaced_session`: the session cookie the browser sent, which ends when the new one starts.
  PasswordSignIn after_password(const User& user, std::string_view replaced_session);

  // The pending sign-in `token` names: its account, and whether its step is enrolment (no confirmed secret
  // yet). Errors: "second_factor_expired" (gone).
  struct Pending {
    User user;
    bool enrol = false;
  };
  Result<Pending> pending(std::string_view token);
  // The enrolment the pending sign-in shows (the same secret on every reload). Errors: as pending(),
  // "totp_no_key".
  Result<TotpEnrolment> pending_enrolment(std::string_view token);
  // The code (or a recovery code, when the account has TOTP) for the pending sign-in. Errors:
  // "second_factor_expired", "login_throttled", "totp_code_wrong", "totp_no_key".
  Result<SecondStepDone> finish(std::string_view token, std::string_view code, std::string_view address,
                                std::string_view replaced_session);

  // The account page (signed in). begin_enrolment makes a new unconfirmed secret (errors: "totp_no_key",
  // "totp_enabled_already"); enrolment() shows the unconfirmed one again; confirm takes its first code and
  // returns the recovery codes.
  Result<TotpEnrolment> begin_enrolment(std::int64_t user_id);
  Result<TotpEnrolment> enrolment(std::int64_t user_id);
  Result<std::vector<std::string>> confirm(std::int64_t user_id, std::string_view code,
                                           std::string_view address);
  // Both need a current code (or a recovery code): a session left open is not enough.
  Result<std::vector<std::string>> regenerate_recovery_codes(std::int64_t user_id, std::string_view code,
                                                             std::string_view address);
  // Errors also "totp_required_for_owner".
  Status disable(std::int64_t user_id, std::string_view code, std::string_view address);

 private:
  bool is_owner(std::int64_t user_id);
  // As AccountService::sign_in starts one; `how` goes into the audit entry.
  NewSession start_session(const User& user, std::string_view replaced_session, const std::string& how);
  bool must_have_totp(std::int64_t user_id) { return policy_ == OwnerTotp::required && is_owner(user_id); }
  Result<TotpEnrolment> enrolment_of(const User& user, bool create);
  // The second factor of an account with TOTP: a fresh code or an unused recovery code, through the
  // login throttle. `how` says which was used (for the audit).
  Status check_code(const User& user, std::string_view code, std::string_view address, std::string& how);
  std::vector<std::string> new_recovery_codes(std::int64_t user_id);
  void audit(std::int64_t user_id, const std::string& action, const std::string& detail, std::int64_t now);

  TwoFactorStore& store_;
  AccountStore& account_store_;
  AccountService& accounts_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;
  const SecretBox& box_;
  OwnerTotp policy_ = OwnerTotp::required;
};

}  // namespace forkant
