#pragma once
// The MigrationTarget (storage/migrations.hpp): runs a migration script and records it in
// schema_migrations in one write transaction.

#include <memory>

#include "storage/migrations.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlMigrationTarget final : public MigrationTarget {
 public:
  explicit SqlMigrationTarget(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  std::set<int> applied_versions() override;
  void apply(const Migration& migration) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
