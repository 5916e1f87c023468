#include "storage/sql/two_factor_store.hpp"

namespace forkant::sql {

std::optional<TotpSecretRow> SqlTwoFactorStore::totp_secret(std::int64_t user_id) {
  std::optional<TotpSecretRow> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT sealed_secret, created_at, confirmed_at, last_step FROM totp_secrets WHERE user_id = ?",
        user_id);
    if (st->step()) out = TotpSecretRow{st->text(0), st->int64(1), st->opt_int64(2), st->opt_int64(3)};
  });
  return out;
}

void SqlTwoFactorStore::put_totp_secret(std::int64_t user_id, const std::string& sealed_secret,
                                        std::int64_t now) {
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO totp_secrets(user_id, sealed_secret, created_at) VALUES(?1, ?2, ?3) "
        "ON CONFLICT(user_id) DO UPDATE SET sealed_secret = ?2, created_at = ?3, confirmed_at = NULL, "
        "last_step = NULL",
        user_id, sealed_secret, now);
    // A new secret starts without codes: the old ones belonged to the old secret.
    c.exec("DELETE FROM totp_recovery_codes WHERE user_id = ?", user_id);
  });
}

bool SqlTwoFactorStore::confirm_totp_secret(std::int64_t user_id, const std::string& sealed_secret,
                                            std::int64_t step, std::int64_t now) {
  bool done = false;
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE totp_secrets SET confirmed_at = ?, last_step = ? "
        "WHERE user_id = ? AND sealed_secret = ? AND confirmed_at IS NULL",
        now, step, user_id, sealed_secret);
    done = c.changes() == 1;
  });
  return done;
}

bool SqlTwoFactorStore::use_totp_step(std::int64_t user_id, std::int64_t step) {
  bool done = false;
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE totp_secrets SET last_step = ?1 "
        "WHERE user_id = ?2 AND confirmed_at IS NOT NULL AND (last_step IS NULL OR last_step < ?1)",
        step, user_id);
    done = c.changes() == 1;
  });
  return done;
}

void SqlTwoFactorStore::delete_totp(std::int64_t user_id) {
  db_->write([&](Connection& c) {
    c.exec("DELETE FROM totp_recovery_codes WHERE user_id = ?", user_id);
    c.exec("DELETE FROM totp_secrets WHERE user_id = ?", user_id);
  });
}

void SqlTwoFactorStore::replace_recovery_codes(std::int64_t user_id,
                                               const std::vector<std::string>& code_hashes) {
  db_->write([&](Connection& c) {
    c.exec("DELETE FROM totp_recovery_codes WHERE user_id = ?", user_id);
    for (const auto& h : code_hashes) {
      c.exec("INSERT INTO totp_recovery_codes(user_id, code_hash) VALUES(?, ?)", user_id, h);
    }
  });
}

bool SqlTwoFactorStore::use_recovery_code(std::int64_t user_id, const std::string& code_hash,
                                          std::int64_t now) {
  bool done = false;
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE totp_recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
        now, user_id, code_hash);
    done = c.changes() == 1;
  });
  return done;
}

int SqlTwoFactorStore::unused_recovery_codes(std::int64_t user_id) {
  int out = 0;
  db_->read([&](Connection& c) {
    auto st =
        c.prepare("SELECT count(*) FROM totp_recovery_codes WHERE user_id = ? AND used_at IS NULL", user_id);
    if (st->step()) out = st->int32(0);
  });
  return out;
}

void SqlTwoFactorStore::insert_second_factor_login(const std::string& token_hash, std::int64_t user_id,
                                                   std::int64_t expires_at, std::int64_t now) {
  db_->write([&](Connection& c) {
    c.exec("DELETE FROM second_factor_logins WHERE expires_at <= ?", now);
    c.exec("INSERT INTO second_factor_logins(token_hash, user_id, expires_at) VALUES(?, ?, ?)", token_hash,
           user_id, expires_at);
  });
}

std::optional<SecondFactorLogin> SqlTwoFactorStore::second_factor_login(const std::string& token_hash) {
  std::optional<SecondFactorLogin> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT user_id, expires_at, attempts FROM second_factor_logins WHERE token_hash = ?",
                        token_hash);
    if (st->step()) out = SecondFactorLogin{st->int64(0), st->int64(1), st->int32(2)};
  });
  return out;
}

int SqlTwoFactorStore::count_second_factor_attempt(const std::string& token_hash) {
  int attempts = 0;
  db_->write([&](Connection& c) {
    c.exec("UPDATE second_factor_logins SET attempts = attempts + 1 WHERE token_hash = ?", token_hash);
    auto st = c.prepare("SELECT attempts FROM second_factor_logins WHERE token_hash = ?", token_hash);
    if (st->step()) attempts = st->int32(0);
  });
  return attempts;
}

bool SqlTwoFactorStore::delete_second_factor_login(const std::string& token_hash) {
  bool done = false;
  db_->write([&](Connection& c) {
    c.exec("DELETE FROM second_factor_logins WHERE token_hash = ?", token_hash);
    done = c.changes() == 1;
  });
  return done;
}

}  // namespace forkant::sql
