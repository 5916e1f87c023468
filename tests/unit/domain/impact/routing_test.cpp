#include "domain/impact/routing.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

Obligation obligation(const std::string& id) {
  Obligation o;
  o.id = id;
  o.article = "art. " + id;
  return o;
}

Finding finding(const std::string& key, std::vector<Obligation> obligations = {}) {
  Finding f;
  f.key = key;
  f.obligations = std::move(obligations);
  return f;
}

RoutingTable table() {
  RoutingTable t;
  t.forum_of = {{"dpia_required", Forum::dpo},
                {"transparency_duty", Forum::fagchef},
                {"ai_act_high_risk", Forum::direktion},
                {"ethics_red", Forum::kommunalbestyrelsen}};
  t.unrouted = Forum::jurist;
  return t;
}

TEST(Routing, NothingFoundNeedsNoForum) {
  const Routing r = route({}, table());
  EXPECT_FALSE(r.forum.has_value());
  EXPECT_TRUE(r.forum_because.empty());
  EXPECT_TRUE(r.obligations.empty());
}

TEST(Routing, TheHighestForumAnyFindingNamesDecides) {
  const Routing r =
      route({finding("transparency_duty"), finding("ai_act_high_risk"), finding("dpia_required")}, table());
  EXPECT_EQ(r.forum, Forum::direktion);
  EXPECT_EQ(r.forum_because, std::vector<std::string>{"ai_act_high_risk"});
  EXPECT_EQ(r.each.at("transparency_duty"), Forum::fagchef);
  EXPECT_EQ(r.each.at("dpia_required"), Forum::dpo);
}

TEST(Routing, EveryFindingNamingTheWinningForumIsGiven) {
  RoutingTable t = table();
  t.forum_of["no_legal_basis"] = Forum::direktion;
  const Routing r =
      route({finding("ai_act_high_risk"), finding("dpia_required"), finding("no_legal_basis")}, t);
  EXPECT_EQ(r.forum_because, (std::vector<std::string>{"ai_act_high_risk", "no_legal_basis"}));
}

TEST(Routing, AnUnroutedKeyGoesToTheTablesDefault) {
  const Routing r = route({finding("something_new")}, table());
  EXPECT_EQ(r.forum, Forum::jurist);
  EXPECT_EQ(r.each.at("something_new"), Forum::jurist);
}

TEST(Routing, ObligationsAddUpOnceEachNamingEveryFindingThatBroughtThem) {
  const Routing r = route({finding("ai_act_high_risk", {obligation("a"), obligation("b")}),
                           finding("transparency_duty", {obligation("b"), obligation("c")})},
                          table());
  ASSERT_EQ(r.obligations.size(), 3U);
  EXPECT_EQ(r.obligations[0].obligation.id, "a");
  EXPECT_EQ(r.obligations[0].because_of, std::vector<std::string>{"ai_act_high_risk"});
  EXPECT_EQ(r.obligations[1].obligation.id, "b");
  EXPECT_EQ(r.obligations[1].because_of, (std::vector<std::string>{"ai_act_high_risk", "transparency_duty"}));
  EXPECT_EQ(r.obligations[2].obligation.id, "c");
  EXPECT_EQ(r.obligations[2].because_of, std::vector<std::string>{"transparency_duty"});
}

TEST(Routing, ForumNamesRoundTripAndUnknownNamesAreRefused) {
  for (Forum f : {Forum::fagchef, Forum::dpo, Forum::jurist, Forum::direktion, Forum::dataetisk_udvalg,
                  Forum::oekonomiudvalget, Forum::kommunalbestyrelsen}) {
    EXPECT_EQ(forum_from_string(to_string(f)), f);
  }
  EXPECT_EQ(to_string(Forum::oekonomiudvalget), "oekonomiudvalget");
  EXPECT_FALSE(forum_from_string("byraadet").has_value());
  EXPECT_FALSE(forum_from_string("").has_value());
}

TEST(Routing, ForumsAreOrderedLowestToHighest) {
  EXPECT_LT(Forum::fagchef, Forum::dpo);
  EXPECT_LT(Forum::direktion, Forum::dataetisk_udvalg);
  EXPECT_LT(Forum::oekonomiudvalget, Forum::kommunalbestyrelsen);
}

}  // namespace
}  // namespace forkant
