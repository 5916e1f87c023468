#include "services/networks.hpp"

#include <algorithm>

#include "domain/networks/network_permissions.hpp"
#include "services/organisations.hpp"

namespace forkant {
namespace {

std::string network_object(std::int64_t id) {
  return "network:" + std::to_string(id);
}

}  // namespace

void NetworkService::audit(std::int64_t org_id, std::int64_t actor, const std::string& action,
                           const std::string& object, const std::string& detail) {
  audit_.append_audit({org_id, actor, action, object, detail}, clock_.now());
}

std::vector<MembershipPeriod> NetworkService::current_members(std::int64_t network_id) {
  auto all = store_.memberships(network_id);
  std::erase_if(all, [](const MembershipPeriod& m) { return !m.current(); });
  std::sort(all.begin(), all.end(),
            [](const MembershipPeriod& a, const MembershipPeriod& b) { return a.org_name < b.org_name; });
  return all;
}

bool NetworkService::is_coordinator(std::int64_t network_id, std::int64_t org_id, std::int64_t user_id) {
  const auto term = store_.current_coordinator(network_id, user_id);
  return term && term->org_id == org_id;
}

Result<std::int64_t> NetworkService::create(std::int64_t org_id, std::int64_t actor, Role role,
                                            const NetworkDraft& draft) {
  if (!may_create_network(role)) return Error::forbidden();
  const auto clean = normalised(draft);
  if (auto status = validate_network(clean); !status) return status.error();
  Network network{0, clean.name, clean.purpose, org_id, actor, clock_.now()};
  tx_.transaction([&] {
    network.id = store_.insert_network(network);
    store_.insert_membership(network.id, org_id, actor, network.created_at);
    store_.insert_coordinator(network.id, actor, org_id, actor, network.created_at);
    audit(org_id, actor, "network.created", network_object(network.id), network.name);
  });
  return network.id;
}

Result<std::int64_t> NetworkService::invite(std::int64_t network_id, std::int64_t org_id, std::int64_t actor,
                                            std::string_view org_name) {
  if (!is_member(network_id, org_id)) return Error::not_found();
  if (!may_invite_to_network(is_coordinator(network_id, org_id, actor))) return Error::forbidden();
  const auto network = store_.find_network(network_id);
  if (!network) return Error::not_found();
  std::string name(org_name);
  name = normalised(NetworkDraft{name, {}}).name;  // the same trimming as names
  const auto invited = name.empty() ? std::nullopt : orgs_.find_by_name(name);
  if (!invited) return Error::invalid("network_org_unknown", "error.network_org_unknown");
  std::int64_t id = 0;
  std::optional<Error> refused;
  tx_.transaction([&] {
    id = 0;
    refused.reset();
    if (store_.current_membership(network_id, invited->id)) {
      refused = Error::invalid("network_org_already_member", "error.network_org_already_member",
                               {{"org", invited->name}});
      return;
    }
    if (store_.open_invitation(network_id, invited->id)) {
      refused = Error::conflict("network_invitation_open", "error.network_invitation_open",
                                {{"org", invited->name}});
      return;
    }
    id = store_.insert_invitation(network_id, invited->id, org_id, actor, clock_.now());
    audit(org_id, actor, "network.invited", network_object(network_id), network->name + ": " + invited->name);
  });
  if (refused) return *refused;
  return id;
}

Status NetworkService::answer(std::int64_t invitation_id, std::int64_t org_id, std::int64_t actor, Role role,
                              bool accept) {
  const auto invitation = store_.find_invitation(invitation_id);
  if (!invitation || invitation->org_id != org_id) return Error::not_found();
  if (!may_answer_network_invitation(role)) return Error::forbidden();
  bool answered = false;
  tx_.transaction([&] {
    const auto now = clock_.now();
    answered = store_.answer_invitation(
        invitation_id, accept ? InvitationAnswer::accepted : InvitationAnswer::declined, actor, now);
    if (!answered) return;
    if (accept) {
      // An invitation stays open while its organisation is a member only if it was invited before it
      // left: the open-invitation rule (invite) prevents the other way round.
      if (!store_.current_membership(invitation->network_id, org_id)) {
        store_.insert_membership(invitation->network_id, org_id, actor, now);
      }
      audit(org_id, actor, "network.joined", network_object(invitation->network_id),
            invitation->network_name);
    } else {
      audit(org_id, actor, "network.declined", network_object(invitation->network_id),
            invitation->network_name);
    }
  });
  if (!answered) return Error::conflict("network_invitation_answered", "error.network_invitation_answered");
  return ok_status();
}

Result<LeaveOutcome> NetworkService::leave(std::int64_t network_id, std::int64_t org_id, std::int64_t actor,
                                           Role role) {
  const auto network = store_.find_network(network_id);
  if (!network || !is_member(network_id, org_id)) return Error::not_found();
  if (!may_leave_network(role)) return Error::forbidden();
  LeaveOutcome outcome;
  bool left = false;
  tx_.transaction([&] {
    outcome = LeaveOutcome{};
    const auto now = clock_.now();
    left = store_.end_membership(network_id, org_id, actor, now);
    if (!left) return;
    outcome.coordinators_ended = store_.end_coordinators_of_org(network_id, org_id, actor, now);
    outcome.contributions_withdrawn = store_.withdraw_contributions(network_id, org_id, actor, now);
    outcome.shares_withdrawn = store_.withdraw_shares(network_id, org_id, actor, now);
    audit(org_id, actor, "network.left", network_object(network_id), network->name);
    for (const auto id : outcome.contributions_withdrawn) {
      audit(org_id, actor, "network.contribution_withdrawn_on_leaving",
            "network_contribution:" + std::to_string(id), network->name);
    }
    for (const auto id : outcome.shares_withdrawn) {
      audit(org_id, actor, "network.share_withdrawn_on_leaving", "network_share:" + std::to_string(id),
            network->name);
    }
  });
  if (!left) return Error::not_found();  // a concurrent request left first
  return outcome;
}

Status NetworkService::appoint(std::int64_t network_id, std::int64_t org_id, std::int64_t actor, Role role,
                               std::int64_t user_id, std::int64_t from_org) {
  const auto network = store_.find_network(network_id);
  if (!network || !is_member(network_id, org_id)) return Error::not_found();
  const bool has_coordinators = !store_.coordinators(network_id).empty();
  if (!may_appoint_coordinator(role, is_coordinator(network_id, org_id, actor), has_coordinators)) {
    return Error::forbidden();
  }
  const auto candidate_role = orgs_.role_of(from_org, user_id);
  if (!is_member(network_id, from_org) || !candidate_role || !may_be_coordinator(*candidate_role)) {
    return Error::invalid("network_coordinator_invalid", "error.network_coordinator_invalid");
  }
  std::optional<Error> refused;
  tx_.transaction([&] {
    refused.reset();
    if (store_.current_coordinator(network_id, user_id)) {
      refused = Error::conflict("network_coordinator_already", "error.network_coordinator_already");
      return;
    }
    store_.insert_coordinator(network_id, user_id, from_org, actor, clock_.now());
    std::string who;
    for (const auto& c : store_.coordinators(network_id)) {
      if (c.user_id == user_id) who = c.user_name + " (" + c.org_name + ")";
    }
    audit(org_id, actor, "network.coordinator_appointed", network_object(network_id),
          network->name + ": " + who);
  });
  if (refused) return *refused;
  return ok_status();
}

Status NetworkService::end_coordinator(std::int64_t network_id, std::int64_t org_id, std::int64_t actor,
                                       std::int64_t coordinator_id) {
  const auto network = store_.find_network(network_id);
  if (!network || !is_member(network_id, org_id)) return Error::not_found();
  const auto term = store_.find_coordinator(coordinator_id);
  if (!term || term->network_id != network_id || !term->current()) return Error::not_found();
  if (!may_end_coordinator(is_coordinator(network_id, org_id, actor))) return Error::forbidden();
  bool ended = false;
  tx_.transaction([&] {
    ended = store_.end_coordinator(coordinator_id, actor, clock_.now());
    if (!ended) return;
    audit(org_id, actor, "network.coordinator_ended", network_object(network_id),
          network->name + ": " + term->user_name + " (" + term->org_name + ")");
  });
  if (!ended) return Error::not_found();
  return ok_status();
}

Status NetworkService::set_profile(std::int64_t org_id, std::int64_t actor, Role role, OrgKind kind,
                                   std::optional<std::int64_t> inhabitants) {
  if (role != Role::owner) return Error::forbidden();
  auto org = orgs_.find(org_id);
  if (!org) return Error::not_found();
  org->kind = kind;
  org->inhabitants = inhabitants;
  if (auto s = validate_organisation(*org); !s) return s.error();
  tx_.transaction([&] {
    store_.update_org_profile(org_id, kind, inhabitants);
    const std::string detail = std::string(org_kind_name(kind)) + ", " +
                               (inhabitants ? std::to_string(*inhabitants) : std::string("-"));
    audit(org_id, actor, "organisation.profile_changed", "organisation:" + std::to_string(org_id), detail);
  });
  return ok_status();
}

}  // namespace forkant
