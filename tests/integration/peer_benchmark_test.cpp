// The peer benchmark through the real server, on the demo's network (Demo Kommune and five other
// municipalities, each with a contributed round): Demo Kommune sees its five peers and its own position;
// contributing and withdrawing a round is audited; what is stored carries no respondent-level data; a
// network page answers only members (404 otherwise, like an unknown id), a round of another organisation
// cannot be contributed, a viewer cannot contribute; below the thresholds the page says how many more
// organisations are needed.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "support/database_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

class PeerBenchmark : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    network = database_fact(world->server, "SELECT min(id) FROM networks");
    const std::string org = std::to_string(world->demo_org);
    // Demo Kommune's two closed rounds: the demo contributed the latest; the first is not shared.
    latest_round = database_fact(world->server, "SELECT max(id) FROM rounds WHERE org_id = " + org);
    first_round = database_fact(world->server, "SELECT min(id) FROM rounds WHERE org_id = " + org);
  }
  static void TearDownTestSuite() { world.reset(); }

  static std::string benchmark_path(std::int64_t org, const std::string& query = "") {
    return "/orgs/" + std::to_string(org) + "/networks/" + std::to_string(network) + "/benchmark" + query;
  }
  static std::string round_path(std::int64_t round, const std::string& rest = "") {
    return "/rounds/" + std::to_string(round) + rest;
  }
  static std::int64_t contributions(const std::string& where) {
    return database_fact(world->server, "SELECT count(*) FROM network_contributions WHERE " + where);
  }
  static std::int64_t audit(const std::string& action, std::int64_t round) {
    return database_fact(world->server, "SELECT count(*) FROM audit_log WHERE action = '" + action +
                                            "' AND object = 'round:" + std::to_string(round) +
                                            "' AND org_id = " + std::to_string(world->demo_org));
  }

  static inline std::unique_ptr<TwoOrganisations> world;
  static inline std::int64_t network = 0;
  static inline std::int64_t latest_round = 0;
  static inline std::int64_t first_round = 0;
};

TEST_F(PeerBenchmark, DemoKommuneSeesItsFivePeersAndItsOwnPosition) {
  ASSERT_GT(network, 0);
  auto browser = world->browser(world->viewer);  // every role reads
  const auto page = browser.get(benchmark_path(world->demo_org));
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("5 andre organisationer"), std::string::npos);
  EXPECT_EQ(page.body.find("id=\"benchmark-needed\""), std::string::npos);
  EXPECT_NE(page.body.find("id=\"benchmark-table\""), std::string::npos);
  EXPECT_NE(page.body.find("<svg"), std::string::npos);
  EXPECT_NE(page.body.find("Mellem"), std::string::npos);  // a placement ("Mellem medianen og ...")
  // No other organisation's name appears: the page shows figures over organisations only.
  EXPECT_EQ(page.body.find("Anden Kommune"), std::string::npos);
  const auto english = browser.get(benchmark_path(world->demo_org), {{"Accept-Language", "en"}});
  EXPECT_EQ(english.status, 200);
}

TEST_F(PeerBenchmark, ANonMemberGets404LikeAnUnknownNetwork) {
  auto outsider = world->browser(world->outsider);
  EXPECT_EQ(outsider.get(benchmark_path(world->other_org)).status, 404);
  EXPECT_EQ(outsider.get(benchmark_path(world->demo_org)).status, 404);  // not their organisation
  auto owner = world->browser(world->owner);
  EXPECT_EQ(owner.get("/orgs/" + std::to_string(world->demo_org) + "/networks/999999/benchmark").status, 404);
  // A filter the rules do not offer cannot be asked for by its URL.
  EXPECT_EQ(owner.get(benchmark_path(world->demo_org, "?view=kind-region")).status, 404);
  EXPECT_EQ(owner.get(benchmark_path(world->demo_org, "?view=nonsense")).status, 404);
}

TEST_F(PeerBenchmark, ContributingAndWithdrawingAreAuditedAndCarryNoRespondentData) {
  auto coordinator = world->browser(world->coordinator);
  const auto page = coordinator.get(round_path(first_round));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Del med netværk"), std::string::npos);
  const std::string mine = "round_id = " + std::to_string(first_round) + " AND withdrawn_at IS NULL";
  ASSERT_EQ(contributions(mine), 0);

  const auto shared =
      coordinator.submit(round_path(first_round, "/contribute"), {{"network", std::to_string(network)}});
  EXPECT_EQ(shared.status, 303) << shared.body;
  EXPECT_EQ(contributions(mine), 1);
  EXPECT_EQ(audit("network.contributed", first_round), 1);
  // Twice is refused, and nothing more is stored.
  const auto again =
      coordinator.submit(round_path(first_round, "/contribute"), {{"network", std::to_string(network)}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(contributions(mine), 1);

  // What is stored: the whole round's figures, every one over at least k = 3 respondents; nothing
  // per respondent, group or answer (the schema has no such column: count them).
  const std::string id =
      std::to_string(database_fact(world->server, "SELECT id FROM network_contributions WHERE " + mine));
  EXPECT_GE(database_fact(world->server, "SELECT respondents FROM network_contributions WHERE id = " + id),
            3);
  EXPECT_EQ(database_fact(world->server,
                          "SELECT count(*) FROM network_contribution_scores WHERE respondents < 3 AND "
                          "contribution_id = " +
                              id),
            0);
  EXPECT_EQ(database_fact(world->server,
                          "SELECT count(*) FROM network_contribution_scores WHERE contribution_id = " + id),
            10);

  const auto withdrawn = coordinator.submit(round_path(first_round, "/withdraw-contribution"),
                                            {{"network", std::to_string(network)}});
  EXPECT_EQ(withdrawn.status, 303) << withdrawn.body;
  EXPECT_EQ(contributions(mine), 0);
  EXPECT_EQ(audit("network.contribution_withdrawn", first_round), 1);
  // The change log (the owner's) says it in words.
  auto owner = world->browser(world->owner);
  const auto log = owner.get("/orgs/" + std::to_string(world->demo_org) + "/audit");
  EXPECT_NE(log.body.find("delte de samlede resultater af målingen"), std::string::npos);
  EXPECT_NE(log.body.find("trak målingen"), std::string::npos);
}

TEST_F(PeerBenchmark, AViewerCannotContributeNorAnotherOrganisationsOwner) {
  const std::string mine = "round_id = " + std::to_string(first_round) + " AND withdrawn_at IS NULL";
  auto viewer = world->browser(world->viewer);
  EXPECT_EQ(
      viewer.submit(round_path(first_round, "/contribute"), {{"network", std::to_string(network)}}).status,
      403);
  auto leader = world->browser(world->leader);
  EXPECT_EQ(
      leader.submit(round_path(first_round, "/contribute"), {{"network", std::to_string(network)}}).status,
      403);
  // Anden Kommune's owner, naming Demo Kommune's round: not theirs, 404.
  auto outsider = world->browser(world->outsider);
  EXPECT_EQ(
      outsider.submit(round_path(first_round, "/contribute"), {{"network", std::to_string(network)}}).status,
      404);
  EXPECT_EQ(contributions(mine), 0);
  // A network Demo Kommune is not a member of: 404, nothing stored.
  auto owner = world->browser(world->owner);
  EXPECT_EQ(owner.submit(round_path(first_round, "/contribute"), {{"network", "999999"}}).status, 404);
  EXPECT_EQ(contributions(mine), 0);
}

TEST_F(PeerBenchmark, BelowTheThresholdThePageSaysHowManyMoreAreNeeded) {
  // One peer withdraws (as its owner would): Demo Kommune is left with four others, and its own
  // contribution does not count for itself.
  const std::string peer = std::to_string(database_fact(
      world->server, "SELECT min(id) FROM network_contributions WHERE withdrawn_at IS NULL AND org_id <> " +
                         std::to_string(world->demo_org)));
  database_change(world->server, "UPDATE network_contributions SET withdrawn_at = 1 WHERE id = " + peer);
  auto browser = world->browser(world->owner);
  const auto page = browser.get(benchmark_path(world->demo_org));
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("id=\"benchmark-needed\""), std::string::npos);
  EXPECT_NE(page.body.find("1 organisation mere skal dele resultater"), std::string::npos);
  EXPECT_EQ(page.body.find("class=\"num\">5<"), std::string::npos);
  database_change(world->server, "UPDATE network_contributions SET withdrawn_at = NULL WHERE id = " + peer);
  EXPECT_EQ(browser.get(benchmark_path(world->demo_org)).body.find("id=\"benchmark-needed\""),
            std::string::npos);
}

}  // namespace
}  // namespace forkant::test
