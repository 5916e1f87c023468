#include "storage/sql/password_reset_store.hpp"

namespace forkant::sql {

void SqlPasswordResetStore::insert_password_reset(const std::string& token_hash, std::int64_t user_id,
                                                  std::int64_t now, std::int64_t expires_at) {
  db_->write([&](Connection& c) {
    // Links long expired are forgotten as new ones are asked for.
    c.exec("DELETE FROM password_resets WHERE expires_at < ?", now - 24 * 3600);
    c.exec("INSERT INTO password_resets(token_hash, user_id, created_at, expires_at) VALUES(?, ?, ?, ?)",
           token_hash, user_id, now, expires_at);
  });
}

std::optional<PasswordResetRow> SqlPasswordResetStore::find_password_reset(const std::string& token_hash) {
  std::optional<PasswordResetRow> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT user_id, expires_at, used_at FROM password_resets WHERE token_hash = ?",
                        token_hash);
    if (st->step()) out = PasswordResetRow{st->int64(0), st->int64(1), st->opt_int64(2)};
  });
  return out;
}

bool SqlPasswordResetStore::use_password_resets(const std::string& token_hash, std::int64_t user_id,
                                                std::int64_t now) {
  bool used = false;
  db_->write([&](Connection& c) {
    c.exec("UPDATE password_resets SET used_at = ? WHERE token_hash = ? AND used_at IS NULL", now,
           token_hash);
    used = c.changes() == 1;
    if (used)
      c.exec("UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL", now, user_id);
  });
  return used;
}

int SqlPasswordResetStore::password_resets_since(std::int64_t user_id, std::int64_t since) {
  int n = 0;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT COUNT(*) FROM password_resets WHERE user_id = ? AND created_at > ?", user_id,
                        since);
    if (st->step()) n = st->int32(0);
  });
  return n;
}

}  // namespace forkant::sql
