#pragma once
// The OpsStatsStore (services/metrics.hpp): the figures GET /metrics reads from the database at each
// scrape, one cheap query each.

#include <memory>

#include "services/metrics.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlOpsStatsStore final : public OpsStatsStore {
 public:
  explicit SqlOpsStatsStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  WriteMetrics write_metrics() override { return db_->write_metrics(); }
  std::int64_t open_rounds() override;
  std::int64_t database_size_bytes() override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
