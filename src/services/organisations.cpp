#include "services/organisations.hpp"

#include "domain/accounts/credentials.hpp"
#include "services/password_quality.hpp"
#include "services/secrets.hpp"

namespace forkant {

Result<std::int64_t> OrgService::create_org(const Organisation& org, std::optional<std::int64_t> actor) {
  if (auto s = validate_organisation(org); !s) return s.error();
  if (store_.find_org_by_name(org.name)) return Error::conflict("org_name_taken", "error.org_name_taken");
  std::int64_t id = 0;
  tx_.transaction([&] {
    id = store_.insert_org(org, clock_.now());
    audit_.append_audit({id, actor, "organisation.created", "organisation:" + std::to_string(id), org.name},
                        clock_.now());
  });
  return id;
}

Status OrgService::add_member(std::int64_t org_id, std::int64_t user_id, Role role,
                              std::optional<std::int64_t> actor) {
  tx_.transaction([&] {
    store_.upsert_membership(org_id, user_id, role, clock_.now());
    audit_.append_audit(
        {org_id, actor, "member.added", "user:" + std::to_string(user_id), std::string(role_name(role))},
        clock_.now());
  });
  return ok_status();
}

Result<IssuedInvitation> OrgService::invite(std::int64_t org_id, std::int64_t actor, std::string_view email,
                                            Role role, const InvitationMail& mail) {
  if (auto s = validate_email(email); !s) return s.error();
  if (auto existing = account_store_.find_user_by_email(email)) {
    if (store_.role_of(org_id, existing->id))
      return Error::conflict("already_member", "error.already_member");
  }
  IssuedInvitation out{0, random_token()};
  const auto now = clock_.now();
  tx_.transaction([&] {
    out.id = store_.insert_member_invitation(org_id, email, role, token_hash(out.token), actor, now,
                                             now + kInvitationSeconds);
    audit_.append_audit({org_id, actor, "member.invited", "invitation:" + std::to_string(out.id),
                         std::string(email) + " (" + std::string(role_name(role)) + ")"},
                        now);
    if (mail && mail_configured()) outbox_->enqueue(mail(out.token));
  });
  if (mail && mail_configured()) outbox_->wake();
  return out;
}

std::optional<InvitationRow> OrgService::open_invitation(std::string_view token) {
  auto row = store_.find_member_invitation(token_hash(token));
  if (!row || row->accepted || row->expires_at <= clock_.now()) return std::nullopt;
  return row;
}

Error OrgService::invitation_gone(std::string_view token) {
  const auto row = store_.find_member_invitation(token_hash(token));
  if (row && row->accepted) return Error{ErrorKind::gone, "invitation_used", "error.invitation_used", {}};
  return Error{ErrorKind::gone, "invitation_invalid", "error.invitation_invalid", {}};
}

Result<User> OrgService::accept_invitation(std::string_view token, std::string_view name,
                                           std::string_view password, std::string_view address) {
  const auto inv = open_invitation(token);
  if (!inv) return Error{ErrorKind::gone, "invitation_invalid", "error.invitation_invalid", {}};
  // The same fields either way: the name is asked for even when an account exists (it keeps its name).
  if (auto s = validate_person_name(name); !s) return s.error();
  std::optional<User> user = account_store_.find_user_by_email(inv->email);
  std::string new_hash;
  // Behind the sign-in throttle whether or not the account exists, refused with the same words, and
  // with one argon2id verification either way, so neither answer nor timing tells the two apart.
  const Status checked = accounts_.throttled_check(
      inv->email, address,
      [&] {
        if (user) {
          const auto hash = account_store_.password_hash(user->id);
          return hash && verify_password(password, *hash);
        }
        static const std::string dummy = hash_password("forkant-timing-equaliser");
        (void)verify_password(password, dummy);
        return check_new_password(password, inv->email).ok();
      },
      Error::invalid("join_password_refused", "error.join_password_refused"));
  if (!checked) return checked.error();
  if (!user) new_hash = hash_password(password);  // slow: outside the transaction
  const auto now = clock_.now();
  bool used_already = false;
  std::optional<User> joined;
  tx_.transaction([&] {
    // A backend may run this more than once (PostgreSQL retries a serialization failure): it sets only
    // these two, from scratch each time.
    used_already = false;
    joined = user;
    // Check and mark in one statement: of two concurrent requests only one changes the row.
    if (!store_.mark_invitation_accepted(inv->id, now)) {
      used_already = true;
      return;
    }
    if (!joined) {
      User u{0, inv->email, std::string(name), "da"};
      u.id = account_store_.insert_user(u, new_hash, now);
      audit_.append_audit({inv->org_id, u.id, "user.created", "user:" + std::to_string(u.id), ""}, now);
      joined = u;
    }
    // Someone who became a member since the link was sent keeps the role they have now: an old link
    // must neither demote them nor give back a role an owner has since taken away. The link is spent.
    if (store_.role_of(inv->org_id, joined->id)) return;
    store_.upsert_membership(inv->org_id, joined->id, inv->role, now);
    audit_.append_audit({inv->org_id, joined->id, "member.joined", "user:" + std::to_string(joined->id),
                         std::string(role_name(inv->role))},
                        now);
  });
  if (used_already) return Error{ErrorKind::gone, "invitation_used", "error.invitation_used", {}};
  return *joined;
}

}  // namespace forkant
