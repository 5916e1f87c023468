#pragma once
// The ContributionStore (services/peer_benchmark.hpp): rounds' aggregate results contributed to networks
// (migration 015, network_contributions and network_contribution_scores). An organisation's own rows are
// read by its org_id; a network's rows by the network, which the web layer has resolved for a current
// member only, and only from organisations that are current members themselves. Writes join the caller's
// transaction (Transactor's rule).

#include <memory>

#include "services/peer_benchmark.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlContributionStore final : public ContributionStore {
 public:
  explicit SqlContributionStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  std::optional<Organisation> organisation(std::int64_t org_id) override;
  ContributionMark contribution_mark(std::int64_t network_id) override;
  bool is_current_member(std::int64_t network_id, std::int64_t org_id) override;
  std::int64_t insert_contribution(const ContributionRecord& record) override;
  bool withdraw_contribution(std::int64_t network_id, std::int64_t org_id, std::int64_t round_id,
                             std::int64_t actor, std::int64_t now) override;
  std::vector<ContributionRecord> round_contributions(std::int64_t org_id, std::int64_t round_id) override;
  std::vector<ContributionHead> current_contributions(std::int64_t network_id) override;
  std::vector<std::pair<std::int64_t, ContributionSnapshot>> contribution_snapshots(
      std::int64_t network_id, std::int64_t framework_id) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
