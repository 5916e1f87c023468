#pragma once
// The Transactor (services/transactor.hpp): one transaction() is one Database::write, which
// nested writes and reads join; the rule is Transactor's, kept by Database::write.

#include <memory>

#include "services/transactor.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlTransactor final : public Transactor {
 public:
  explicit SqlTransactor(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  void transaction(const std::function<void()>& fn) override;
  bool ready() override;
  CommitStats commit_stats() override { return db_->commit_stats(); }

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
