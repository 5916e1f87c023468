// Dates on the pages in the reader's language: a decision's page says "1. november 2026" in Danish and
// "1 November 2026" in English; the register's table says "01-11-2026" in Danish and "2026-11-01" in
// English; the JSON API keeps ISO for programs.
#include <gtest/gtest.h>

#include <memory>

#include "support/world.hpp"

namespace forkant::test {
namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class PageDates : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    auto api = world->api(world->leader);
    const auto res = api.post_json(world->api_org_path("/decisions"),
                                   {{"kind", "decided"},
                                    {"title", "Datoer på dansk"},
                                    {"rationale", "Folk læser datoer på deres eget sprog."},
                                    {"questions", {2}},
                                    {"owner_id", world->leader.user_id},
                                    {"body", "Datoudvalget"},
                                    {"decided_on", "2026-11-01"},
                                    {"review_on", "2027-03-04"}});
    ASSERT_EQ(res.status, 201) << res.body;
    id = res.json().value("id", std::int64_t{0});
  }
  static void TearDownTestSuite() { world.reset(); }

  static std::string detail_path() { return world->org_path("/decisions/" + std::to_string(id)); }

  static inline std::unique_ptr<TwoOrganisations> world;
  static inline std::int64_t id = 0;
};

TEST_F(PageDates, DanishTextAndTableDates) {
  auto viewer = world->browser(world->viewer);
  const auto page = viewer.get(detail_path());
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "1. november 2026")) << "the decision date in running text";
  EXPECT_TRUE(contains(page.body, "4. marts 2027")) << "the review date in running text";
  EXPECT_FALSE(contains(page.body, ">2026-11-01<")) << "no ISO date for people to read";
  const auto reg = viewer.get(world->org_path("/decisions?q=Datoer"));
  ASSERT_EQ(reg.status, 200);
  EXPECT_TRUE(contains(reg.body, "<td>01-11-2026</td>")) << "the register's table, Danish style";
  EXPECT_TRUE(contains(reg.body, "04-03-2027")) << "the review date in the table";
}

TEST_F(PageDates, EnglishTextAndTableDates) {
  auto viewer = world->browser(world->viewer);
  ASSERT_EQ(viewer.submit("/language", {{"lang", "en"}, {"return", world->org_path()}}).status, 303);
  const auto page = viewer.get(detail_path());
  const auto reg = viewer.get(world->org_path("/decisions?q=Datoer"));
  ASSERT_EQ(viewer.submit("/language", {{"lang", "da"}, {"return", world->org_path()}}).status, 303);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "1 November 2026")) << "the decision date in running text";
  EXPECT_TRUE(contains(page.body, "4 March 2027"));
  EXPECT_FALSE(contains(page.body, "1. november 2026"));
  ASSERT_EQ(reg.status, 200);
  EXPECT_TRUE(contains(reg.body, "<td>2026-11-01</td>")) << "the register's table, ISO in English";
}

TEST_F(PageDates, TheApiKeepsIso) {
  auto api = world->api(world->viewer);
  const auto res = api.get("/api/v1/decisions/" + std::to_string(id));
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().value("decided_on", std::string{}), "2026-11-01");
}

}  // namespace
}  // namespace forkant::test
