#pragma once
// Organisations, their members and member invitations. Every read takes the organisation id; callers
// have already checked that the signed-in person is a member (web/authorize).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/accounts/organisation.hpp"
#include "domain/accounts/role.hpp"
#include "domain/result.hpp"
#include "services/accounts.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"
#include "services/outbox.hpp"

namespace forkant {

struct MemberView {
  std::int64_t user_id = 0;
  std::string name;
  std::string email;
  Role role = Role::viewer;
};

struct PendingInvitation {
  std::int64_t id = 0;
  std::string email;
  Role role = Role::viewer;
  std::int64_t expires_at = 0;
};

struct InvitationRow {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  std::string org_name;
  std::string email;
  Role role = Role::viewer;
  std::int64_t expires_at = 0;
  bool accepted = false;
};

class OrgStore {
 public:
  virtual ~OrgStore() = default;
  virtual std::optional<Organisation> find_org(std::int64_t org_id) = 0;
  virtual std::optional<Organisation> find_org_by_name(std::string_view name) = 0;
  virtual std::int64_t insert_org(const Organisation& org, std::int64_t now) = 0;
  virtual std::optional<Role> role_of(std::int64_t org_id, std::int64_t user_id) = 0;
  virtual void upsert_membership(std::int64_t org_id, std::int64_t user_id, Role role, std::int64_t now) = 0;
  virtual std::vector<MemberView> members(std::int64_t org_id) = 0;
  virtual std::int64_t insert_member_invitation(std::int64_t org_id, std::string_view email, Role role,
                                                const std::string& token_hash, std::int64_t invited_by,
                                                std::int64_t now, std::int64_t expires_at) = 0;
  virtual std::vector<PendingInvitation> pending_invitations(std::int64_t org_id, std::int64_t now) = 0;
  virtual std::optional<InvitationRow> find_member_invitation(const std::string& token_hash) = 0;
  // Marks the invitation accepted if nobody has yet, in one statement; false when it was accepted already
  // (by a concurrent request), so that a single-use link is used once.
  virtual bool mark_invitation_accepted(std::int64_t invitation_id, std::int64_t now) = 0;
};

struct IssuedInvitation {
  std::int64_t id = 0;
  std::string token;  // shown once, in the link
};

class OrgService {
 public:
  static constexpr std::int64_t kInvitationSeconds = 14 * 24 * 3600;

  OrgService(OrgStore& store, AccountService& accounts, AccountStore& account_store, AuditStore& audit,
             Transactor& tx, const Clock& clock)
      : store_(store),
        accounts_(accounts),
        account_store_(account_store),
        audit_(audit),
        tx_(tx),
        clock_(clock) {}

  Result<std::int64_t> create_org(const Organisation& org, std::optional<std::int64_t> actor);
  std::optional<Organisation> find(std::int64_t org_id) { return store_.find_org(org_id); }
  std::optional<Organisation> find_by_name(std::string_view name) { return store_.find_org_by_name(name); }
  std::optional<Role> role_of(std::int64_t org_id, std::int64_t user_id) {
    return store_.role_of(org_id, user_id);
  }
  std::vector<MemberView> members(std::int64_t org_id) { return store_.members(org_id); }
  std::vector<PendingInvitation> pending_invitations(std::int64_t org_id) {
    return store_.pending_invitations(org_id, clock_.now());
  }

  Status add_member(std::int64_t org_id, std::int64_t user_id, Role role, std::optional<std::int64_t> actor);
  // With `mail` (and the outbox configured: set_outbox), the link is also mailed to the address, written
  // to the outbox in the invitation's transaction; `mail` words it from the token.
  using InvitationMail = std::function<OutgoingMail(const std::string& token)>;
  Result<IssuedInvitation> invite(std::int64_t org_id, std::int64_t actor, std::string_view email, Role role,
                                  const InvitationMail& mail = {});
  void set_outbox(OutboxService* outbox) { outbox_ = outbox; }
  bool mail_configured() const { return outbox_ != nullptr && outbox_->configured(); }
  // The invitation behind a link, if it is still usable (not accepted, not expired).
  std::optional<InvitationRow> open_invitation(std::string_view token);
  // Why a link is not usable (gone): "invitation_used" once accepted, else "invitation_invalid".
  Error invitation_gone(std::string_view token);
  // Accepting creates the account (name + password) or, for an existing account, checks its password
  // behind the sign-in throttle. Both cases ask for the same fields and refuse a password with the same
  // answer ("join_password_refused"), so the link does not reveal whether the address has an account.
  // "invitation_used" (gone) when a concurrent request accepted it first.
  Result<User> accept_invitation(std::string_view token, std::string_view name, std::string_view password,
                                 std::string_view address);

 private:
  OrgStore& store_;
  AccountService& accounts_;
  AccountStore& account_store_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;
  OutboxService* outbox_ = nullptr;  // member invitations by e-mail (issue 16)
};

}  // namespace forkant
