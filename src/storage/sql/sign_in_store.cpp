#include "storage/sql/sign_in_store.hpp"

namespace forkant::sql {
namespace {

std::optional<SignInSettings> read_settings(Connection& c, std::int64_t org_id) {
  std::optional<SignInSettings> out;
  auto st = c.prepare(
      "SELECT org_id, enabled, issuer, client_id, client_secret_sealed, group_claim, passwords_allowed "
      "FROM org_sign_in WHERE org_id = ?",
      org_id);
  if (!st->step()) return out;
  SignInSettings s;
  s.org_id = st->int64(0);
  s.enabled = st->int64(1) != 0;
  s.issuer = st->text(2);
  s.client_id = st->text(3);
  s.client_secret_sealed = st->text(4);
  s.group_claim = st->text(5);
  s.passwords_allowed = st->int64(6) != 0;
  auto domains = c.prepare("SELECT domain FROM org_sign_in_domains WHERE org_id = ? ORDER BY domain", org_id);
  while (domains->step()) s.email_domains.push_back(domains->text(0));
  auto groups = c.prepare(
      "SELECT group_name, role FROM org_sign_in_groups WHERE org_id = ? ORDER BY group_name", org_id);
  while (groups->step()) {
    if (auto role = parse_role(groups->text(1))) s.group_roles.push_back({groups->text(0), *role});
  }
  out = std::move(s);
  return out;
}

}  // namespace

std::optional<SignInSettings> SqlSignInStore::sign_in_settings(std::int64_t org_id) {
  std::optional<SignInSettings> out;
  db_->read([&](Connection& c) { out = read_settings(c, org_id); });
  return out;
}

std::optional<SignInSettings> SqlSignInStore::sign_in_for_domain(std::string_view domain) {
  std::optional<SignInSettings> out;
  db_->read([&](Connection& c) {
    out.reset();
    auto st = c.prepare(
        "SELECT d.org_id FROM org_sign_in_domains d JOIN org_sign_in s ON s.org_id = d.org_id "
        "WHERE d.domain = ? AND s.enabled = 1",
        domain);
    if (st->step()) out = read_settings(c, st->int64(0));
  });
  return out;
}

void SqlSignInStore::save_sign_in_settings(const SignInSettings& s, std::int64_t now) {
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO org_sign_in(org_id, enabled, issuer, client_id, client_secret_sealed, group_claim, "
        "passwords_allowed, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(org_id) DO UPDATE SET "
        "enabled = excluded.enabled, issuer = excluded.issuer, client_id = excluded.client_id, "
        "client_secret_sealed = excluded.client_secret_sealed, group_claim = excluded.group_claim, "
        "passwords_allowed = excluded.passwords_allowed, updated_at = excluded.updated_at",
        s.org_id, s.enabled ? 1 : 0, s.issuer, s.client_id, s.client_secret_sealed, s.group_claim,
        s.passwords_allowed ? 1 : 0, now);
    c.exec("DELETE FROM org_sign_in_domains WHERE org_id = ?", s.org_id);
    for (const auto& d : s.email_domains) {
      c.exec("INSERT INTO org_sign_in_domains(domain, org_id) VALUES(?, ?)", d, s.org_id);
    }
    c.exec("DELETE FROM org_sign_in_groups WHERE org_id = ?", s.org_id);
    for (const auto& g : s.group_roles) {
      c.exec(
          "INSERT INTO org_sign_in_groups(org_id, group_name, role) VALUES(?, ?, ?) "
          "ON CONFLICT(org_id, group_name) DO UPDATE SET role = excluded.role",
          s.org_id, g.group, std::string(role_name(g.role)));
    }
  });
}

std::optional<std::int64_t> SqlSignInStore::org_claiming_domain(std::string_view domain) {
  std::optional<std::int64_t> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT org_id FROM org_sign_in_domains WHERE domain = ?", domain);
    out = st->step() ? std::optional(st->int64(0)) : std::nullopt;
  });
  return out;
}

bool SqlSignInStore::insert_pending_sign_in(const PendingSignIn& p, std::int64_t now, int limit) {
  bool stored = false;
  db_->write([&](Connection& c) {
    stored = false;
    c.exec("DELETE FROM sso_pending WHERE expires_at < ?", now);
    auto count = c.prepare("SELECT COUNT(*) FROM sso_pending WHERE org_id = ?", p.org_id);
    if (count->step() && count->int64(0) >= limit) return;
    count.reset();
    c.exec(
        "INSERT INTO sso_pending(state_hash, org_id, nonce, code_verifier, return_path, expires_at) "
        "VALUES(?, ?, ?, ?, ?, ?)",
        p.state_hash, p.org_id, p.nonce, p.code_verifier, p.return_path, p.expires_at);
    stored = true;
  });
  return stored;
}

std::optional<PendingSignIn> SqlSignInStore::take_pending_sign_in(const std::string& state_hash) {
  std::optional<PendingSignIn> out;
  db_->write([&](Connection& c) {
    out.reset();
    auto st = c.prepare(
        "SELECT state_hash, org_id, nonce, code_verifier, return_path, expires_at FROM sso_pending "
        "WHERE state_hash = ?",
        state_hash);
    if (!st->step()) return;
    PendingSignIn p{st->text(0), st->int64(1), st->text(2), st->text(3), st->text(4), st->int64(5)};
    st.reset();
    c.exec("DELETE FROM sso_pending WHERE state_hash = ?", state_hash);
    // Only the request whose DELETE removed the row may use it: two callbacks with one state get one sign-in.
    if (c.changes() == 1) out = std::move(p);
  });
  return out;
}

std::optional<std::int64_t> SqlSignInStore::external_user(std::string_view issuer, std::string_view subject) {
  std::optional<std::int64_t> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT user_id FROM external_identities WHERE issuer = ? AND subject = ?", issuer,
                        subject);
    out = st->step() ? std::optional(st->int64(0)) : std::nullopt;
  });
  return out;
}

void SqlSignInStore::insert_external_identity(std::string_view issuer, std::string_view subject,
                                              std::int64_t user_id, std::int64_t org_id, std::int64_t now) {
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO external_identities(issuer, subject, user_id, org_id, created_at) VALUES(?, ?, ?, ?, ?)",
        issuer, subject, user_id, org_id, now);
  });
}

bool SqlSignInStore::passwords_off_for(std::int64_t user_id) {
  bool out = false;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT 1 FROM memberships m JOIN org_sign_in s ON s.org_id = m.org_id "
        "WHERE m.user_id = ? AND s.enabled = 1 AND s.passwords_allowed = 0",
        user_id);
    out = st->step();
  });
  return out;
}

}  // namespace forkant::sql
