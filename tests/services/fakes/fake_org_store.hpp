#pragma once
// Organisations, memberships and member invitations in memory, with the semantics of
// src/storage/sql/org_store.cpp: unique organisation names, one membership per (organisation, user)
// whose role an upsert replaces, members by name, pending invitations by id and only those neither
// accepted nor expired, and an invitation marked accepted once.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "fakes/fake_transactor.hpp"
#include "services/organisations.hpp"

namespace forkant::test {

class FakeAccountStore;

class FakeOrgStore final : public OrgStore, public FakeTable {
 public:
  // Members are shown with the users' names and e-mail addresses (a join in SQLite).
  void link(const FakeAccountStore* users) { users_ = users; }

  std::optional<Organisation> find_org(std::int64_t org_id) override;
  std::optional<Organisation> find_org_by_name(std::string_view name) override;
  std::int64_t insert_org(const Organisation& org, std::int64_t now) override;
  std::optional<Role> role_of(std::int64_t org_id, std::int64_t user_id) override;
  void upsert_membership(std::int64_t org_id, std::int64_t user_id, Role role, std::int64_t now) override;
  std::vector<MemberView> members(std::int64_t org_id) override;
  std::int64_t insert_member_invitation(std::int64_t org_id, std::string_view email, Role role,
                                        const std::string& token_hash, std::int64_t invited_by,
                                        std::int64_t now, std::int64_t expires_at) override;
  std::vector<PendingInvitation> pending_invitations(std::int64_t org_id, std::int64_t now) override;
  std::optional<InvitationRow> find_member_invitation(const std::string& token_hash) override;
  bool mark_invitation_accepted(std::int64_t invitation_id, std::int64_t now) override;

  // For the tests and the other fakes' joins.
  std::vector<MembershipView> memberships_of(std::int64_t user_id) const;  // by organisation name
  std::set<std::int64_t> member_ids(std::int64_t org_id) const;
  std::optional<std::int64_t> accepted_at(std::int64_t invitation_id) const;
  // Runs just before the next mark_invitation_accepted, once: a test plays a concurrent request there.
  std::function<void()> before_next_mark;

  std::function<void()> snapshot() override { return snapshot_of(s_); }

 private:
  struct InvitationRecord {
    InvitationRow row;  // org_name filled in when read
    std::string token_hash;
    std::int64_t invited_by = 0;
    std::int64_t created_at = 0;
    std::optional<std::int64_t> accepted_at;
  };
  struct State {
    std::int64_t next_org_id = 1;
    std::int64_t next_invitation_id = 1;
    std::map<std::int64_t, Organisation> orgs;
    std::map<std::pair<std::int64_t, std::int64_t>, Role> memberships;  // (org, user)
    std::map<std::int64_t, InvitationRecord> invitations;
  } s_;
  const FakeAccountStore* users_ = nullptr;
};

}  // namespace forkant::test
