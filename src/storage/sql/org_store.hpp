#pragma once
// The OrgStore (services/organisations.hpp): organisations, memberships and member invitations
// (migration 001). Every query on tenant data filters by organisation id. Writes join the caller's
// transaction (Transactor's rule).

#include <memory>

#include "services/organisations.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlOrgStore final : public OrgStore {
 public:
  explicit SqlOrgStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

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

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
