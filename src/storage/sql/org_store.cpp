#include "storage/sql/org_store.hpp"

namespace forkant::sql {
namespace {

constexpr const char* kOrgColumns =
    "SELECT id, name, kind, size, min_respondents, inhabitants FROM organisations ";

Organisation read_org(Statement& st) {
  return Organisation{st.int64(0),     st.text(1),  parse_org_kind(st.text(2)).value_or(OrgKind::other),
                      st.opt_int64(3), st.int32(4), st.opt_int64(5)};
}

}  // namespace

std::optional<Organisation> SqlOrgStore::find_org(std::int64_t org_id) {
  std::optional<Organisation> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kOrgColumns) + "WHERE id = ?", org_id);
    if (st->step()) out = read_org(*st);
  });
  return out;
}

std::optional<Organisation> SqlOrgStore::find_org_by_name(std::string_view name) {
  std::optional<Organisation> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kOrgColumns) + "WHERE name = ?", name);
    if (st->step()) out = read_org(*st);
  });
  return out;
}

std::int64_t SqlOrgStore::insert_org(const Organisation& org, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO organisations(name, kind, size, min_respondents, inhabitants, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?)",
        org.name, org_kind_name(org.kind), org.size, org.min_respondents, org.inhabitants, now);
    id = c.last_insert_id();
  });
  return id;
}

std::optional<Role> SqlOrgStore::role_of(std::int64_t org_id, std::int64_t user_id) {
  std::optional<Role> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT role FROM memberships WHERE org_id = ? AND user_id = ?", org_id, user_id);
    if (st->step()) out = parse_role(st->text(0));
  });
  return out;
}

void SqlOrgStore::upsert_membership(std::int64_t org_id, std::int64_t user_id, Role role, std::int64_t now) {
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO memberships(org_id, user_id, role, created_at) VALUES(?, ?, ?, ?) "
        "ON CONFLICT(org_id, user_id) DO UPDATE SET role = excluded.role",
        org_id, user_id, role_name(role), now);
  });
}

std::vector<MemberView> SqlOrgStore::members(std::int64_t org_id) {
  std::vector<MemberView> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT u.id, u.name, u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id "
        "WHERE m.org_id = ? ORDER BY u.name",
        org_id);
    while (st->step()) {
      out.push_back({st->int64(0), st->text(1), st->text(2), parse_role(st->text(3)).value_or(Role::viewer)});
    }
  });
  return out;
}

std::int64_t SqlOrgStore::insert_member_invitation(std::int64_t org_id, std::string_view email, Role role,
                                                   const std::string& token_hash, std::int64_t invited_by,
                                                   std::int64_t now, std::int64_t expires_at) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO member_invitations(org_id, email, role, token_hash, invited_by, created_at, expires_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?)",
        org_id, email, role_name(role), token_hash, invited_by, now, expires_at);
    id = c.last_insert_id();
  });
  return id;
}

std::vector<PendingInvitation> SqlOrgStore::pending_invitations(std::int64_t org_id, std::int64_t now) {
  std::vector<PendingInvitation> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT id, email, role, expires_at FROM member_invitations "
        "WHERE org_id = ? AND accepted_at IS NULL AND expires_at > ? ORDER BY id",
        org_id, now);
    while (st->step()) {
      out.push_back(
          {st->int64(0), st->text(1), parse_role(st->text(2)).value_or(Role::viewer), st->int64(3)});
    }
  });
  return out;
}

std::optional<InvitationRow> SqlOrgStore::find_member_invitation(const std::string& token_hash) {
  std::optional<InvitationRow> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT i.id, i.org_id, o.name, i.email, i.role, i.expires_at, i.accepted_at IS NOT NULL "
        "FROM member_invitations i JOIN organisations o ON o.id = i.org_id WHERE i.token_hash = ?",
        token_hash);
    if (st->step()) {
      out = InvitationRow{st->int64(0),
                          st->int64(1),
                          st->text(2),
                          st->text(3),
                          parse_role(st->text(4)).value_or(Role::viewer),
                          st->int64(5),
                          st->int64(6) != 0};
    }
  });
  return out;
}

bool SqlOrgStore::mark_invitation_accepted(std::int64_t invitation_id, std::int64_t now) {
  bool changed = false;
  db_->write([&](Connection& c) {
    c.exec("UPDATE member_invitations SET accepted_at = ? WHERE id = ? AND accepted_at IS NULL", now,
           invitation_id);
    changed = c.changes() == 1;
  });
  return changed;
}

}  // namespace forkant::sql
