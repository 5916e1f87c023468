#include "storage/sql/network_store.hpp"

#include <string>

namespace forkant::sql {
namespace {

constexpr const char* kNetworkColumns =
    "SELECT id, name, purpose, created_by_org, created_by, created_at FROM networks ";

Network read_network(Statement& st) {
  return Network{st.int64(0), st.text(1), st.text(2), st.int64(3), st.int64(4), st.int64(5)};
}

constexpr const char* kMembershipColumns =
    "SELECT m.id, m.network_id, m.org_id, o.name, m.joined_at, m.joined_by, m.left_at, m.left_by "
    "FROM network_memberships m JOIN organisations o ON o.id = m.org_id ";

MembershipPeriod read_membership(Statement& st) {
  return MembershipPeriod{st.int64(0), st.int64(1),     st.int64(2),     st.text(3),
                          st.int64(4), st.opt_int64(5), st.opt_int64(6), st.opt_int64(7)};
}

constexpr const char* kInvitationColumns =
    "SELECT i.id, i.network_id, n.name, i.org_id, o.name, i.invited_by_org, b.name, i.invited_by, "
    "i.created_at, i.answer, i.answered_at, i.answered_by "
    "FROM network_invitations i JOIN networks n ON n.id = i.network_id "
    "JOIN organisations o ON o.id = i.org_id JOIN organisations b ON b.id = i.invited_by_org ";

NetworkInvitation read_invitation(Statement& st) {
  NetworkInvitation out{st.int64(0), st.int64(1), st.text(2),  st.int64(3), st.text(4),
                        st.int64(5), st.text(6),  st.int64(7), st.int64(8)};
  if (auto answer = st.opt_text(9)) out.answer = parse_invitation_answer(*answer);
  out.answered_at = st.opt_int64(10);
  out.answered_by = st.opt_int64(11);
  return out;
}

constexpr const char* kCoordinatorColumns =
    "SELECT c.id, c.network_id, c.user_id, u.name, c.org_id, o.name, c.appointed_at, c.appointed_by, "
    "c.ended_at, c.ended_by "
    "FROM network_coordinators c JOIN users u ON u.id = c.user_id JOIN organisations o ON o.id = c.org_id ";

NetworkCoordinator read_coordinator(Statement& st) {
  return NetworkCoordinator{st.int64(0), st.int64(1), st.int64(2),     st.text(3),      st.int64(4),
                            st.text(5),  st.int64(6), st.opt_int64(7), st.opt_int64(8), st.opt_int64(9)};
}

std::string q(const char* columns, const char* rest) {
  return std::string(columns) + rest;
}

}  // namespace

std::int64_t SqlNetworkStore::insert_network(const Network& network) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO networks(name, purpose, created_by_org, created_by, created_at) VALUES(?, ?, ?, ?, ?)",
        network.name, network.purpose, network.created_by_org, network.created_by, network.created_at);
    id = c.last_insert_id();
  });
  return id;
}

std::optional<Network> SqlNetworkStore::find_network(std::int64_t network_id) {
  std::optional<Network> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(q(kNetworkColumns, "WHERE id = ?"), network_id);
    if (st->step()) out = read_network(*st);
  });
  return out;
}

std::vector<NetworkSummary> SqlNetworkStore::networks_of(std::int64_t org_id) {
  std::vector<NetworkSummary> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT n.id, n.name, n.purpose, "
        "(SELECT COUNT(*) FROM network_memberships a WHERE a.network_id = n.id AND a.left_at IS NULL), "
        "m.joined_at "
        "FROM network_memberships m JOIN networks n ON n.id = m.network_id "
        "WHERE m.org_id = ? AND m.left_at IS NULL ORDER BY n.name, n.id",
        org_id);
    while (st->step()) {
      out.push_back({st->int64(0), st->text(1), st->text(2), st->int32(3), st->int64(4)});
    }
  });
  return out;
}

std::optional<MembershipPeriod> SqlNetworkStore::current_membership(std::int64_t network_id,
                                                                    std::int64_t org_id) {
  std::optional<MembershipPeriod> out;
  db_->read([&](Connection& c) {
    auto st =
        c.prepare(q(kMembershipColumns, "WHERE m.network_id = ? AND m.org_id = ? AND m.left_at IS NULL"),
                  network_id, org_id);
    if (st->step()) out = read_membership(*st);
  });
  return out;
}

std::int64_t SqlNetworkStore::insert_membership(std::int64_t network_id, std::int64_t org_id,
                                                std::optional<std::int64_t> joined_by, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec("INSERT INTO network_memberships(network_id, org_id, joined_at, joined_by) VALUES(?, ?, ?, ?)",
           network_id, org_id, now, joined_by);
    id = c.last_insert_id();
  });
  return id;
}

std::vector<MembershipPeriod> SqlNetworkStore::memberships(std::int64_t network_id) {
  std::vector<MembershipPeriod> out;
  db_->read([&](Connection& c) {
    auto st =
        c.prepare(q(kMembershipColumns, "WHERE m.network_id = ? ORDER BY m.joined_at, m.id"), network_id);
    while (st->step()) out.push_back(read_membership(*st));
  });
  return out;
}

bool SqlNetworkStore::end_membership(std::int64_t network_id, std::int64_t org_id, std::int64_t left_by,
                                     std::int64_t now) {
  bool changed = false;
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE network_memberships SET left_at = ?, left_by = ? "
        "WHERE network_id = ? AND org_id = ? AND left_at IS NULL",
        now, left_by, network_id, org_id);
    changed = c.changes() == 1;
  });
  return changed;
}

std::int64_t SqlNetworkStore::insert_invitation(std::int64_t network_id, std::int64_t org_id,
                                                std::int64_t invited_by_org, std::int64_t invited_by,
                                                std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO network_invitations(network_id, org_id, invited_by_org, invited_by, created_at) "
        "VALUES(?, ?, ?, ?, ?)",
        network_id, org_id, invited_by_org, invited_by, now);
    id = c.last_insert_id();
  });
  return id;
}

std::optional<NetworkInvitation> SqlNetworkStore::find_invitation(std::int64_t invitation_id) {
  std::optional<NetworkInvitation> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(q(kInvitationColumns, "WHERE i.id = ?"), invitation_id);
    if (st->step()) out = read_invitation(*st);
  });
  return out;
}

std::optional<NetworkInvitation> SqlNetworkStore::open_invitation(std::int64_t network_id,
                                                                  std::int64_t org_id) {
  std::optional<NetworkInvitation> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(q(kInvitationColumns, "WHERE i.network_id = ? AND i.org_id = ? AND i.answer IS NULL"),
                        network_id, org_id);
    if (st->step()) out = read_invitation(*st);
  });
  return out;
}

std::vector<NetworkInvitation> SqlNetworkStore::invitations_to(std::int64_t org_id) {
  std::vector<NetworkInvitation> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        q(kInvitationColumns, "WHERE i.org_id = ? AND i.answer IS NULL ORDER BY i.created_at, i.id"), org_id);
    while (st->step()) out.push_back(read_invitation(*st));
  });
  return out;
}

std::vector<NetworkInvitation> SqlNetworkStore::open_invitations(std::int64_t network_id) {
  std::vector<NetworkInvitation> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        q(kInvitationColumns, "WHERE i.network_id = ? AND i.answer IS NULL ORDER BY i.created_at, i.id"),
        network_id);
    while (st->step()) out.push_back(read_invitation(*st));
  });
  return out;
}

bool SqlNetworkStore::answer_invitation(std::int64_t invitation_id, InvitationAnswer answer,
                                        std::int64_t answered_by, std::int64_t now) {
  bool changed = false;
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE network_invitations SET answer = ?, answered_at = ?, answered_by = ? "
        "WHERE id = ? AND answer IS NULL",
        invitation_answer_name(answer), now, answered_by, invitation_id);
    changed = c.changes() == 1;
  });
  return changed;
}

std::int64_t SqlNetworkStore::insert_coordinator(std::int64_t network_id, std::int64_t user_id,
                                                 std::int64_t org_id,
                                                 std::optional<std::int64_t> appointed_by, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO network_coordinators(network_id, user_id, org_id, appointed_at, appointed_by) "
        "VALUES(?, ?, ?, ?, ?)",
        network_id, user_id, org_id, now, appointed_by);
    id = c.last_insert_id();
  });
  return id;
}

std::vector<NetworkCoordinator> SqlNetworkStore::coordinators(std::int64_t network_id) {
  std::vector<NetworkCoordinator> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        q(kCoordinatorColumns, "WHERE c.network_id = ? AND c.ended_at IS NULL ORDER BY u.name, c.id"),
        network_id);
    while (st->step()) out.push_back(read_coordinator(*st));
  });
  return out;
}

std::optional<NetworkCoordinator> SqlNetworkStore::find_coordinator(std::int64_t coordinator_id) {
  std::optional<NetworkCoordinator> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(q(kCoordinatorColumns, "WHERE c.id = ?"), coordinator_id);
    if (st->step()) out = read_coordinator(*st);
  });
  return out;
}

std::optional<NetworkCoordinator> SqlNetworkStore::current_coordinator(std::int64_t network_id,
                                                                       std::int64_t user_id) {
  std::optional<NetworkCoordinator> out;
  db_->read([&](Connection& c) {
    auto st =
        c.prepare(q(kCoordinatorColumns, "WHERE c.network_id = ? AND c.user_id = ? AND c.ended_at IS NULL"),
                  network_id, user_id);
    if (st->step()) out = read_coordinator(*st);
  });
  return out;
}

bool SqlNetworkStore::end_coordinator(std::int64_t coordinator_id, std::int64_t ended_by, std::int64_t now) {
  bool changed = false;
  db_->write([&](Connection& c) {
    c.exec("UPDATE network_coordinators SET ended_at = ?, ended_by = ? WHERE id = ? AND ended_at IS NULL",
           now, ended_by, coordinator_id);
    changed = c.changes() == 1;
  });
  return changed;
}

int SqlNetworkStore::end_coordinators_of_org(std::int64_t network_id, std::int64_t org_id,
                                             std::int64_t ended_by, std::int64_t now) {
  int changed = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE network_coordinators SET ended_at = ?, ended_by = ? "
        "WHERE network_id = ? AND org_id = ? AND ended_at IS NULL",
        now, ended_by, network_id, org_id);
    changed = c.changes();
  });
  return changed;
}

std::vector<CoordinatorCandidate> SqlNetworkStore::coordinator_candidates(std::int64_t network_id) {
  std::vector<CoordinatorCandidate> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT u.id, u.name, o.id, o.name FROM network_memberships m "
        "JOIN organisations o ON o.id = m.org_id "
        "JOIN memberships r ON r.org_id = m.org_id AND r.role IN ('owner', 'coordinator') "
        "JOIN users u ON u.id = r.user_id "
        "WHERE m.network_id = ? AND m.left_at IS NULL AND NOT EXISTS ("
        "SELECT 1 FROM network_coordinators c WHERE c.network_id = m.network_id AND c.user_id = u.id "
        "AND c.ended_at IS NULL) "
        "ORDER BY o.name, u.name, u.id",
        network_id);
    while (st->step()) out.push_back({st->int64(0), st->text(1), st->int64(2), st->text(3)});
  });
  return out;
}

void SqlNetworkStore::update_org_profile(std::int64_t org_id, OrgKind kind,
                                         std::optional<std::int64_t> inhabitants) {
  db_->write([&](Connection& c) {
    c.exec("UPDATE organisations SET kind = ?, inhabitants = ? WHERE id = ?", org_kind_name(kind),
           inhabitants, org_id);
  });
}

namespace {

// The ids of an organisation's current rows in `table` of a network, then withdrawn (both in the
// caller's transaction, so that the ids are exactly the rows withdrawn).
std::vector<std::int64_t> withdraw_current(Connection& c, const std::string& table, std::int64_t network_id,
                                           std::int64_t org_id, std::int64_t by, std::int64_t now) {
  std::vector<std::int64_t> ids;
  auto st = c.prepare(
      "SELECT id FROM " + table + " WHERE network_id = ? AND org_id = ? AND withdrawn_at IS NULL ORDER BY id",
      network_id, org_id);
  while (st->step()) ids.push_back(st->int64(0));
  c.exec("UPDATE " + table +
             " SET withdrawn_at = ?, withdrawn_by = ? WHERE network_id = ? AND org_id = ? AND withdrawn_at "
             "IS NULL",
         now, by, network_id, org_id);
  return ids;
}

}  // namespace

std::vector<std::int64_t> SqlNetworkStore::withdraw_contributions(std::int64_t network_id,
                                                                  std::int64_t org_id, std::int64_t by,
                                                                  std::int64_t now) {
  std::vector<std::int64_t> ids;
  db_->write([&](Connection& c) {
    ids = withdraw_current(c, "network_contributions", network_id, org_id, by, now);
  });
  return ids;
}

std::vector<std::int64_t> SqlNetworkStore::withdraw_shares(std::int64_t network_id, std::int64_t org_id,
                                                           std::int64_t by, std::int64_t now) {
  std::vector<std::int64_t> ids;
  db_->write(
      [&](Connection& c) { ids = withdraw_current(c, "network_shares", network_id, org_id, by, now); });
  return ids;
}

}  // namespace forkant::sql
