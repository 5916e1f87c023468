// Version 2 of the built-in framework, through the real binary: both versions are installed at start-up,
// a new round takes the latest version, a round created before version 2 existed keeps version 1 (its
// respondents see the text it was run with), and the first page promises the number of answers and the
// time computed from the round's own framework. "Don't know" is an answer to an importance too, through
// the pages and the API, but never a rating.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "support/api_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

namespace fs = std::filesystem;

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class FrameworkV2 : public ::testing::Test {
 protected:
  // The coordinator and their token. Each CLI call installs the frameworks of the share folder it runs
  // with, so a test that starts before version 2 sets FORKANT_SHARE_DIR first.
  void add_coordinator() {
    org_ =
        server_
            .add_user("coord@test.dk", "Coordinator", "correct horse battery", "Testkommune", "coordinator")
            .org_id;
    token_ = server_.create_token("coord@test.dk");
  }
  void TearDown() override { ::unsetenv("FORKANT_SHARE_DIR"); }

  // A copy of the data files as they were before version 2: only frameworks/ti-spoergsmaal.toml (beside
  // the impact-assessment files, which are no framework).
  std::string share_with_version_one_only() {
    const fs::path share = server_.dir() / "share-v1";
    const fs::path source = FORKANT_SOURCE_DIR;
    fs::create_directories(share / "frameworks");
    for (const char* dir : {"src", "templates", "static", "docs"})
      fs::create_directory_symlink(source / dir, share / dir);
    fs::create_symlink(source / "frameworks" / "ti-spoergsmaal.toml",
                       share / "frameworks" / "ti-spoergsmaal.toml");
    fs::create_directory_symlink(source / "frameworks" / "impact", share / "frameworks" / "impact");
    return share.string();
  }

  Browser api() { return server_.api(token_); }

  std::int64_t create_round(const std::string& title) {
    auto res = api().post_json("/api/v1/orgs/" + std::to_string(org_) + "/rounds",
                               {{"title", title}, {"groups", {"direktion"}}, {"min_respondents", 3}});
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().value("id", 0);
  }

  // One private link of an opened round.
  std::string open_with_link(std::int64_t round) {
    auto res = api().post_json("/api/v1/rounds/" + std::to_string(round) + "/invitations",
                               {{"group", "direktion"}, {"count", 1}});
    EXPECT_EQ(res.status, 201) << res.body;
    EXPECT_EQ(api().post("/api/v1/rounds/" + std::to_string(round) + "/open", "", "application/json").status,
              200);
    return res.json()["links"][0]["token"].get<std::string>();
  }

  int framework_version(std::int64_t round) {
    return api().get("/api/v1/rounds/" + std::to_string(round)).json().value("framework_version", 0);
  }

  TestServer server_;
  std::string token_;
  std::int64_t org_ = 0;
};

TEST_F(FrameworkV2, ANewRoundTakesVersionTwoAndARoundCreatedBeforeKeepsVersionOne) {
  ::setenv("FORKANT_SHARE_DIR", share_with_version_one_only().c_str(), 1);
  add_coordinator();
  server_.start();
  const auto before = create_round("Status 2025");
  ASSERT_EQ(framework_version(before), 1);
  ASSERT_EQ(server_.stop(), 0);

  // The release with version 2: both files are installed at start-up.
  ::unsetenv("FORKANT_SHARE_DIR");
  server_.start();
  const auto after = create_round("Status 2026");
  EXPECT_EQ(framework_version(after), 2) << "a new round takes the latest version";
  EXPECT_EQ(framework_version(before), 1) << "a round keeps the version it was created with";

  // Each respondent sees the text of the round's own version, and a promise of time computed from it:
  //   version 1: 10 x (4 statements + position + importance) = 60 ratings, and the allocation: 61 answers,
  //              60 x 10 s + 60 s = 660 s, rounded up to 15 minutes;
  //   version 2: 48 statements + 10 positions + 10 importance = 68 ratings, and the allocation: 69 answers,
  //              68 x 10 s + 60 s = 740 s, rounded up to 15 minutes.
  const std::string old_link = "/r/" + open_with_link(before);
  const std::string new_link = "/r/" + open_with_link(after);
  auto respondent = server_.browser();
  const auto old_intro = respondent.get(old_link);
  ASSERT_EQ(old_intro.status, 200);
  EXPECT_TRUE(contains(old_intro.body, "61 udsagn på 10 sider, ca. 15 minutter.")) << old_intro.body;
  EXPECT_TRUE(contains(old_intro.body, "Topledelsens fælles vurdering"));
  EXPECT_TRUE(contains(respondent.get(old_link + "/q/2").body, "Som topledelse har vi taget klar stilling"));

  const auto new_intro = respondent.get(new_link);
  ASSERT_EQ(new_intro.status, 200);
  EXPECT_TRUE(contains(new_intro.body, "69 udsagn på 10 sider, ca. 15 minutter.")) << new_intro.body;
  EXPECT_FALSE(contains(new_intro.body, "10 minutter"));
  EXPECT_FALSE(contains(new_intro.body, "Topledelsens fælles vurdering"));
  const auto page = respondent.get(new_link + "/q/2");
  EXPECT_TRUE(contains(page.body, "Topledelsen har taget klar stilling til dette spørgsmål."));
  EXPECT_FALSE(contains(page.body, "Som topledelse"));
  EXPECT_TRUE(contains(page.body, "name=\"q2.s5\"")) << "version 2 has five statements on question 2";

  respondent.set_default_header("Accept-Language", "en");
  EXPECT_TRUE(contains(respondent.get(new_link).body, "69 statements on 10 pages, about 15 minutes."));
}

TEST_F(FrameworkV2, TheIntroSaysWhatTheLinkAllowsBeforeAndAfterSubmitting) {
  add_coordinator();
  server_.start();
  const auto intro = server_.browser().get("/r/" + open_with_link(create_round("Status 2026")));
  ASSERT_EQ(intro.status, 200);
  EXPECT_FALSE(contains(intro.body, "heller ikke den, der har sendt dig linket – kan se dine enkelte svar"))
      << "untrue of a draft";
  EXPECT_FALSE(contains(intro.body, "Linket er personligt"));
  EXPECT_TRUE(contains(intro.body, "Linket er kun til dig."));
  EXPECT_TRUE(contains(intro.body,
                       "Indtil du indsender, er dine svar en kladde, som alle, der har linket, kan åbne"));
  EXPECT_TRUE(contains(intro.body, "Når du har indsendt, kan ingen koble dine svar til dig"));
  EXPECT_TRUE(contains(intro.body, "Kommentarer vises ordret i resultaterne"));
}

TEST_F(FrameworkV2, DontKnowOnAnImportanceIsAnAnswerButNoRating) {
  add_coordinator();
  server_.start();
  const auto round = create_round("Status 2026");
  const std::string t = open_with_link(round);
  auto respondent = server_.browser();

  // The question page offers it, beside the balanced importance scale.
  const auto page = respondent.get("/r/" + t + "/q/1");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "id=\"item-q1-importance-dk\""));
  EXPECT_TRUE(contains(page.body, "3 Hverken vigtigt eller uvigtigt"));
  EXPECT_TRUE(contains(page.body, "5 I meget høj grad"));

  // Saved through the page and shown on the review.
  const auto saved = respondent.post_form("/r/" + t + "/q/2", {{"q2.importance", "0"}, {"nav", "next"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  const auto review = respondent.get("/r/" + t + "/review");
  EXPECT_TRUE(contains(review.body, "Ved ikke"));

  // Through the API too; alone it is no rating, so the submission is refused and nothing is stored.
  const std::string path = "/api/v1/responses/" + t;
  auto put = [&](const nlohmann::json& body) {
    return server_.browser().request("PUT", path, body.dump(), "application/json");
  };
  ASSERT_EQ(put({{"answers", {{"q1.importance", 0}}}}).status, 200);
  EXPECT_EQ(server_.browser().get(path).json()["answers"]["q1.importance"], 0);
  const auto refused = put({{"submit", true}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.json()["error"]["code"], "no_rated_answer");
  EXPECT_EQ(submitted_count(api(), round), 0);
  ASSERT_EQ(put({{"answers", {{"q1.s1", 4}}}, {"submit", true}}).status, 200);
  EXPECT_EQ(submitted_count(api(), round), 1);
}

}  // namespace
}  // namespace forkant::test
