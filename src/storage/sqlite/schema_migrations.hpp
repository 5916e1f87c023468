#pragma once
// The SQLite MigrationTarget (storage/migrations.hpp): runs a migration script and records it in
// schema_migrations in one write transaction.

#include <memory>

#include "storage/migrations.hpp"
#include "storage/sqlite/database.hpp"

namespace forkant::sqlite {

class SqliteMigrationTarget final : public MigrationTarget {
 public:
  explicit SqliteMigrationTarget(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  std::set<int> applied_versions() override;
  void apply(const Migration& migration) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sqlite
