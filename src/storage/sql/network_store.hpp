#pragma once
// The NetworkStore (services/networks.hpp) on migration 015: networks, membership periods, invitations and
// coordinators' terms; leaving also withdraws the organisation's contributions and shares (the tables of
// the benchmark and the library), because leaving owns that rule. Every query on an organisation's rows
// filters by its id. Writes join the caller's transaction (Transactor's rule).

#include <memory>

#include "services/networks.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlNetworkStore final : public NetworkStore {
 public:
  explicit SqlNetworkStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  std::int64_t insert_network(const Network& network) override;
  std::optional<Network> find_network(std::int64_t network_id) override;
  std::vector<NetworkSummary> networks_of(std::int64_t org_id) override;

  std::optional<MembershipPeriod> current_membership(std::int64_t network_id, std::int64_t org_id) override;
  std::int64_t insert_membership(std::int64_t network_id, std::int64_t org_id,
                                 std::optional<std::int64_t> joined_by, std::int64_t now) override;
  std::vector<MembershipPeriod> memberships(std::int64_t network_id) override;
  bool end_membership(std::int64_t network_id, std::int64_t org_id, std::int64_t left_by,
                      std::int64_t now) override;

  std::int64_t insert_invitation(std::int64_t network_id, std::int64_t org_id, std::int64_t invited_by_org,
                                 std::int64_t invited_by, std::int64_t now) override;
  std::optional<NetworkInvitation> find_invitation(std::int64_t invitation_id) override;
  std::optional<NetworkInvitation> open_invitation(std::int64_t network_id, std::int64_t org_id) override;
  std::vector<NetworkInvitation> invitations_to(std::int64_t org_id) override;
  std::vector<NetworkInvitation> open_invitations(std::int64_t network_id) override;
  bool answer_invitation(std::int64_t invitation_id, InvitationAnswer answer, std::int64_t answered_by,
                         std::int64_t now) override;

  std::int64_t insert_coordinator(std::int64_t network_id, std::int64_t user_id, std::int64_t org_id,
                                  std::optional<std::int64_t> appointed_by, std::int64_t now) override;
  std::vector<NetworkCoordinator> coordinators(std::int64_t network_id) override;
  std::optional<NetworkCoordinator> find_coordinator(std::int64_t coordinator_id) override;
  std::optional<NetworkCoordinator> current_coordinator(std::int64_t network_id,
                                                        std::int64_t user_id) override;
  bool end_coordinator(std::int64_t coordinator_id, std::int64_t ended_by, std::int64_t now) override;
  int end_coordinators_of_org(std::int64_t network_id, std::int64_t org_id, std::int64_t ended_by,
                              std::int64_t now) override;
  std::vector<CoordinatorCandidate> coordinator_candidates(std::int64_t network_id) override;

  void update_org_profile(std::int64_t org_id, OrgKind kind,
                          std::optional<std::int64_t> inhabitants) override;
  std::vector<std::int64_t> withdraw_contributions(std::int64_t network_id, std::int64_t org_id,
                                                   std::int64_t by, std::int64_t now) override;
  std::vector<std::int64_t> withdraw_shares(std::int64_t network_id, std::int64_t org_id, std::int64_t by,
                                            std::int64_t now) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
