#include "services/accounts.hpp"

#include <set>

#include "domain/accounts/api_token.hpp"
#include "domain/accounts/credentials.hpp"
#include "domain/accounts/session_policy.hpp"
#include "services/password_quality.hpp"
#include "services/secrets.hpp"
#include "services/session_cache.hpp"

namespace forkant {

AccountService::AccountService(AccountStore& store, AuditStore& audit, Transactor& tx, const Clock& clock,
                               bool keep_sessions)
    : store_(store),
      audit_(audit),
      tx_(tx),
      clock_(clock),
      sessions_(keep_sessions ? std::make_unique<SessionCache>() : nullptr) {}

AccountService::~AccountService() = default;

bool is_supported_language(std::string_view lang) {
  return lang == "da" || lang == "en";
}

Result<User> AccountService::create_user(std::string_view email, std::string_view name,
                                         std::string_view password, std::string_view language,
                                         std::optional<std::int64_t> actor) {
  if (auto s = validate_email(email); !s) return s.error();
  if (auto s = validate_person_name(name); !s) return s.error();
  if (auto s = check_new_password(password, email); !s) return s.error();
  if (!is_supported_language(language)) return Error::invalid("unknown_language", "error.unknown_language");
  if (store_.find_user_by_email(email)) return Error::conflict("email_taken", "error.email_taken");
  User user{0, std::string(email), std::string(name), std::string(language)};
  const std::string hash = hash_password(password);  // slow: outside the write transaction
  tx_.transaction([&] {
    user.id = store_.insert_user(user, hash, clock_.now());
    audit_.append_audit({std::nullopt, actor, "user.created", "user:" + std::to_string(user.id), ""},
                        clock_.now());
  });
  return user;
}

namespace {

std::string account_key(std::string_view email) {
  std::string key = "account:";
  for (char c : email) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

Error throttled(std::int64_t wait) {
  return Error{ErrorKind::too_many,
               "login_throttled",
               "error.login_throttled",
               {{"retry_after", std::to_string(wait)}}};
}

}  // namespace

void AccountService::audit_account(std::int64_t user_id, std::optional<std::int64_t> actor,
                                   const std::string& action, const std::string& detail, std::int64_t now) {
  const std::string object = "user:" + std::to_string(user_id);
  const auto orgs = store_.memberships(user_id);
  if (orgs.empty()) audit_.append_audit({std::nullopt, actor, action, object, detail}, now);
  for (const auto& m : orgs) audit_.append_audit({m.org_id, actor, action, object, detail}, now);
}

Status AccountService::throttled_check(std::string_view email, std::string_view address,
                                       const std::function<bool()>& check, const Error& refusal) {
  const auto now = clock_.now();
  const std::string key = account_key(email);
  const std::string from(address);
  // The rule is LoginThrottle's, applied to the failures every instance recorded in the database. A
  // pair's forgiven failures are older than its others: replayed in order, each success falls between.
  LoginThrottle throttle;
  std::set<std::string> forgiven;
  bool pair_failed = false;
  for (const auto& f : store_.login_failures(key, now - LoginThrottle::kWindowSeconds)) {
    if (!f.forgiven && forgiven.erase(f.address) > 0) throttle.record_success(key, f.address);
    throttle.record_failure(key, f.address, f.at);
    if (f.forgiven) forgiven.insert(f.address);
    pair_failed = pair_failed || (f.address == from && !f.forgiven);
  }
  for (const auto& a : forgiven) throttle.record_success(key, a);
  if (auto wait = throttle.retry_after(key, from, now)) return throttled(*wait);
  if (check()) {
    if (pair_failed) store_.forgive_login_failures(key, from);  // no write when there is nothing to forgive
    return ok_status();
  }
  store_.insert_login_failure(key, from, now, now - LoginThrottle::kWindowSeconds);
  const auto outcome = throttle.record_failure(key, from, now);
  if (outcome.pair_locked || outcome.account_slowed) {
    // Only accounts that exist are audited: there is nobody to tell about a made-up address, and what
    // was typed as an e-mail address (sometimes a password) must not reach the log.
    if (const auto user = store_.find_user_by_email(email)) {
      tx_.transaction([&] {
        if (outcome.account_slowed) {
          audit_account(user->id, std::nullopt, "login.slowed",
                        std::to_string(LoginThrottle::kAccountFreeFailures) +
                            " failed password checks in 15 min, the latest from " + from,
                        now);
        }
        if (outcome.pair_locked) {
          audit_account(user->id, std::nullopt, "login.locked",
                        std::to_string(LoginThrottle::kPairMaxFailures) +
                            " failed password checks in 15 min from " + from + ": that address is locked out",
                        now);
        }
      });
    }
  }
  return refusal;
}

Result<NewSession> AccountService::sign_in(std::string_view email, std::string_view password,
                                           std::string_view address, std::string_view replaced_session) {
  std::optional<User> user;
  const Status checked = throttled_check(
      email, address,
      [&] {
        user = store_.find_user_by_email(email);
        const auto hash = user ? store_.password_hash(user->id) : std::nullopt;
        // Verify against a fixed hash when the account does not exist, so timing does not reveal which
        // e-mail addresses have accounts.
        static const std::string dummy = hash_password("forkant-timing-equaliser");
        return verify_password(password, hash ? *hash : dummy) && hash.has_value();
      },
      Error{ErrorKind::unauthorized, "login_failed", "error.login_failed", {}});
  if (!checked) return checked.error();
  const auto now = clock_.now();
  NewSession s{*user, random_token(), random_token()};
  tx_.transaction([&] {
    // Signing in again in the same browser replaces its session: the old id must not stay valid.
    if (!replaced_session.empty()) store_.delete_session(token_hash(replaced_session));
    store_.insert_session(token_hash(s.token), user->id, s.csrf_token, now);
    audit_.append_audit({std::nullopt, user->id, "session.signed_in", "user:" + std::to_string(user->id), ""},
                        now);
  });
  if (sessions_ && !replaced_session.empty()) sessions_->forget(token_hash(replaced_session));
  return s;
}

std::optional<SignedIn> AccountService::resume(std::string_view session_token) {
  if (session_token.empty()) return std::nullopt;
  const auto hash = token_hash(session_token);
  const auto now = clock_.now();
  if (auto kept = sessions_ ? sessions_->find(hash) : std::nullopt) {
    // The same rules on the same values as a stored row: the kept row is the stored one.
    if (!session_alive(kept->row.created_at, kept->row.last_seen_at, now)) {
      store_.delete_session(hash);
      sessions_->forget(hash);
      return std::nullopt;
    }
    if (now - kept->row.last_seen_at >= 60) {
      store_.touch_session(hash, now);
      sessions_->touched(hash, now);
    }
    return SignedIn{std::move(kept->user), std::move(kept->row.csrf_token)};
  }
  const auto generation = sessions_ ? sessions_->generation() : 0;
  auto row = store_.find_session(hash);
  if (!row) return std::nullopt;
  if (!session_alive(row->created_at, row->last_seen_at, now)) {
    store_.delete_session(hash);
    return std::nullopt;
  }
  auto user = store_.find_user(row->user_id);
  if (!user) {
    // The person is gone: the session ends with them, rather than lingering as a row no one can use.
    store_.delete_session(hash);
    return std::nullopt;
  }
  // Touch at most once a minute: a page view should not cost a durable write.
  if (now - row->last_seen_at >= 60) {
    store_.touch_session(hash, now);
    row->last_seen_at = now;
  }
  if (sessions_) sessions_->keep(hash, {*row, *user}, generation);
  return SignedIn{std::move(*user), std::move(row->csrf_token)};
}

void AccountService::sign_out(std::string_view session_token) {
  if (session_token.empty()) return;
  store_.delete_session(token_hash(session_token));
  if (sessions_) sessions_->forget(token_hash(session_token));
}

Result<IssuedApiToken> AccountService::create_api_token(std::int64_t user_id, std::string_view name,
                                                        int days) {
  if (auto v = validate_token_name(name); !v) return v.error();
  if (days < 1 || days > kMaxTokenDays) {
    return Error::invalid("token_days_invalid", "error.token_days_invalid",
                          {{"max", std::to_string(kMaxTokenDays)}});
  }
  const auto now = clock_.now();
  IssuedApiToken out{0, "fk_" + random_token(), token_expiry(now, days)};
  tx_.transaction([&] {
    out.id = store_.insert_api_token(token_hash(out.token), user_id, name, now, out.expires_at);
    audit_account(user_id, user_id, "api_token.created",
                  "token " + std::to_string(out.id) + " \"" + std::string(name) + "\", " +
                      std::to_string(days) + " days",
                  now);
  });
  return out;
}

std::optional<User> AccountService::user_for_api_token(std::string_view token) {
  if (token.empty()) return std::nullopt;
  const auto row = store_.find_api_token(token_hash(token));
  const auto now = clock_.now();
  if (!row || !token_usable(row->expires_at, row->revoked_at, now)) return std::nullopt;
  // Record use at most once a minute: an API call should not cost a durable write.
  if (!row->last_used_at || now - *row->last_used_at >= 60) store_.touch_api_token(row->id, now);
  return store_.find_user(row->user_id);
}

Status AccountService::revoke_api_token(std::int64_t user_id, std::int64_t token_id,
                                        std::optional<std::int64_t> actor) {
  const auto now = clock_.now();
  std::optional<bool> revoked;
  tx_.transaction([&] {
    revoked = store_.revoke_api_token(user_id, token_id, now);
    if (revoked && *revoked) {
      audit_account(user_id, actor, "api_token.revoked", "token " + std::to_string(token_id), now);
    }
  });
  if (!revoked) return Error::not_found();  // another person's token looks exactly like a missing one
  return ok_status();
}

Status AccountService::change_password(std::int64_t user_id, std::string_view session_token,
                                       std::string_view current, std::string_view next,
                                       std::string_view address) {
  const auto now = clock_.now();
  const auto user = store_.find_user(user_id);
  const auto hash = store_.password_hash(user_id);
  if (!user || !hash) return Error::not_found();
  // The same gate as sign-in: a stolen session cannot be used to guess the password faster.
  const Status checked = throttled_check(
      user->email, address, [&] { return verify_password(current, *hash); },
      Error::invalid("wrong_current_password", "error.wrong_current_password"));
  if (!checked) return checked.error();
  if (current == next) return Error::invalid("password_unchanged", "error.password_unchanged");
  if (auto s = check_new_password(next, user->email); !s) return s.error();
  const std::string new_hash = hash_password(next);  // slow: outside the write transaction
  tx_.transaction([&] {
    store_.set_password_hash(user_id, new_hash);
    const int ended = store_.delete_other_sessions(user_id, token_hash(session_token));
    const int revoked = store_.revoke_api_tokens(user_id, now);
    audit_.append_audit({std::nullopt, user_id, "user.password_changed", "user:" + std::to_string(user_id),
                         "other sessions ended: " + std::to_string(ended) +
                             ", API tokens revoked: " + std::to_string(revoked)},
                        now);
  });
  // After the commit: a resume racing the change read the old rows, and is then not kept.
  if (sessions_) sessions_->forget_user(user_id, token_hash(session_token));
  return ok_status();
}

void AccountService::forget_sessions(std::int64_t user_id) {
  if (sessions_) sessions_->forget_user(user_id);
}

Status AccountService::set_language(std::int64_t user_id, std::string_view language) {
  if (!is_supported_language(language)) return Error::invalid("unknown_language", "error.unknown_language");
  store_.set_language(user_id, language);
  if (sessions_) sessions_->forget_user(user_id);  // the kept account has the old language
  return ok_status();
}

}  // namespace forkant
