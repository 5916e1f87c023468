// The backend-neutral migration runner (storage/migrations.hpp), against a target that records calls.
#include "storage/migrations.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "storage/database_error.hpp"

namespace forkant {
namespace {

class RecordingTarget final : public MigrationTarget {
 public:
  std::set<int> done;
  std::vector<int> applied;
  std::set<int> applied_versions() override { return done; }
  void apply(const Migration& m) override {
    applied.push_back(m.version);
    done.insert(m.version);
  }
};

TEST(Migrations, AppliesOnlyWhatIsMissingInOrder) {
  RecordingTarget target;
  target.done = {2};
  const std::vector<Migration> all{{1, "001_a.sql", ""}, {2, "002_b.sql", ""}, {3, "003_c.sql", ""}};
  EXPECT_EQ(migrate(target, all), (std::vector<std::string>{"001_a.sql", "003_c.sql"}));
  EXPECT_EQ(target.applied, (std::vector<int>{1, 3}));
  EXPECT_TRUE(migrate(target, all).empty());
}

TEST(Migrations, LoadsTheShippedFilesInOrder) {
  const auto all = load_migrations(std::string(FORKANT_SOURCE_DIR) + "/src/storage/migrations/sqlite");
  ASSERT_GE(all.size(), 5u);
  for (std::size_t i = 0; i < all.size(); ++i) EXPECT_EQ(all[i].version, static_cast<int>(i) + 1);
}

// The stores run the same SQL on both backends, so each dialect's schema history is the same list: a
// migration added for one and forgotten for the other fails here.
TEST(Migrations, EachDialectHasTheSameMigrations) {
  const std::string dir = std::string(FORKANT_SOURCE_DIR) + "/src/storage/migrations/";
  std::vector<std::string> sqlite;
  std::vector<std::string> postgresql;
  for (const auto& m : load_migrations(dir + "sqlite")) sqlite.push_back(m.name);
  for (const auto& m : load_migrations(dir + "postgresql")) postgresql.push_back(m.name);
  EXPECT_EQ(postgresql, sqlite);
}

TEST(Migrations, RefusesAMalformedName) {
  const auto dir = std::filesystem::temp_directory_path() / "forkant-migrations-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "1_short.sql") << "SELECT 1;";
  EXPECT_THROW(load_migrations(dir.string()), DatabaseError);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace forkant
