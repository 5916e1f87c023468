#include "services/password_reset.hpp"

#include "domain/accounts/credentials.hpp"
#include "services/password_quality.hpp"
#include "services/secrets.hpp"

namespace forkant {
namespace {

Error invalid_link() {
  return {ErrorKind::gone, "reset_link_invalid", "error.reset_link_invalid", {}};
}

}  // namespace

Status PasswordResetService::request(std::string_view email, const Compose& compose) {
  if (!outbox_.configured()) return Error::conflict("mail_not_configured", "error.mail_not_configured");
  const auto user = accounts_.find_user_by_email(email);
  if (!user) return ok_status();  // the same answer: nobody learns which addresses have accounts
  const std::string token = random_token();
  const std::int64_t now = clock_.now();
  bool written = false;
  tx_.transaction([&] {
    written = false;
    if (store_.password_resets_since(user->id, now - kLifetimeSeconds) >= kMaxPerLifetime) return;
    store_.insert_password_reset(token_hash(token), user->id, now, now + kLifetimeSeconds);
    outbox_.enqueue(compose(*user, token));
    written = true;
  });
  if (written) outbox_.wake();
  return ok_status();
}

bool PasswordResetService::notify_changed(const OutgoingMail& notice) {
  if (!outbox_.configured()) return false;
  tx_.transaction([&] { outbox_.enqueue(notice); });
  outbox_.wake();
  return true;
}

Result<User> PasswordResetService::check(std::string_view token) {
  const auto row = store_.find_password_reset(token_hash(token));
  if (!row || row->used_at || row->expires_at <= clock_.now()) return invalid_link();
  const auto user = accounts_.find_user(row->user_id);
  if (!user) return invalid_link();
  return *user;
}

Result<User> PasswordResetService::reset(std::string_view token, std::string_view password) {
  auto user = check(token);
  if (!user) return user.error();
  if (auto s = check_new_password(password, user->email); !s) return s.error();
  const std::string new_hash = hash_password(password);  // slow: outside the write transaction
  const std::string hash = token_hash(token);
  const std::int64_t now = clock_.now();
  bool spent = false;
  tx_.transaction([&] {
    spent = false;
    // Checked again in the write: a link used or expired since check() is refused.
    const auto row = store_.find_password_reset(hash);
    if (!row || row->used_at || row->expires_at <= now || row->user_id != user->id) return;
    if (!store_.use_password_resets(hash, user->id, now)) return;
    accounts_.set_password_hash(user->id, new_hash);
    const int ended = accounts_.delete_other_sessions(user->id, "");
    const int revoked = accounts_.revoke_api_tokens(user->id, now);
    const std::string object = "user:" + std::to_string(user->id);
    const std::string detail =
        "sessions ended: " + std::to_string(ended) + ", API tokens revoked: " + std::to_string(revoked);
    const auto orgs = accounts_.memberships(user->id);
    if (orgs.empty())
      audit_.append_audit({std::nullopt, user->id, "user.password_reset", object, detail}, now);
    for (const auto& m : orgs)
      audit_.append_audit({m.org_id, user->id, "user.password_reset", object, detail}, now);
    spent = true;
  });
  if (!spent) return invalid_link();
  account_service_.forget_sessions(user->id);
  return user;
}

}  // namespace forkant
