#include "services/two_factor.hpp"

#include <sodium.h>

#include <algorithm>
#include <cctype>

#include "services/secret_box.hpp"
#include "services/secrets.hpp"
#include "services/totp.hpp"

namespace forkant {
namespace {

constexpr std::string_view kIssuer = "forkant";
constexpr std::size_t kRecoveryCodeLength = 10;
// Lower-case base32: no 0/1/8/9, so a code read aloud or off paper is not mistaken for another.
constexpr std::string_view kRecoveryAlphabet = "abcdefghijklmnopqrstuvwxyz234567";

Error expired() {
  return Error{ErrorKind::gone, "second_factor_expired", "error.second_factor_expired", {}};
}
Error wrong_code() {
  return Error{ErrorKind::unauthorized, "totp_code_wrong", "error.totp_code_wrong", {}};
}
Error no_key() {
  return Error::conflict("totp_no_key", "error.totp_no_key");
}

// What was typed, without spaces and dashes, in lower case.
std::string normalised(std::string_view code) {
  std::string out;
  for (const char c : code) {
    if (c == ' ' || c == '-') continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string recovery_hash(std::string_view normal) {
  return token_hash("recovery:" + std::string(normal));
}

}  // namespace

bool TwoFactorService::is_owner(std::int64_t user_id) {
  const auto ms = accounts_.memberships(user_id);
  return std::any_of(ms.begin(), ms.end(), [](const MembershipView& m) { return m.role == Role::owner; });
}

void TwoFactorService::audit(std::int64_t user_id, const std::string& action, const std::string& detail,
                             std::int64_t now) {
  // One entry per organisation of the account: each organisation's owners read their own log.
  const std::string object = "user:" + std::to_string(user_id);
  const auto orgs = accounts_.memberships(user_id);
  if (orgs.empty()) audit_.append_audit({std::nullopt, user_id, action, object, detail}, now);
  for (const auto& m : orgs) audit_.append_audit({m.org_id, user_id, action, object, detail}, now);
}

bool TwoFactorService::has_key() const {
  return box_.has_key();
}

TwoFactorState TwoFactorService::state(std::int64_t user_id) {
  TwoFactorState out;
  const auto row = store_.totp_secret(user_id);
  out.enabled = row && row->confirmed_at;
  out.enrolling = row && !row->confirmed_at;
  out.recovery_codes_left = out.enabled ? store_.unused_recovery_codes(user_id) : 0;
  out.required = must_have_totp(user_id);
  return out;
}

Result<User> TwoFactorService::check_password(std::string_view email, std::string_view password,
                                              std::string_view address) {
  std::optional<User> user;
  const Status checked = accounts_.throttled_check(
      email, address,
      [&] {
        user = account_store_.find_user_by_email(email);
        const auto hash = user ? account_store_.password_hash(user->id) : std::nullopt;
        // Verified against a fixed hash when the account does not exist, as AccountService::sign_in does,
        // so timing does not reveal which e-mail addresses have accounts.
        static const std::string dummy = hash_password("forkant-timing-equaliser");
        return verify_password(password, hash ? *hash : dummy) && hash.has_value();
      },
      Error{ErrorKind::unauthorized, "login_failed", "error.login_failed", {}});
  if (!checked) return checked.error();
  return *user;
}

NewSession TwoFactorService::start_session(const User& user, std::string_view replaced_session,
                                           const std::string& how) {
  const auto now = clock_.now();
  NewSession s{user, random_token(), random_token()};
  tx_.transaction([&] {
    account_store_.insert_session(token_hash(s.token), user.id, s.csrf_token, now);
    audit_.append_audit({std::nullopt, user.id, "session.signed_in", "user:" + std::to_string(user.id), how},
                        now);
  });
  // Signing in again in the same browser replaces its session: the old id must not stay valid (sign_out
  // also forgets it where sessions are kept in memory).
  if (!replaced_session.empty()) accounts_.sign_out(replaced_session);
  return s;
}

PasswordSignIn TwoFactorService::after_password(const User& user, std::string_view replaced_session) {
  const auto row = store_.totp_secret(user.id);
  const bool enabled = row && row->confirmed_at;
  if (!enabled && !must_have_totp(user.id)) return {start_session(user, replaced_session, ""), ""};
  const auto now = clock_.now();
  PasswordSignIn out{std::nullopt, random_token()};
  store_.insert_second_factor_login(token_hash(out.pending_token), user.id, now + kSecondFactorSeconds, now);
  return out;
}

Result<TwoFactorService::Pending> TwoFactorService::pending(std::string_view token) {
  if (token.empty()) return expired();
  const auto row = store_.second_factor_login(token_hash(token));
  if (!row || row->expires_at <= clock_.now()) return expired();
  auto user = account_store_.find_user(row->user_id);
  if (!user) return expired();
  const auto secret = store_.totp_secret(row->user_id);
  return Pending{*user, !(secret && secret->confirmed_at)};
}

Result<TotpEnrolment> TwoFactorService::enrolment_of(const User& user, bool create) {
  if (!box_.has_key()) return no_key();
  const auto row = store_.totp_secret(user.id);
  if (row && row->confirmed_at) return Error::conflict("totp_enabled_already", "error.totp_enabled_already");
  if (row && !create) {
    if (const auto secret = box_.open(row->sealed_secret)) {
      return TotpEnrolment{totp_uri(*secret, user.email, kIssuer), base32_encode(*secret)};
    }
  }
  if (!row && !create) return Error::not_found();
  const std::string secret = new_totp_secret();
  store_.put_totp_secret(user.id, box_.seal(secret), clock_.now());
  return TotpEnrolment{totp_uri(secret, user.email, kIssuer), base32_encode(secret)};
}

Result<TotpEnrolment> TwoFactorService::pending_enrolment(std::string_view token) {
  auto p = pending(token);
  if (!p) return p.error();
  if (!p->enrol) return Error::conflict("totp_enabled_already", "error.totp_enabled_already");
  // The same secret on a reload (the person may have scanned it already); a new one the first time.
  auto shown = enrolment_of(p->user, false);
  if (!shown && shown.error().kind == ErrorKind::not_found) return enrolment_of(p->user, true);
  return shown;
}

std::vector<std::string> TwoFactorService::new_recovery_codes(std::int64_t user_id) {
  std::vector<std::string> codes, hashes;
  for (int i = 0; i < kRecoveryCodes; ++i) {
    std::string code;
    for (std::size_t k = 0; k < kRecoveryCodeLength; ++k) {
      if (k == kRecoveryCodeLength / 2) code += '-';
      code += kRecoveryAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kRecoveryAlphabet.size()))];
    }
    hashes.push_back(recovery_hash(normalised(code)));
    codes.push_back(std::move(code));
  }
  store_.replace_recovery_codes(user_id, hashes);
  return codes;
}

Status TwoFactorService::check_code(const User& user, std::string_view code, std::string_view address,
                                    std::string& how) {
  const auto row = store_.totp_secret(user.id);
  if (!row || !row->confirmed_at) return Error::conflict("totp_not_enabled", "error.totp_not_enabled");
  const std::string typed = normalised(code);
  const bool recovery = typed.size() == kRecoveryCodeLength && !all_digits(typed);
  std::optional<std::string> secret;
  if (!recovery) {
    // Not the person's mistake: the server cannot compute codes. Recovery codes still work.
    if (!box_.has_key()) return no_key();
    secret = box_.open(row->sealed_secret);
    if (!secret) return no_key();
  }
  const auto now = clock_.now();
  return accounts_.throttled_check(
      user.email, address,
      [&] {
        if (recovery) {
          how = "recovery code";
          return store_.use_recovery_code(user.id, recovery_hash(typed), now);
        }
        how = "TOTP";
        const auto step = totp_matching_step(*secret, typed, now);
        // A step at or before the last accepted one is a replayed code: refused like a wrong one.
        return step.has_value() && store_.use_totp_step(user.id, *step);
      },
      wrong_code());
}

Result<SecondStepDone> TwoFactorService::finish(std::string_view token, std::string_view code,
                                                std::string_view address, std::string_view replaced_session) {
  auto p = pending(token);
  if (!p) return p.error();
  const std::string hash = token_hash(token);
  const auto now = clock_.now();
  std::vector<std::string> codes;
  std::string how;
  Status checked = ok_status();
  if (p->enrol) {
    const auto row = store_.totp_secret(p->user.id);
    if (!box_.has_key()) return no_key();
    if (!row) return wrong_code();  // the enrolment page was never shown
    const auto secret = box_.open(row->sealed_secret);
    if (!secret) return no_key();
    std::optional<std::int64_t> step;
    checked = accounts_.throttled_check(
        p->user.email, address,
        [&] {
          step = totp_matching_step(*secret, normalised(code), now);
          return step.has_value();
        },
        wrong_code());
    if (checked) {
      bool confirmed = false;
      tx_.transaction([&] {
        confirmed = store_.confirm_totp_secret(p->user.id, row->sealed_secret, *step, now);
        if (!confirmed) return;
        codes = new_recovery_codes(p->user.id);
        audit(p->user.id, "totp.enabled", "at sign-in", now);
      });
      if (!confirmed) return expired();
      how = "TOTP enrolled";
    }
  } else {
    checked = check_code(p->user, code, address, how);
    if (checked && how == "recovery code") {
      tx_.transaction([&] { audit(p->user.id, "totp.recovery_code_used", "at sign-in", now); });
    }
  }
  if (!checked) {
    if (checked.error().code == "totp_code_wrong" &&
        store_.count_second_factor_attempt(hash) >= kMaxSecondFactorAttempts) {
      store_.delete_second_factor_login(hash);  // the password must be typed again
    }
    return checked.error();
  }
  // Single use: of two requests racing with the same right code, one starts the session.
  if (!store_.delete_second_factor_login(hash)) return expired();
  return SecondStepDone{start_session(p->user, replaced_session, "second factor: " + how), std::move(codes)};
}

Result<TotpEnrolment> TwoFactorService::begin_enrolment(std::int64_t user_id) {
  const auto user = account_store_.find_user(user_id);
  if (!user) return Error::not_found();
  return enrolment_of(*user, true);
}

Result<TotpEnrolment> TwoFactorService::enrolment(std::int64_t user_id) {
  const auto user = account_store_.find_user(user_id);
  if (!user) return Error::not_found();
  return enrolment_of(*user, false);
}

Result<std::vector<std::string>> TwoFactorService::confirm(std::int64_t user_id, std::string_view code,
                                                           std::string_view address) {
  const auto user = account_store_.find_user(user_id);
  if (!user) return Error::not_found();
  if (!box_.has_key()) return no_key();
  const auto row = store_.totp_secret(user_id);
  if (!row) return Error::conflict("totp_not_enrolling", "error.totp_not_enrolling");
  if (row->confirmed_at) return Error::conflict("totp_enabled_already", "error.totp_enabled_already");
  const auto secret = box_.open(row->sealed_secret);
  if (!secret) return no_key();
  const auto now = clock_.now();
  std::optional<std::int64_t> step;
  const Status checked = accounts_.throttled_check(
      user->email, address,
      [&] {
        step = totp_matching_step(*secret, normalised(code), now);
        return step.has_value();
      },
      wrong_code());
  if (!checked) return checked.error();
  std::vector<std::string> codes;
  bool confirmed = false;
  tx_.transaction([&] {
    confirmed = store_.confirm_totp_secret(user_id, row->sealed_secret, *step, now);
    if (!confirmed) return;
    codes = new_recovery_codes(user_id);
    audit(user_id, "totp.enabled", "", now);
  });
  if (!confirmed) return Error::conflict("totp_not_enrolling", "error.totp_not_enrolling");
  return codes;
}

Result<std::vector<std::string>> TwoFactorService::regenerate_recovery_codes(std::int64_t user_id,
                                                                             std::string_view code,
                                                                             std::string_view address) {
  const auto user = account_store_.find_user(user_id);
  if (!user) return Error::not_found();
  std::string how;
  if (auto s = check_code(*user, code, address, how); !s) return s.error();
  std::vector<std::string> codes;
  const auto now = clock_.now();
  tx_.transaction([&] {
    codes = new_recovery_codes(user_id);
    audit(user_id, "totp.recovery_codes_replaced", "confirmed with a " + how, now);
  });
  return codes;
}

Status TwoFactorService::disable(std::int64_t user_id, std::string_view code, std::string_view address) {
  const auto user = account_store_.find_user(user_id);
  if (!user) return Error::not_found();
  if (must_have_totp(user_id))
    return Error::invalid("totp_required_for_owner", "error.totp_required_for_owner");
  std::string how;
  if (auto s = check_code(*user, code, address, how); !s) return s.error();
  const auto now = clock_.now();
  tx_.transaction([&] {
    store_.delete_totp(user_id);
    audit(user_id, "totp.disabled", "confirmed with a " + how, now);
  });
  return ok_status();
}

}  // namespace forkant
