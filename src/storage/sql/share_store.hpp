#pragma once
// The ShareStore (services/network_sharing.hpp): texts shared with networks (network_shares and
// network_share_questions, migration 015). Every query on an organisation's shares filters by its id;
// the network's name and membership are read from networks and network_memberships. Writes join the
// caller's transaction (Transactor's rule).

#include <memory>

#include "services/network_sharing.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlShareStore final : public ShareStore {
 public:
  explicit SqlShareStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  std::optional<std::string> member_network_name(std::int64_t network_id, std::int64_t org_id) override;
  std::optional<std::string> network_name(std::int64_t network_id) override;
  std::int64_t insert_share(const Share& share) override;
  std::optional<Share> find_share(std::int64_t org_id, std::int64_t share_id) override;
  int withdraw_share(std::int64_t org_id, std::int64_t share_id, std::int64_t actor,
                     std::int64_t now) override;
  std::vector<Share> current_shares(std::int64_t org_id, ShareSource source, std::int64_t source_id) override;
  std::vector<Share> own_shares(std::int64_t org_id, std::int64_t network_id) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
