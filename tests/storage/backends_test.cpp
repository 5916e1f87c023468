// The one instantiation of the storage suite (every TEST_P(StorageTest, ...) runs once per backend),
// Transactor's rule (services/transactor.hpp) and how a backend is chosen.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "storage/database_error.hpp"
#include "storage/open.hpp"
#include "storage_test.hpp"

namespace forkant::test {
namespace {

INSTANTIATE_TEST_SUITE_P(Backends, StorageTest, ::testing::ValuesIn(backends_under_test()),
                         [](const auto& info) { return info.param.name; });

TEST(OpenBackend, TakesAPostgresqlUrlForPostgresqlAndNeverShowsItsPassword) {
  // Port 1: nothing listens there, so the PostgreSQL backend's connect fails (a SQLite file named after
  // the URL would have opened).
  for (const char* url :
       {"postgres://forkant:s3cret@127.0.0.1:1/forkant", "postgresql://forkant:s3cret@127.0.0.1:1/forkant"}) {
    try {
      open_backend(url, std::string(FORKANT_SOURCE_DIR) + "/src/storage/migrations");
      ADD_FAILURE() << url << " was opened";
    } catch (const DatabaseError& e) {
      const std::string message = e.what();
      EXPECT_NE(message.find("postgresql://forkant@127.0.0.1:1/forkant"), std::string::npos) << message;
      EXPECT_EQ(message.find("s3cret"), std::string::npos) << message;
    }
  }
}

TEST(OpenBackend, DescribesADatabaseWithoutAnyPassword) {
  EXPECT_EQ(describe_database("postgresql://forkant:s3cret@db.example:5433/forkant"),
            "postgresql://forkant@db.example:5433/forkant");
  EXPECT_EQ(describe_database("postgres://forkant@db.example/forkant?password=s3cret&sslmode=require"),
            "postgresql://forkant@db.example/forkant");
  EXPECT_EQ(describe_database("/var/lib/forkant/forkant.db"), "/var/lib/forkant/forkant.db");
}

TEST_P(StorageTest, Transactor_IsReady) {
  EXPECT_TRUE(transactor().ready());
}

TEST_P(StorageTest, Transactor_CommitsEveryCallTogether) {
  transactor().transaction([&] {
    org("A");
    org("B");
  });
  EXPECT_TRUE(orgs().find_org_by_name("A"));
  EXPECT_TRUE(orgs().find_org_by_name("B"));
}

TEST_P(StorageTest, Transactor_ReadsInsideSeeTheTransactionsOwnWrites) {
  transactor().transaction([&] {
    const auto id = org("A");
    const auto found = orgs().find_org(id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->name, "A");
  });
}

TEST_P(StorageTest, Transactor_RollsBackEverythingWhenTheFunctionThrows) {
  const Snapshot before = snapshot();
  EXPECT_THROW(transactor().transaction([&] {
    org("A");
    throw std::runtime_error("the form was wrong after all");
  }),
               std::runtime_error);
  EXPECT_EQ(describe_difference(before, snapshot()), "no difference");
}

TEST_P(StorageTest, Transactor_NestedTransactionJoinsTheOuterOne) {
  const Snapshot before = snapshot();
  EXPECT_THROW(transactor().transaction([&] {
    transactor().transaction([&] { org("Inner"); });
    // The inner transaction has returned, but nothing is committed before the outer one is.
    EXPECT_EQ(describe_difference(before, snapshot()), "no difference");
    throw std::runtime_error("outer fails");
  }),
               std::runtime_error);
  EXPECT_EQ(describe_difference(before, snapshot()), "no difference");
  EXPECT_FALSE(orgs().find_org_by_name("Inner"));
}

TEST_P(StorageTest, Transactor_FailedCallDoomsTheTransactionEvenWhenItsErrorIsCaught) {
  const Snapshot before = snapshot();
  EXPECT_THROW(transactor().transaction([&] {
    org("A");
    faults().fail_at(1);
    try {
      org("B");
    } catch (const DatabaseError&) {  // a caller that swallows the failure must not commit half the unit
    }
    org("C");
  }),
               DatabaseError);
  EXPECT_EQ(describe_difference(before, snapshot()), "no difference");
}

TEST_P(StorageTest, Transactor_CallOutsideATransactionCommitsByItself) {
  const Snapshot before = snapshot();
  org("A");
  const Snapshot after = snapshot();
  EXPECT_EQ(after.at("organisations").size(), before.at("organisations").size() + 1);
  // And a failing one leaves nothing.
  faults().fail_at(1);
  EXPECT_THROW(org("B"), DatabaseError);
  EXPECT_EQ(describe_difference(after, snapshot()), "no difference");
}

}  // namespace
}  // namespace forkant::test
