// The one instantiation of the storage suite (every TEST_P(StorageTest, ...) runs once per backend),
// Transactor's rule (services/transactor.hpp) and how a backend is chosen.
#include <gtest/gtest.h>

#include <stdexcept>

#include "storage/database_error.hpp"
#include "storage/open.hpp"
#include "storage_test.hpp"

namespace forkant::test {
namespace {

INSTANTIATE_TEST_SUITE_P(Backends, StorageTest, ::testing::ValuesIn(backends_under_test()),
                         [](const auto& info) { return info.param.name; });

TEST(OpenBackend, RefusesPostgresqlUntilItExists) {
  for (const char* url : {"postgres://forkant@localhost/forkant", "postgresql://localhost/forkant"}) {
    try {
      open_backend(url, std::string(FORKANT_SOURCE_DIR) + "/src/storage/migrations");
      ADD_FAILURE() << url << " was opened";
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("PostgreSQL is not supported yet"), std::string::npos) << e.what();
    }
  }
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
