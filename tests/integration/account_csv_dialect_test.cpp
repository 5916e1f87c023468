// The report of choices and decisions not to pursue as CSV agrees with results.csv: in Danish the Excel
// dialect (UTF-8 BOM, ';') with labels rather than codes; in English commas and English labels. The same
// from the page's download and from the API.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "support/world.hpp"

namespace forkant::test {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class AccountCsvDialect : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }
  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(AccountCsvDialect, DanishIsExcelsDialectWithLabels) {
  auto viewer = world->browser(world->viewer);
  for (const std::string& path : {world->org_path("/account.csv"), world->api_org_path("/account.csv")}) {
    const auto res = viewer.get(path);
    ASSERT_EQ(res.status, 200) << path;
    const std::string& csv = res.body;
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBFSpørgsmål;Art;Dato;", 0), 0U) << csv.substr(0, 60);
    EXPECT_TRUE(contains(csv, ";Fravalgt;")) << path;
    EXPECT_TRUE(contains(csv, ";Besluttet;")) << path;
    EXPECT_FALSE(contains(csv, "deselected")) << path;
    EXPECT_FALSE(contains(csv, ";decided;")) << path;
    EXPECT_TRUE(contains(csv, "\r\n4. ")) << path;  // a question by its name, not its bare number
  }
}

TEST_F(AccountCsvDialect, EnglishUsesCommasAndEnglishLabels) {
  auto person = world->browser(world->coordinator);
  ASSERT_EQ(person.submit("/language", {{"lang", "en"}, {"return", world->org_path()}}).status, 303);
  const auto res = person.get(world->org_path("/account.csv"));
  ASSERT_EQ(person.submit("/language", {{"lang", "da"}, {"return", world->org_path()}}).status, 303);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.body.rfind("Question,Kind,Date,", 0), 0U) << res.body.substr(0, 60);
  EXPECT_TRUE(contains(res.body, ",Not pursued,"));
  EXPECT_FALSE(contains(res.body, ",deselected,"));
}

}  // namespace
}  // namespace forkant::test
