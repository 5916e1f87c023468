#include "fakes/fake_org_store.hpp"

#include <algorithm>

#include "fakes/fake_account_store.hpp"

namespace forkant::test {

std::optional<Organisation> FakeOrgStore::find_org(std::int64_t org_id) {
  const auto it = s_.orgs.find(org_id);
  if (it == s_.orgs.end()) return std::nullopt;
  return it->second;
}

std::optional<Organisation> FakeOrgStore::find_org_by_name(std::string_view name) {
  for (const auto& [id, o] : s_.orgs) {
    if (o.name == name) return o;
  }
  return std::nullopt;
}

std::int64_t FakeOrgStore::insert_org(const Organisation& org, std::int64_t) {
  if (find_org_by_name(org.name)) throw FakeStoreError("UNIQUE constraint failed: organisations.name");
  if (org.min_respondents < 3) throw FakeStoreError("CHECK constraint failed: min_respondents");
  const auto id = s_.next_org_id++;
  Organisation stored = org;
  stored.id = id;
  s_.orgs[id] = stored;
  return id;
}

std::optional<Role> FakeOrgStore::role_of(std::int64_t org_id, std::int64_t user_id) {
  const auto it = s_.memberships.find({org_id, user_id});
  if (it == s_.memberships.end()) return std::nullopt;
  return it->second;
}

void FakeOrgStore::upsert_membership(std::int64_t org_id, std::int64_t user_id, Role role, std::int64_t) {
  // The foreign keys of memberships: both the organisation and the user must exist.
  if (!s_.orgs.contains(org_id)) throw FakeStoreError("FOREIGN KEY constraint failed: memberships.org_id");
  if (users_ && !users_->user(user_id))
    throw FakeStoreError("FOREIGN KEY constraint failed: memberships.user_id");
  s_.memberships[{org_id, user_id}] = role;
}

std::vector<MemberView> FakeOrgStore::members(std::int64_t org_id) {
  std::vector<MemberView> out;
  for (const auto& [key, role] : s_.memberships) {
    if (key.first != org_id || !users_) continue;
    if (const auto u = users_->user(key.second)) out.push_back({u->id, u->name, u->email, role});
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

std::int64_t FakeOrgStore::insert_member_invitation(std::int64_t org_id, std::string_view email, Role role,
                                                    const std::string& token_hash, std::int64_t invited_by,
                                                    std::int64_t now, std::int64_t expires_at) {
  if (!s_.orgs.contains(org_id)) throw FakeStoreError("FOREIGN KEY constraint failed: member_invitations");
  for (const auto& [id, inv] : s_.invitations) {
    if (inv.token_hash == token_hash) throw FakeStoreError("UNIQUE constraint failed: token_hash");
  }
  const auto id = s_.next_invitation_id++;
  s_.invitations[id] = {InvitationRow{id, org_id, "", std::string(email), role, expires_at, false},
                        token_hash, invited_by, now, std::nullopt};
  return id;
}

std::vector<PendingInvitation> FakeOrgStore::pending_invitations(std::int64_t org_id, std::int64_t now) {
  std::vector<PendingInvitation> out;
  for (const auto& [id, inv] : s_.invitations) {  // ORDER BY id
    if (inv.row.org_id == org_id && !inv.accepted_at && inv.row.expires_at > now)
      out.push_back({id, inv.row.email, inv.row.role, inv.row.expires_at});
  }
  return out;
}

std::optional<InvitationRow> FakeOrgStore::find_member_invitation(const std::string& token_hash) {
  for (const auto& [id, inv] : s_.invitations) {
    if (inv.token_hash != token_hash) continue;
    const auto org = s_.orgs.find(inv.row.org_id);
    if (org == s_.orgs.end()) return std::nullopt;  // an inner join
    InvitationRow row = inv.row;
    row.org_name = org->second.name;
    row.accepted = inv.accepted_at.has_value();
    return row;
  }
  return std::nullopt;
}

bool FakeOrgStore::mark_invitation_accepted(std::int64_t invitation_id, std::int64_t now) {
  if (auto hook = std::exchange(before_next_mark, nullptr)) hook();
  const auto it = s_.invitations.find(invitation_id);
  if (it == s_.invitations.end() || it->second.accepted_at) return false;
  it->second.accepted_at = now;
  return true;
}

std::vector<MembershipView> FakeOrgStore::memberships_of(std::int64_t user_id) const {
  std::vector<MembershipView> out;
  for (const auto& [key, role] : s_.memberships) {
    if (key.second != user_id) continue;
    if (const auto org = s_.orgs.find(key.first); org != s_.orgs.end())
      out.push_back({org->first, org->second.name, role});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.org_name < b.org_name; });
  return out;
}

std::set<std::int64_t> FakeOrgStore::member_ids(std::int64_t org_id) const {
  std::set<std::int64_t> out;
  for (const auto& [key, role] : s_.memberships) {
    if (key.first == org_id) out.insert(key.second);
  }
  return out;
}

std::optional<std::int64_t> FakeOrgStore::accepted_at(std::int64_t invitation_id) const {
  const auto it = s_.invitations.find(invitation_id);
  if (it == s_.invitations.end()) return std::nullopt;
  return it->second.accepted_at;
}

}  // namespace forkant::test
