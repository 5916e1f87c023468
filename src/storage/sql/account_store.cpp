#include "storage/sql/account_store.hpp"

namespace forkant::sql {
namespace {

User read_user(Statement& st) {
  return User{st.int64(0), st.text(1), st.text(2), st.text(3)};
}

}  // namespace

std::optional<User> SqlAccountStore::find_user(std::int64_t id) {
  std::optional<User> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT id, email, name, language FROM users WHERE id = ?", id);
    if (st->step()) out = read_user(*st);
  });
  return out;
}

std::optional<User> SqlAccountStore::find_user_by_email(std::string_view email) {
  std::optional<User> out;
  db_->read([&](Connection& c) {
    // Without regard to ASCII case: SQLite's column is COLLATE NOCASE, PostgreSQL's has a unique index on
    // lower(email). lower() folds ASCII only under "C", exactly like NOCASE; the parameter is put under
    // "C" too, or it would be folded by the database's own locale (Æ to æ).
    auto st = c.prepare(c.dialect() == Dialect::postgresql
                            ? "SELECT id, email, name, language FROM users "
                              "WHERE lower(email) = lower(CAST(? AS TEXT) COLLATE \"C\")"
                            : "SELECT id, email, name, language FROM users WHERE email = ?",
                        email);
    if (st->step()) out = read_user(*st);
  });
  return out;
}

std::optional<std::string> SqlAccountStore::password_hash(std::int64_t user_id) {
  std::optional<std::string> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT password_hash FROM users WHERE id = ?", user_id);
    if (st->step()) out = st->text(0);
  });
  return out;
}

std::int64_t SqlAccountStore::insert_user(const User& user, const std::string& password_hash,
                                          std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec("INSERT INTO users(email, name, password_hash, language, created_at) VALUES(?, ?, ?, ?, ?)",
           user.email, user.name, password_hash, user.language, now);
    id = c.last_insert_id();
  });
  return id;
}

void SqlAccountStore::set_language(std::int64_t user_id, std::string_view language) {
  db_->write([&](Connection& c) { c.exec("UPDATE users SET language = ? WHERE id = ?", language, user_id); });
}

std::vector<MembershipView> SqlAccountStore::memberships(std::int64_t user_id) {
  std::vector<MembershipView> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT o.id, o.name, m.role FROM memberships m JOIN organisations o ON o.id = m.org_id "
        "WHERE m.user_id = ? ORDER BY o.name",
        user_id);
    while (st->step())
      out.push_back({st->int64(0), st->text(1), parse_role(st->text(2)).value_or(Role::viewer)});
  });
  return out;
}

void SqlAccountStore::insert_session(const std::string& id_hash, std::int64_t user_id,
                                     const std::string& csrf, std::int64_t now) {
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO sessions(id_hash, user_id, csrf_token, created_at, last_seen_at) VALUES(?, ?, ?, ?, ?)",
        id_hash, user_id, csrf, now, now);
  });
}

std::optional<SessionRow> SqlAccountStore::find_session(const std::string& id_hash) {
  std::optional<SessionRow> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT user_id, csrf_token, created_at, last_seen_at, device FROM sessions WHERE id_hash = ?",
        id_hash);
    if (st->step()) out = SessionRow{st->int64(0), st->text(1), st->int64(2), st->int64(3), st->text(4)};
  });
  return out;
}

void SqlAccountStore::touch_session(const std::string& id_hash, std::int64_t now) {
  db_->write(
      [&](Connection& c) { c.exec("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?", now, id_hash); });
}

void SqlAccountStore::delete_session(const std::string& id_hash) {
  db_->write([&](Connection& c) { c.exec("DELETE FROM sessions WHERE id_hash = ?", id_hash); });
}

int SqlAccountStore::delete_other_sessions(std::int64_t user_id, const std::string& keep_id_hash) {
  int ended = 0;
  db_->write([&](Connection& c) {
    c.exec("DELETE FROM sessions WHERE user_id = ? AND id_hash <> ?", user_id, keep_id_hash);
    ended = c.changes();
  });
  return ended;
}

std::vector<StoredSession> SqlAccountStore::sessions_of(std::int64_t user_id) {
  std::vector<StoredSession> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT id_hash, csrf_token, created_at, last_seen_at, device FROM sessions WHERE user_id = ? "
        "ORDER BY created_at, id_hash",
        user_id);
    while (st->step())
      out.push_back({st->text(0), SessionRow{user_id, st->text(1), st->int64(2), st->int64(3), st->text(4)}});
  });
  return out;
}

void SqlAccountStore::set_session_device(const std::string& id_hash, const std::string& device) {
  db_->write(
      [&](Connection& c) { c.exec("UPDATE sessions SET device = ? WHERE id_hash = ?", device, id_hash); });
}

std::vector<LoginFailure> SqlAccountStore::login_failures(std::string_view account, std::int64_t after) {
  std::vector<LoginFailure> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT address, at, forgiven FROM login_failures WHERE account = ? AND at > ? ORDER BY at, forgiven "
        "DESC",
        account, after);
    while (st->step()) out.push_back({st->text(0), st->int64(1), st->int64(2) != 0});
  });
  return out;
}

void SqlAccountStore::insert_login_failure(std::string_view account, std::string_view address,
                                           std::int64_t at, std::int64_t forget_up_to) {
  db_->write([&](Connection& c) {
    c.exec("DELETE FROM login_failures WHERE at <= ?", forget_up_to);
    c.exec("INSERT INTO login_failures(account, address, at) VALUES(?, ?, ?)", account, address, at);
  });
}

void SqlAccountStore::forgive_login_failures(std::string_view account, std::string_view address) {
  db_->write([&](Connection& c) {
    c.exec("UPDATE login_failures SET forgiven = 1 WHERE account = ? AND address = ?", account, address);
  });
}

void SqlAccountStore::set_password_hash(std::int64_t user_id, const std::string& password_hash) {
  db_->write([&](Connection& c) {
    c.exec("UPDATE users SET password_hash = ? WHERE id = ?", password_hash, user_id);
  });
}

std::int64_t SqlAccountStore::insert_api_token(const std::string& token_hash, std::int64_t user_id,
                                               std::string_view name, std::int64_t now,
                                               std::int64_t expires_at) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec("INSERT INTO api_tokens(token_hash, user_id, label, created_at, expires_at) VALUES(?, ?, ?, ?, ?)",
           token_hash, user_id, name, now, expires_at);
    id = c.last_insert_id();
  });
  return id;
}

namespace {

constexpr const char* kTokenColumns =
    "SELECT id, user_id, label, created_at, last_used_at, expires_at, revoked_at FROM api_tokens ";

ApiTokenRow read_token(Statement& st) {
  return ApiTokenRow{st.int64(0),     st.int64(1), st.text(2),     st.int64(3),
                     st.opt_int64(4), st.int64(5), st.opt_int64(6)};
}

}  // namespace

std::optional<ApiTokenRow> SqlAccountStore::find_api_token(const std::string& token_hash) {
  std::optional<ApiTokenRow> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kTokenColumns) + "WHERE token_hash = ?", token_hash);
    if (st->step()) out = read_token(*st);
  });
  return out;
}

void SqlAccountStore::touch_api_token(std::int64_t token_id, std::int64_t now) {
  db_->write(
      [&](Connection& c) { c.exec("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", now, token_id); });
}

std::vector<ApiTokenRow> SqlAccountStore::api_tokens(std::int64_t user_id) {
  std::vector<ApiTokenRow> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        std::string(kTokenColumns) + "WHERE user_id = ? AND revoked_at IS NULL ORDER BY id DESC", user_id);
    while (st->step()) out.push_back(read_token(*st));
  });
  return out;
}

std::optional<bool> SqlAccountStore::revoke_api_token(std::int64_t user_id, std::int64_t token_id,
                                                      std::int64_t now) {
  std::optional<bool> out;
  db_->write([&](Connection& c) {
    out.reset();  // PostgreSQL may run this again (a serialization failure): the last run answers
    c.exec("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL", now,
           token_id, user_id);
    if (c.changes() == 1) {
      out = true;
      return;
    }
    auto st = c.prepare("SELECT 1 FROM api_tokens WHERE id = ? AND user_id = ?", token_id, user_id);
    if (st->step()) out = false;
  });
  return out;
}

int SqlAccountStore::revoke_api_tokens(std::int64_t user_id, std::int64_t now) {
  int changed = 0;
  db_->write([&](Connection& c) {
    c.exec("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", now, user_id);
    changed = c.changes();
  });
  return changed;
}

}  // namespace forkant::sql
