// The decision register's filter is read by one parser for the page and the API: the same bad input is
// refused by both with 400, the same code and the same message naming the field; the page shows it
// above the filter form, on the field, in the user's language, and lists nothing under a refused
// filter. A good filter works on both.
#include <gtest/gtest.h>

#include <memory>

#include "support/api_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

class DecisionFilterPageAndApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    auto api = world->api(world->leader);
    for (const auto& [kind, title] :
         {std::pair{"decided", "Digital post først"}, std::pair{"deselected", "Ingen ansigtsgenkendelse"}}) {
      const auto res = api.post_json(world->api_org_path("/decisions"), {{"kind", kind},
                                                                         {"title", title},
                                                                         {"rationale", "Fordi"},
                                                                         {"questions", {4}},
                                                                         {"owner_id", world->leader.user_id},
                                                                         {"body", "Direktionen"},
                                                                         {"decided_on", "2026-03-03"}});
      ASSERT_EQ(res.status, 201) << res.body;
    }
  }
  static void TearDownTestSuite() { world.reset(); }
  static inline std::unique_ptr<TwoOrganisations> world;
};

struct BadFilter {
  std::string query;
  std::string field;  // the query parameter, and the id suffix of its form control (f-<field>)
  std::string code;
  std::string words;  // what the Danish message says about the field
};

const std::vector<BadFilter> kBadFilters = {
    {"kind=bogus", "kind", "unknown_kind", "»Type«"},
    {"kind=lesson", "kind", "unknown_kind", "»Type«"},
    {"question=11", "question", "unknown_question", "»Spørgsmål«"},
    {"question=0", "question", "unknown_question", "»Spørgsmål«"},
    {"question=abc", "question", "wrong_type", "»Spørgsmål«"},
    {"question=4294967300", "question", "unknown_question", "»Spørgsmål«"},
    {"owner=abc", "owner", "wrong_type", "»Ansvarlig«"},
    {"owner=-1", "owner", "wrong_type", "»Ansvarlig«"},
    {"owner=99999999999999999999", "owner", "value_out_of_range", "»Ansvarlig«"},
    {"from=2026-13-01", "from", "invalid_date", "»Fra dato«"},
    {"from=yesterday", "from", "invalid_date", "»Fra dato«"},
    {"kind=decided&to=2026-02-30", "to", "invalid_date", "»Til dato«"},
};

// The opening tag of the form control with id `id`.
std::string control(const std::string& html, const std::string& id) {
  const auto at = html.find("id=\"" + id + "\"");
  if (at == std::string::npos) return "";
  const auto start = html.rfind('<', at);
  return html.substr(start, html.find('>', at) - start + 1);
}

TEST_F(DecisionFilterPageAndApi, TheSameBadFilterIsRefusedByThePageAndTheApiAlike) {
  auto api = world->api(world->viewer);
  auto browser = world->browser(world->viewer);
  const auto decisions = decision_count(api, world->demo_org);
  for (const auto& bad : kBadFilters) {
    const auto json = api.get(world->api_org_path("/decisions?" + bad.query));
    EXPECT_EQ(json.status, 400) << bad.query << ": " << json.body;
    EXPECT_EQ(json.json()["error"]["code"], bad.code) << bad.query << ": " << json.body;
    EXPECT_EQ(json.json()["error"]["details"]["field"], bad.field) << bad.query;
    const std::string message = json.json()["error"]["message"].is_string()
                                    ? json.json()["error"]["message"].get<std::string>()
                                    : std::string();
    EXPECT_NE(message.find(bad.words), std::string::npos) << bad.query << ": " << message;

    const auto page = browser.get(world->org_path("/decisions?" + bad.query));
    EXPECT_EQ(page.status, 400) << bad.query;
    EXPECT_NE(page.body.find("<form method=\"get\" action=\"/orgs/" + std::to_string(world->demo_org) +
                             "/decisions\""),
              std::string::npos)
        << bad.query << ": the filter form is shown to be corrected";
    EXPECT_NE(
        page.body.find(R"(<div class="alert error" role="alert" id="filter-error"><p>)" + message + "</p>"),
        std::string::npos)
        << bad.query << ": the API's message, as an alert:\n"
        << page.body;
    const std::string tag = control(page.body, "f-" + bad.field);
    EXPECT_NE(tag.find(R"(aria-invalid="true")"), std::string::npos) << bad.query << ": " << tag;
    EXPECT_NE(tag.find(R"(aria-describedby="filter-error")"), std::string::npos) << bad.query << ": " << tag;
    EXPECT_NE(page.body.find("<title>Fejl: "), std::string::npos) << bad.query << ": the title says so";
    EXPECT_EQ(page.body.find("<table"), std::string::npos) << bad.query << ": no list under a refused filter";
    EXPECT_EQ(page.body.find("Digital post først"), std::string::npos) << bad.query;
  }
  EXPECT_EQ(decision_count(api, world->demo_org), decisions);
}

TEST_F(DecisionFilterPageAndApi, TheRefusalIsInTheUsersLanguage) {
  // An English-speaking viewer of their own, so that the shared people keep their language.
  world->server.add_user("english@demo.example.dk", "English Viewer", "english-kodeord-73915", kDemoOrgName,
                         "viewer", "en");
  auto browser = world->server.signed_in("english@demo.example.dk", "english-kodeord-73915");
  const auto page = browser.get(world->org_path("/decisions?kind=bogus"));
  EXPECT_EQ(page.status, 400);
  EXPECT_NE(page.body.find("The “Type” filter must be decided, not pursued or postponed."), std::string::npos)
      << page.body;
  auto api = world->server.api(world->server.create_token("english@demo.example.dk"));
  const auto json = api.get(world->api_org_path("/decisions?from=2026-13-01"));
  EXPECT_EQ(json.status, 400);
  EXPECT_EQ(json.json()["error"]["message"], "The “From” filter must be a valid date (YYYY-MM-DD).");
}

TEST_F(DecisionFilterPageAndApi, AGoodFilterGivesTheSameDecisionsOnThePageAndInTheApi) {
  auto api = world->api(world->viewer);
  auto browser = world->browser(world->viewer);
  const std::string query = "kind=deselected&question=4&owner=" + std::to_string(world->leader.user_id) +
                            "&from=2026-01-01&to=2026-12-31";
  const auto json = api.get(world->api_org_path("/decisions?" + query));
  ASSERT_EQ(json.status, 200) << json.body;
  ASSERT_EQ(json.json()["decisions"].size(), 1u) << json.body;
  EXPECT_EQ(json.json()["decisions"][0]["title"], "Ingen ansigtsgenkendelse");
  const auto page = browser.get(world->org_path("/decisions?" + query));
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Ingen ansigtsgenkendelse"), std::string::npos);
  EXPECT_EQ(page.body.find("Digital post først"), std::string::npos);
  EXPECT_EQ(page.body.find("filter-error"), std::string::npos);
  EXPECT_NE(page.body.find(R"(value="2026-01-01")"), std::string::npos) << "the form keeps the filter";
  // Empty parameters, as the form sends them, filter nothing.
  const auto all = browser.get(world->org_path("/decisions?kind=&question=&owner=&body=&from=&to="));
  EXPECT_EQ(all.status, 200);
  EXPECT_NE(all.body.find("Digital post først"), std::string::npos);
  EXPECT_EQ(api.get(world->api_org_path("/decisions?kind=&question=&owner=&body=&from=&to=")).status, 200);
}

}  // namespace
}  // namespace forkant::test
