#pragma once
// Networks of organisations (issue 15): creating one, inviting organisations and answering invitations,
// leaving, and the network's coordinators. The rules live in domain/networks/; this service loads what
// they need, calls them and stores the result together with its audit entries in one transaction. Audit
// entries go to the acting organisation's log.
//
// Isolation: every read of a network's members, history, coordinators or invitations is for a network
// the caller has checked that its organisation is a current member of (web/network_access.hpp); the
// services of other areas (benchmark, library) ask is_member() in the same way.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/accounts/organisation.hpp"
#include "domain/accounts/role.hpp"
#include "domain/networks/network.hpp"
#include "domain/result.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"

namespace forkant {

// A person who may be appointed coordinator: an owner or coordinator of a current member organisation.
struct CoordinatorCandidate {
  std::int64_t user_id = 0;
  std::string user_name;
  std::int64_t org_id = 0;
  std::string org_name;
};

// What leaving withdrew (for the audit entries and the page's confirmation).
struct LeaveOutcome {
  int coordinators_ended = 0;
  std::vector<std::int64_t> contributions_withdrawn;  // network_contributions ids
  std::vector<std::int64_t> shares_withdrawn;         // network_shares ids
};

class NetworkStore {
 public:
  virtual ~NetworkStore() = default;
  virtual std::int64_t insert_network(const Network& network) = 0;
  virtual std::optional<Network> find_network(std::int64_t network_id) = 0;
  // The networks `org_id` is a current member of, by name.
  virtual std::vector<NetworkSummary> networks_of(std::int64_t org_id) = 0;

  virtual std::optional<MembershipPeriod> current_membership(std::int64_t network_id,
                                                             std::int64_t org_id) = 0;
  virtual std::int64_t insert_membership(std::int64_t network_id, std::int64_t org_id,
                                         std::optional<std::int64_t> joined_by, std::int64_t now) = 0;
  // Every period of every organisation, oldest first (current members: those without left_at).
  virtual std::vector<MembershipPeriod> memberships(std::int64_t network_id) = 0;
  // Ends the current period; false when there was none.
  virtual bool end_membership(std::int64_t network_id, std::int64_t org_id, std::int64_t left_by,
                              std::int64_t now) = 0;

  virtual std::int64_t insert_invitation(std::int64_t network_id, std::int64_t org_id,
                                         std::int64_t invited_by_org, std::int64_t invited_by,
                                         std::int64_t now) = 0;
  virtual std::optional<NetworkInvitation> find_invitation(std::int64_t invitation_id) = 0;
  virtual std::optional<NetworkInvitation> open_invitation(std::int64_t network_id, std::int64_t org_id) = 0;
  // Open invitations to `org_id` (its owner answers them), oldest first.
  virtual std::vector<NetworkInvitation> invitations_to(std::int64_t org_id) = 0;
  // Open invitations of a network, oldest first.
  virtual std::vector<NetworkInvitation> open_invitations(std::int64_t network_id) = 0;
  // Answers an open invitation; false when it was answered already (a concurrent request).
  virtual bool answer_invitation(std::int64_t invitation_id, InvitationAnswer answer,
                                 std::int64_t answered_by, std::int64_t now) = 0;

  virtual std::int64_t insert_coordinator(std::int64_t network_id, std::int64_t user_id, std::int64_t org_id,
                                          std::optional<std::int64_t> appointed_by, std::int64_t now) = 0;
  // Current terms, by person's name.
  virtual std::vector<NetworkCoordinator> coordinators(std::int64_t network_id) = 0;
  virtual std::optional<NetworkCoordinator> find_coordinator(std::int64_t coordinator_id) = 0;
  virtual std::optional<NetworkCoordinator> current_coordinator(std::int64_t network_id,
                                                                std::int64_t user_id) = 0;
  virtual bool end_coordinator(std::int64_t coordinator_id, std::int64_t ended_by, std::int64_t now) = 0;
  // Ends every current term from `org_id`; how many.
  virtual int end_coordinators_of_org(std::int64_t network_id, std::int64_t org_id, std::int64_t ended_by,
                                      std::int64_t now) = 0;
  virtual std::vector<CoordinatorCandidate> coordinator_candidates(std::int64_t network_id) = 0;

  // The organisation's profile that networks compare by (its kind and inhabitants: the size band).
  virtual void update_org_profile(std::int64_t org_id, OrgKind kind,
                                  std::optional<std::int64_t> inhabitants) = 0;

  // Withdraws the organisation's current contributions / shares in the network; the ids withdrawn.
  virtual std::vector<std::int64_t> withdraw_contributions(std::int64_t network_id, std::int64_t org_id,
                                                           std::int64_t by, std::int64_t now) = 0;
  virtual std::vector<std::int64_t> withdraw_shares(std::int64_t network_id, std::int64_t org_id,
                                                    std::int64_t by, std::int64_t now) = 0;
};

class OrgService;

class NetworkService {
 public:
  NetworkService(NetworkStore& store, OrgService& orgs, AuditStore& audit, Transactor& tx, const Clock& clock)
      : store_(store), orgs_(orgs), audit_(audit), tx_(tx), clock_(clock) {}

  // ---- Reads (the caller has checked the organisation's access) ----
  std::vector<NetworkSummary> networks_of(std::int64_t org_id) { return store_.networks_of(org_id); }
  bool is_member(std::int64_t network_id, std::int64_t org_id) {
    return store_.current_membership(network_id, org_id).has_value();
  }
  std::optional<Network> find(std::int64_t network_id) { return store_.find_network(network_id); }
  std::optional<MembershipPeriod> membership(std::int64_t network_id, std::int64_t org_id) {
    return store_.current_membership(network_id, org_id);
  }
  // Every period, oldest first; current_members() is the subset without left_at.
  std::vector<MembershipPeriod> history(std::int64_t network_id) { return store_.memberships(network_id); }
  std::vector<MembershipPeriod> current_members(std::int64_t network_id);
  std::vector<NetworkCoordinator> coordinators(std::int64_t network_id) {
    return store_.coordinators(network_id);
  }
  // The caller's current term from `org_id`, if any.
  bool is_coordinator(std::int64_t network_id, std::int64_t org_id, std::int64_t user_id);
  std::vector<NetworkInvitation> invitations_to(std::int64_t org_id) { return store_.invitations_to(org_id); }
  std::vector<NetworkInvitation> open_invitations(std::int64_t network_id) {
    return store_.open_invitations(network_id);
  }
  std::vector<CoordinatorCandidate> coordinator_candidates(std::int64_t network_id) {
    return store_.coordinator_candidates(network_id);
  }

  // ---- Changes: `role` is the actor's role in `org_id` (the organisation in the path) ----
  // The organisation becomes the first member and the actor the first coordinator.
  Result<std::int64_t> create(std::int64_t org_id, std::int64_t actor, Role role, const NetworkDraft& draft);
  // Invites the organisation named exactly `org_name`. Refused: forbidden (not a coordinator),
  // "network_org_unknown", "network_org_already_member", "network_invitation_open" (conflict).
  Result<std::int64_t> invite(std::int64_t network_id, std::int64_t org_id, std::int64_t actor,
                              std::string_view org_name);
  // Answers an invitation to `org_id` (another organisation's invitation: not found). "accept" makes a new
  // membership period. Refused: "network_invitation_answered" (conflict).
  Status answer(std::int64_t invitation_id, std::int64_t org_id, std::int64_t actor, Role role, bool accept);
  // Ends the membership, the organisation's coordinators' terms, and withdraws its contributions and
  // shares, in one transaction.
  Result<LeaveOutcome> leave(std::int64_t network_id, std::int64_t org_id, std::int64_t actor, Role role);
  // Appoints `user_id` coordinating from `from_org` (a current member where the person is owner or
  // coordinator). Refused: forbidden, "network_coordinator_invalid", "network_coordinator_already".
  Status appoint(std::int64_t network_id, std::int64_t org_id, std::int64_t actor, Role role,
                 std::int64_t user_id, std::int64_t from_org);
  Status end_coordinator(std::int64_t network_id, std::int64_t org_id, std::int64_t actor,
                         std::int64_t coordinator_id);
  // The organisation's kind and inhabitants, set by its owner: what the size band of the peer benchmark's
  // filters and of anonymous labels is computed from. Refused: forbidden (not an owner),
  // "org_inhabitants_invalid".
  Status set_profile(std::int64_t org_id, std::int64_t actor, Role role, OrgKind kind,
                     std::optional<std::int64_t> inhabitants);

 private:
  NetworkStore& store_;
  OrgService& orgs_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;

  void audit(std::int64_t org_id, std::int64_t actor, const std::string& action, const std::string& object,
             const std::string& detail);
};

}  // namespace forkant
