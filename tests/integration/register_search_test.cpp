// The decision register's search and sorting through the real server: Danish words with æ/ø/å are found
// in titles, rationales, alternatives and notes (a word's beginning too); FTS operators and quotes in a
// query are taken literally; the page and the API sort by each column; another organisation's decisions
// are never found; bad parameters are refused with 400; a superseded decision refuses follow-up.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "support/world.hpp"

namespace forkant::test {
namespace {

class RegisterSearch : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    ours_one = create(world->leader, world->api_org_path("/decisions"), "Fælles indgang for ældre borgere",
                      "Økonomien kræver færre opkald.", "Åben rådgivning på biblioteket", "2026-02-01",
                      "2026-03-01");
    ours_two = create(world->leader, world->api_org_path("/decisions"), "Robotter i lønkontoret",
                      "Frigør tid til opgaver med borgerkontakt.", "", "2026-04-01", "");
    auto api = world->api(world->leader);
    const auto note = api.post_json("/api/v1/decisions/" + std::to_string(ours_two) + "/notes",
                                    {{"text", "Evalueret: sparede tre årsværk i 2026"}});
    EXPECT_EQ(note.status, 201) << note.body;
    theirs = create(world->outsider, "/api/v1/orgs/" + std::to_string(world->other_org) + "/decisions",
                    "Fælles indgang hos naboen", "Samme ord i en anden kommune.", "", "2026-02-02", "",
                    world->outsider.user_id);
  }
  static void TearDownTestSuite() { world.reset(); }

  static std::int64_t create(const Person& who, const std::string& path, const std::string& title,
                             const std::string& rationale, const std::string& alternatives,
                             const std::string& decided_on, const std::string& review_on,
                             std::int64_t owner = 0, const std::string& deciding_body = "Søgeudvalget") {
    nlohmann::json body{{"kind", "decided"},      {"title", title},
                        {"rationale", rationale}, {"alternatives", alternatives},
                        {"questions", {2}},       {"owner_id", owner ? owner : world->leader.user_id},
                        {"body", deciding_body},  {"decided_on", decided_on}};
    if (!review_on.empty()) body["review_on"] = review_on;
    auto api = world->api(who);
    const auto res = api.post_json(path, body);
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().value("id", std::int64_t{0});
  }
  // The decisions of this suite only (the demo's register is there too): filtered by their deciding body.
  static std::vector<std::int64_t> found(const std::string& query) {
    auto api = world->api(world->viewer);
    const auto res = api.get(world->api_org_path("/decisions?body=S%C3%B8geudvalget&" + query));
    EXPECT_EQ(res.status, 200) << query << ": " << res.body;
    std::vector<std::int64_t> ids;
    const auto j = res.json();
    for (const auto& d : j["decisions"]) ids.push_back(d["id"].get<std::int64_t>());
    return ids;
  }
  static bool has(const std::vector<std::int64_t>& ids, std::int64_t id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  }

  static inline std::unique_ptr<TwoOrganisations> world;
  static inline std::int64_t ours_one = 0, ours_two = 0, theirs = 0;
};

TEST_F(RegisterSearch, DanishWordsArePrefixesAndNotesAreFoundOnlyInTheOwnOrganisation) {
  EXPECT_EQ(found("q=%C3%A6ldre"), std::vector<std::int64_t>{ours_one}) << "ældre";
  EXPECT_EQ(found("q=%C3%98KONOMI"), std::vector<std::int64_t>{ours_one}) << "ØKONOMI in the rationale";
  EXPECT_EQ(found("q=%C3%A5ben"), std::vector<std::int64_t>{ours_one}) << "åben in the alternatives";
  EXPECT_EQ(found("q=%C3%A5rsv"), std::vector<std::int64_t>{ours_two}) << "årsv… in a note";
  const auto both = found("q=f%C3%A6lles+indgang");
  EXPECT_TRUE(has(both, ours_one));
  EXPECT_FALSE(has(both, theirs)) << "another organisation's decision was found";
  EXPECT_TRUE(found("q=aeldre").empty()) << "æ is not ae";
}

TEST_F(RegisterSearch, OperatorsAndQuotesAreTakenLiterally) {
  for (const char* query : {"q=%22", "q=NEAR(f%C3%A6lles", "q=f%C3%A6lles+OR+robotter", "q=title%3Arobotter",
                            "q=*", "q=NOT+robotter", "q=(", "q=%22robotter"}) {
    const auto ids = found(query);  // 200, never an FTS syntax error
    if (std::string(query) == "q=%22robotter") {
      EXPECT_EQ(ids, std::vector<std::int64_t>{ours_two}) << "a stray quote is a character";
    }
    if (std::string(query) == "q=title%3Arobotter") {
      EXPECT_TRUE(ids.empty()) << "a column filter would have found the robots; as words it finds nothing";
    }
    if (std::string(query) == "q=f%C3%A6lles+OR+robotter") {
      EXPECT_TRUE(ids.empty()) << "OR is a word every decision would need";
    }
  }
  auto browser = world->browser(world->viewer);
  const auto page = browser.get(world->org_path("/decisions?q=%22NEAR(+OR+*"));
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Ingen beslutninger matcher"), std::string::npos);
}

TEST_F(RegisterSearch, ItSortsByEachColumnBothWays) {
  const auto by_title = found("sort=title");
  ASSERT_GE(by_title.size(), 2u);
  const auto pos = [](const std::vector<std::int64_t>& ids, std::int64_t id) {
    return std::find(ids.begin(), ids.end(), id) - ids.begin();
  };
  EXPECT_LT(pos(by_title, ours_one), pos(by_title, ours_two)) << "F before R";
  const auto by_title_desc = found("sort=title&dir=desc");
  EXPECT_GT(pos(by_title_desc, ours_one), pos(by_title_desc, ours_two));
  const auto by_date = found("");
  EXPECT_LT(pos(by_date, ours_two), pos(by_date, ours_one)) << "newest first by default";
  EXPECT_LT(pos(found("sort=date&dir=asc"), ours_one), pos(found("sort=date&dir=asc"), ours_two));
  const auto by_review = found("sort=review");
  EXPECT_EQ(by_review.front(), ours_one) << "the only one with a review date first";
  EXPECT_EQ(found("sort=review&dir=desc").front(), ours_one) << "without a review date last both ways";
  for (const char* sort : {"kind", "question"}) {
    EXPECT_EQ(found(std::string("sort=") + sort).size(), by_date.size()) << sort;
  }
  auto browser = world->browser(world->viewer);
  const auto page = browser.get(world->org_path("/decisions?body=S%C3%B8geudvalget&sort=title&dir=asc"));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("aria-sort=\"ascending\""), std::string::npos);
  EXPECT_NE(page.body.find("body=S%C3%B8geudvalget&amp;sort=title&amp;dir=desc"), std::string::npos)
      << "the header keeps the filter and turns the direction";
  EXPECT_NE(page.body.find("2. "), std::string::npos) << "questions by name";
  EXPECT_NE(page.body.find("Opfølgning senest"), std::string::npos);
  EXPECT_NE(page.body.find("Overskredet"), std::string::npos) << "the 2026-03-01 review is overdue, in words";
}

TEST_F(RegisterSearch, BadParametersAreRefusedWith400) {
  auto api = world->api(world->viewer);
  for (const char* query : {"sort=owner", "dir=up", "q=%01"}) {
    const auto res = api.get(world->api_org_path(std::string("/decisions?") + query));
    EXPECT_EQ(res.status, 400) << query;
  }
  const auto too_long = api.get(world->api_org_path("/decisions?q=" + std::string(201, 'x')));
  EXPECT_EQ(too_long.status, 400);
  EXPECT_EQ(too_long.json()["error"]["code"], "search_too_long");
  auto browser = world->browser(world->viewer);
  EXPECT_EQ(browser.get(world->org_path("/decisions?sort=bogus")).status, 400);
}

TEST_F(RegisterSearch, ASupersededDecisionNamesItsSuccessorAndRefusesFollowUp) {
  const auto old_id = create(world->leader, world->api_org_path("/decisions"), "Papirblanketter udfases",
                             "Alt digitalt.", "", "2026-01-05", "2026-02-01", 0, "Direktionen");
  auto api = world->api(world->leader);
  const std::string path = "/api/v1/decisions/" + std::to_string(old_id);
  const auto successor =
      api.post_json(path + "/supersede", {{"kind", "decided"},
                                          {"title", "Papir kun på anmodning"},
                                          {"rationale", "Nogle borgere har brug for papir."},
                                          {"questions", {2}},
                                          {"owner_id", world->leader.user_id},
                                          {"body", "Direktionen"},
                                          {"decided_on", "2026-03-05"}});
  ASSERT_EQ(successor.status, 201) << successor.body;
  EXPECT_EQ(api.post_json(path + "/reviewed", nlohmann::json::object()).status, 409);
  EXPECT_EQ(api.post_json(path + "/notes", {{"text", "Fulgt op"}}).status, 409);
  auto browser = world->browser(world->leader);
  const auto page = browser.get(world->org_path("/decisions/" + std::to_string(old_id)));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Papir kun på anmodning"), std::string::npos) << "the successor by title";
  EXPECT_EQ(page.body.find("/reviewed\""), std::string::npos) << "no review button";
  EXPECT_EQ(page.body.find("id=\"note-text\""), std::string::npos) << "no note form";
  EXPECT_EQ(page.body.find("/supersede\""), std::string::npos) << "no supersede button";
  EXPECT_EQ(api.get(path).json()["reviewed_on"], nullptr);
}

}  // namespace
}  // namespace forkant::test
