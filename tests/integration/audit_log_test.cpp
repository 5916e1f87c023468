// The change log ("Ændringslog") over HTTP: entries read as sentences in the reader's language with no
// raw codes, times in Copenhagen, objects linked; filters by person, kind and period, pages that keep the
// filter, and a bad filter refused with a message (400) on the page and in the API. Owners only.
#include <gtest/gtest.h>

#include <memory>
#include <regex>
#include <string>

#include "support/server_process.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class AuditLog : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    // Lise Leder decides not to pursue something: an entry of hers, of kind "decision".
    auto api = world->api(world->leader);
    const auto res = api.post_json(world->api_org_path("/decisions"),
                                   {{"kind", "deselected"},
                                    {"title", "Ingen egen borger-app"},
                                    {"rationale", "Borgerne bruger de fælles løsninger."},
                                    {"questions", {4}},
                                    {"owner_id", world->leader.user_id},
                                    {"body", "Direktionen"},
                                    {"decided_on", "2026-03-03"}});
    ASSERT_EQ(res.status, 201) << res.body;
    decision_id = res.json().value("id", std::int64_t{0});
  }
  static void TearDownTestSuite() { world.reset(); }
  static inline std::unique_ptr<TwoOrganisations> world;
  static inline std::int64_t decision_id = 0;
};

TEST_F(AuditLog, EntriesAreSentencesWithLinkedObjectsAndNoRawCodes) {
  auto owner = world->browser(world->owner);
  const auto res = owner.get(world->org_path("/audit"));
  ASSERT_EQ(res.status, 200);
  const std::string& page = res.body;
  EXPECT_TRUE(contains(page, "Ændringslog"));
  EXPECT_TRUE(contains(page, "Lise Leder fravalgte »Ingen egen borger-app«."));
  EXPECT_TRUE(
      contains(page, "href=\"" + world->org_path("/decisions/" + std::to_string(decision_id)) + "\""));
  const auto table = page.substr(page.find("<table"));
  for (const char* code :
       {"decision.created", "deselected", "member.added", ">leader<", "(leader)", "round.closed"})
    EXPECT_FALSE(contains(table, code)) << code;
  EXPECT_TRUE(std::regex_search(table, std::regex(R"(<td class="nowrap">\d\d-\d\d-\d{4} \d\d:\d\d</td>)")));
}

TEST_F(AuditLog, FiltersByPersonKindAndPeriod) {
  auto api = world->api(world->owner);
  const auto mine = api.get(world->api_org_path("/audit?actor=" + std::to_string(world->leader.user_id)));
  ASSERT_EQ(mine.status, 200) << mine.body;
  const auto entries = mine.json()["entries"];
  ASSERT_FALSE(entries.empty());
  for (const auto& e : entries) EXPECT_EQ(e.value("actor_id", std::int64_t{0}), world->leader.user_id);
  EXPECT_EQ(entries[0].value("text", ""), "Lise Leder fravalgte »Ingen egen borger-app«.");
  EXPECT_EQ(entries[0].value("object_url", ""), world->org_path("/decisions/" + std::to_string(decision_id)));

  const auto decisions = api.get(world->api_org_path("/audit?kind=decision")).json()["entries"];
  ASSERT_FALSE(decisions.empty());
  for (const auto& e : decisions) {
    const std::string action = e.value("action", "");
    EXPECT_TRUE(action.starts_with("decision.") || action.starts_with("briefing.")) << e.dump();
  }
  const auto meetings = api.get(world->api_org_path("/audit?kind=meeting")).json()["entries"];
  for (const auto& e : meetings) EXPECT_TRUE(e.value("action", "").starts_with("meeting")) << e.dump();

  EXPECT_TRUE(api.get(world->api_org_path("/audit?from=2000-01-01&to=2000-01-31")).json()["entries"].empty());
  EXPECT_FALSE(api.get(world->api_org_path("/audit?from=2000-01-01")).json()["entries"].empty());

  // The page keeps the filter in its form.
  auto owner = world->browser(world->owner);
  const auto page =
      owner.get(world->org_path("/audit?kind=decision&actor=" + std::to_string(world->leader.user_id)));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "<option value=\"decision\" selected>"));
  EXPECT_TRUE(contains(page.body, "Ingen egen borger-app"));
  EXPECT_FALSE(contains(page.body, "oprettede målingen"));  // rounds are filtered out
}

TEST_F(AuditLog, PagesFiftyAtATimeKeepingTheFilter) {
  auto api = world->api(world->owner);
  const auto all = api.get(world->api_org_path("/audit")).json()["entries"];
  ASSERT_GT(all.size(), 50U) << "the demo should have more than one page of changes";
  auto owner = world->browser(world->owner);
  const auto first = owner.get(world->org_path("/audit?from=2000-01-01"));
  ASSERT_EQ(first.status, 200);
  EXPECT_TRUE(contains(first.body, "from=2000-01-01&amp;page=2\" rel=\"next\""));
  EXPECT_FALSE(contains(first.body, "rel=\"prev\""));
  const auto second = owner.get(world->org_path("/audit?from=2000-01-01&page=2"));
  ASSERT_EQ(second.status, 200);
  EXPECT_TRUE(contains(second.body, "from=2000-01-01&amp;page=1\" rel=\"prev\""));
  // The 51st entry (newest first) opens page 2.
  const auto fifty_first = all[50].value("text", "");
  EXPECT_TRUE(contains(second.body, fifty_first.substr(0, 20))) << fifty_first;
  // A page past the end is empty, not an error.
  EXPECT_EQ(owner.get(world->org_path("/audit?page=999")).status, 200);
}

TEST_F(AuditLog, ABadFilterIsRefusedWithAMessage) {
  auto owner = world->browser(world->owner);
  auto api = world->api(world->owner);
  const std::vector<std::pair<std::string, std::string>> bad{
      {"from=2026-13-40", "ikke gyldig"},
      {"to=yesterday", "ikke gyldig"},
      {"from=2026-05-02&to=2026-05-01", "Perioden slutter, før den begynder"},
      {"kind=nonsense", "Den slags ændring findes ikke"},
      {"actor=999999", "Personen findes ikke i organisationen"},
      {"actor=" + std::to_string(world->outsider.user_id), "Personen findes ikke i organisationen"},
      {"actor=abc", "Personen findes ikke i organisationen"},
      {"page=0", "Sidetallet"},
      {"page=-1", "Sidetallet"},
      {"page=x", "Sidetallet"}};
  for (const auto& [query, message] : bad) {
    const auto page = owner.get(world->org_path("/audit?" + query));
    EXPECT_EQ(page.status, 400) << query;
    EXPECT_TRUE(contains(page.body, message)) << query;
    const auto json = api.get(world->api_org_path("/audit?" + query));
    EXPECT_EQ(json.status, 400) << query;
    EXPECT_FALSE(json.json()["error"]["message"].get<std::string>().empty()) << query;
  }
}

TEST_F(AuditLog, IsTheOwnersOnly) {
  // Members below owner are told it is not for them; outsiders learn nothing.
  EXPECT_EQ(world->browser(world->viewer).get(world->org_path("/audit")).status, 403);
  EXPECT_EQ(world->browser(world->coordinator).get(world->org_path("/audit")).status, 403);
  EXPECT_EQ(world->api(world->outsider).get(world->api_org_path("/audit")).status, 404);
  EXPECT_EQ(world->browser(world->outsider).get(world->org_path("/audit?kind=decision")).status, 404);
}

TEST_F(AuditLog, SpeaksEnglish) {
  auto person = world->browser(world->owner);
  ASSERT_EQ(person.submit("/language", {{"lang", "en"}, {"return", world->org_path("/audit")}}).status, 303);
  const std::string page = person.get(world->org_path("/audit")).body;
  ASSERT_EQ(person.submit("/language", {{"lang", "da"}, {"return", world->org_path()}}).status, 303);
  EXPECT_TRUE(contains(page, "Change log"));
  EXPECT_TRUE(contains(page, "Lise Leder decided not to pursue “Ingen egen borger-app”."));
  EXPECT_TRUE(std::regex_search(page, std::regex(R"(<td class="nowrap">\d{4}-\d\d-\d\d \d\d:\d\d</td>)")));
}

}  // namespace
}  // namespace forkant::test
