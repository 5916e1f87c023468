// The assessment through its HTML pages, as a coordinator and three respondents with a browser and no
// JavaScript would use it: create a round with the form, open it, download the private links as CSV,
// answer every page (including "don't know"), fail and then pass the allocation check on submit, import
// a paper response, close the round, and read results that are right to the decimal in Danish and in
// English, with a group below the threshold hidden and left out of the whole. Also: tenant isolation
// (another organisation's rounds answer 404) and roles (a viewer cannot open or close).
//
// The answers are chosen so the figures can be computed by hand. On every one of the ten questions:
//   respondent A: every statement and the position 5, importance 4           -> dimension score 5
//   respondent B: first statement "don't know", the rest 3, importance 5     -> dimension score 3
//   respondent C: first statement 2, position 3, the rest "don't know", importance 3 -> score 2.5
// Dimension score (5 + 3 + 2.5) / 3 = 3.50 on every question, so the overall index is 3.50; sd =
// sqrt(((1.5)^2 + (0.5)^2 + 1^2) / 2) = 1.32 (disagreement); mean importance 4, priority 4 x 1.5 = 6.00;
// mean position (5 + 3 + 3) / 3 = 3.67 < 4 on every question: 0 of 10, på bagkant (behind events).
// One paper response in "chefer" (1 < k = 3): that group shows only "skjult – mangler 2 svar" and is
// left out of the whole round, which therefore still equals the three respondents above.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "support/api_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

struct Item {
  std::string id;
  std::string kind;  // statement, position, importance, comment
};
struct Dim {
  int number = 0;
  std::vector<Item> items;
};
struct Questionnaire {
  std::vector<Dim> dims;
  std::vector<std::string> purposes;
  int purpose_page = 0;  // the number of the question that asks for the allocation
};

enum class Respondent { a, b, c };

// The form fields of one question page for a respondent (see the table at the top).
Fields answers_for(const Dim& d, Respondent who, const Fields& extra = {}) {
  Fields f;
  int statement = 0;
  for (const auto& item : d.items) {
    std::string v;
    if (item.kind == "statement") {
      ++statement;
      if (who == Respondent::a) v = "5";
      if (who == Respondent::b) v = statement == 1 ? "0" : "3";
      if (who == Respondent::c) v = statement == 1 ? "2" : "0";
    } else if (item.kind == "position") {
      v = who == Respondent::a ? "5" : "3";
    } else if (item.kind == "importance") {
      v = who == Respondent::a ? "4" : who == Respondent::b ? "5" : "3";
    } else {
      continue;  // comments left empty
    }
    f.emplace_back(item.id, v);
  }
  for (const auto& e : extra) f.push_back(e);
  f.emplace_back("nav", "next");
  return f;
}

// "http://host/r/TOKEN" from each data row of the links CSV (BOM, ';' and CRLF in Danish).
std::vector<std::string> links_from_csv(std::string body) {
  if (body.rfind("\xEF\xBB\xBF", 0) == 0) body.erase(0, 3);
  std::vector<std::string> links;
  std::size_t pos = 0;
  bool header = true;
  while (pos < body.size()) {
    auto end = body.find("\r\n", pos);
    if (end == std::string::npos) end = body.size();
    const std::string line = body.substr(pos, end - pos);
    pos = end + 2;
    if (line.empty()) continue;
    if (header) {
      header = false;
      EXPECT_EQ(line, "group;link");
      continue;
    }
    const auto sep = line.find(';');
    EXPECT_NE(sep, std::string::npos) << line;
    EXPECT_EQ(line.substr(0, sep), "Direktion");
    links.push_back(line.substr(sep + 1));
  }
  return links;
}

class AssessmentPages : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    const auto fw = world->api(world->owner).get("/api/v1/frameworks/ti-spoergsmaal").json();
    int number = 0;
    for (const auto& d : fw["dimensions"]) {
      Dim dim{++number, {}};
      for (const auto& i : d["items"]) dim.items.push_back({i["id"], i["kind"]});
      if (fw["purpose_dimension"] == d["id"]) questionnaire.purpose_page = number;
      questionnaire.dims.push_back(dim);
    }
    for (const auto& p : fw["purposes"]) questionnaire.purposes.push_back(p["id"]);
  }
  static void TearDownTestSuite() { world.reset(); }

  // Creates a round through the form and returns its path ("/rounds/N").
  static std::string create_round(Browser& coordinator, const std::string& title) {
    const auto created = coordinator.submit(world->org_path("/rounds"), {{"title", title},
                                                                         {"framework", "ti-spoergsmaal"},
                                                                         {"groups", "direktion"},
                                                                         {"groups", "chefer"},
                                                                         {"other_groups", ""},
                                                                         {"k", "3"}});
    EXPECT_EQ(created.status, 303) << created.body;
    return created.header("Location");
  }
  static std::int64_t id_of(const std::string& round_path) { return std::stoll(round_path.substr(8)); }
  static std::int64_t submitted(std::int64_t round_id) {
    return submitted_count(world->api(world->owner), round_id);
  }

  static inline std::unique_ptr<TwoOrganisations> world;
  static inline Questionnaire questionnaire;
};

TEST_F(AssessmentPages, AWholeRoundRunsThroughThePagesAndTheResultsAreRightToTheDecimal) {
  ASSERT_EQ(questionnaire.dims.size(), 10u);
  ASSERT_GT(questionnaire.purpose_page, 0);
  const auto& q = questionnaire;
  auto coordinator = world->browser(world->coordinator);

  // The list offers the form; a refused form comes back with the reason and the input kept.
  const auto list = coordinator.get(world->org_path("/rounds"));
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(contains(list.body, "name=\"groups\" value=\"borgerpanel\""));
  const auto refused =
      coordinator.submit(world->org_path("/rounds"),
                         {{"title", "  "}, {"groups", "direktion"}, {"other_groups", "Ungeråd"}, {"k", "3"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(contains(refused.body, "Skriv en titel."));
  EXPECT_TRUE(contains(refused.body, "role=\"alert\""));
  EXPECT_TRUE(contains(refused.body, "value=\"Ungeråd\""));
  const auto too_low = coordinator.submit(world->org_path("/rounds"),
                                          {{"title", "Lav k"}, {"groups", "direktion"}, {"k", "2"}});
  EXPECT_EQ(too_low.status, 422);

  const std::string round = create_round(coordinator, "Ledelsens vurdering 2026");
  ASSERT_TRUE(round.rfind("/rounds/", 0) == 0) << round;
  const auto round_id = id_of(round);
  EXPECT_EQ(coordinator.submit(round + "/open", {}).status, 303);
  const auto detail = coordinator.get(round);
  ASSERT_EQ(detail.status, 200);
  EXPECT_TRUE(contains(detail.body, "Ledelsens vurdering 2026"));
  EXPECT_TRUE(contains(detail.body, "Åben"));

  // Three private links for direktion, as a Danish CSV download.
  const auto csv = coordinator.submit(round + "/links", {{"group", "direktion"}, {"count", "3"}});
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_TRUE(contains(csv.header("Content-Disposition"), "attachment"));
  EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBF", 0), 0u);
  const auto links = links_from_csv(csv.body);
  ASSERT_EQ(links.size(), 3u);
  std::vector<std::string> tokens;
  for (const auto& link : links) {
    const std::string prefix = world->server.base_url() + "/r/";
    ASSERT_EQ(link.rfind(prefix, 0), 0u) << link;
    tokens.push_back(link.substr(prefix.size()));
    EXPECT_GE(tokens.back().size(), 22u);  // >= 128 bits
  }
  EXPECT_EQ(coordinator.submit(round + "/links", {{"group", "nobody"}, {"count", "3"}}).status, 422);
  EXPECT_EQ(coordinator.submit(round + "/links", {{"group", "direktion"}, {"count", "0"}}).status, 422);

  // Respondents: no account, the link is the key.
  const Respondent who[] = {Respondent::a, Respondent::b, Respondent::c};
  for (std::size_t r = 0; r < 3; ++r) {
    auto respondent = world->server.browser();
    const std::string base = "/r/" + tokens[r];
    const auto intro = respondent.get(base);
    ASSERT_EQ(intro.status, 200);
    EXPECT_TRUE(contains(intro.body, "Ledelsens vurdering 2026"));
    EXPECT_TRUE(contains(intro.body, "mindst 3"));
    EXPECT_TRUE(contains(intro.body, "href=\"" + base + "/q/1\""));
    for (const auto& d : q.dims) {
      const std::string path = base + "/q/" + std::to_string(d.number);
      const auto form = respondent.get(path);
      ASSERT_EQ(form.status, 200) << path;
      EXPECT_TRUE(contains(form.body, "Spørgsmål " + std::to_string(d.number) + " af 10"));
      EXPECT_TRUE(contains(form.body, "<legend>"));
      EXPECT_TRUE(contains(form.body, "1 Slet ikke"));
      EXPECT_TRUE(contains(form.body, "Ved ikke"));
      Fields extra;
      if (d.number == q.purpose_page) {
        EXPECT_TRUE(contains(form.body, "data-allocation"));
        if (who[r] == Respondent::a) {  // 90 points: saved as the respondent goes, refused on submit
          extra = {{q.purposes[0], "50"}, {q.purposes[1], "40"}};
        } else if (who[r] == Respondent::c) {
          extra = {{q.purposes[0], "100"}};
        }
      }
      if (d.number == 2 && who[r] == Respondent::a) {
        // A crafted value out of range is refused with the reason, the page keeps the input, nothing is
        // saved.
        Fields crafted = answers_for(d, who[r]);
        crafted[0].second = "9";
        const auto bad = respondent.post_form(path, crafted);
        EXPECT_EQ(bad.status, 422);
        EXPECT_TRUE(contains(bad.body, "role=\"alert\""));
        EXPECT_TRUE(contains(bad.body, "skal være mellem 1 og 5"));
        const auto saved = world->server.browser().get("/api/v1/responses/" + tokens[r]).json();
        EXPECT_FALSE(saved["answers"].contains(crafted[1].first)) << saved.dump();
        extra = {{d.items.back().id, "Vi mangler en fælles retning – hemmelig kommentar"}};
      }
      if (d.number == q.purpose_page && who[r] == Respondent::a) {
        // "Next" with 90 points stays on the page (422, the values kept, saved as the draft); "Save for
        // later" leaves it half done, and the submit below is refused.
        const auto stays = respondent.post_form(path, answers_for(d, who[r], extra));
        EXPECT_EQ(stays.status, 422);
        EXPECT_TRUE(contains(stays.body, "dine point giver nu 90"));
        Fields later = answers_for(d, who[r], extra);
        later.back().second = "save";
        ASSERT_EQ(respondent.post_form(path, later).status, 303);
        continue;
      }
      const auto saved = respondent.post_form(path, answers_for(d, who[r], extra));
      ASSERT_EQ(saved.status, 303) << path << saved.body;
      const std::string next = d.number < 10 ? base + "/q/" + std::to_string(d.number + 1) : base + "/review";
      EXPECT_EQ(saved.header("Location"), next);
    }
    const auto review = respondent.get(base + "/review");
    ASSERT_EQ(review.status, 200);
    EXPECT_TRUE(contains(review.body, who[r] == Respondent::a ? "5 I meget høj grad" : "Ved ikke"));
    EXPECT_TRUE(contains(review.body, "href=\"" + base + "/q/1\""));

    if (who[r] == Respondent::a) {
      const auto refused_submit = respondent.post_form(base + "/submit", {});
      EXPECT_EQ(refused_submit.status, 422);
      EXPECT_TRUE(contains(refused_submit.body, "giver nu 90"));
      EXPECT_TRUE(
          contains(refused_submit.body, "href=\"" + base + "/q/" + std::to_string(q.purpose_page) + "\""));
      EXPECT_EQ(submitted(round_id), 0);
      const auto& page = q.dims[static_cast<std::size_t>(q.purpose_page - 1)];
      ASSERT_EQ(respondent
                    .post_form(base + "/q/" + std::to_string(page.number),
                               answers_for(page, who[r], {{q.purposes[0], "50"}, {q.purposes[1], "50"}}))
                    .status,
                303);
    }
    const auto done = respondent.post_form(base + "/submit", {});
    ASSERT_EQ(done.status, 303) << done.body;
    EXPECT_EQ(done.header("Location"), base);
    const auto thanks = respondent.get(base);
    EXPECT_EQ(thanks.status, 200);
    EXPECT_TRUE(contains(thanks.body, "Tak for dine svar"));
  }
  EXPECT_EQ(submitted(round_id), 3);

  // A used link shows thanks and accepts nothing more.
  {
    auto again = world->server.browser();
    const std::string base = "/r/" + tokens[0];
    EXPECT_EQ(again.get(base + "/q/1").status, 200);
    const auto post = again.post_form(base + "/q/1", answers_for(q.dims[0], Respondent::c));
    EXPECT_EQ(post.status, 410);
    EXPECT_TRUE(contains(post.body, "Tak for dine svar"));
    EXPECT_EQ(again.post_form(base + "/submit", {}).status, 410);
    EXPECT_EQ(submitted(round_id), 3);
  }

  // A paper response: a bad file is refused as a whole with its row number; a good one is imported.
  const auto bad_import =
      coordinator.submit(round + "/import", {{"csv", "group;q1.s1\nchefer;1\nchefer;7\n"}});
  EXPECT_EQ(bad_import.status, 422);
  EXPECT_TRUE(contains(bad_import.body, "Række 3"));
  EXPECT_EQ(submitted(round_id), 3);
  const auto imported =
      coordinator.submit(round + "/import", {{"csv", "group;q1.s1;q1.position\nchefer;1;1\n"}});
  ASSERT_EQ(imported.status, 303) << imported.body;
  EXPECT_EQ(submitted(round_id), 4);
  EXPECT_TRUE(contains(coordinator.get(imported.header("Location")).body, "1 svar er indlæst"));

  // While open: counts only, no figures.
  const auto open_results = coordinator.get(round + "/results");
  EXPECT_EQ(open_results.status, 200);
  EXPECT_TRUE(contains(open_results.body, "Resultaterne vises, når målingen er lukket"));
  EXPECT_FALSE(contains(open_results.body, "3,50"));
  EXPECT_FALSE(contains(open_results.body, "<svg"));

  // A viewer reads but cannot open or close.
  auto viewer = world->browser(world->viewer);
  EXPECT_EQ(viewer.get(round).status, 200);
  EXPECT_EQ(viewer.submit(round + "/close", {}).status, 403);
  EXPECT_EQ(viewer.submit(round + "/open", {}).status, 403);
  EXPECT_EQ(viewer.submit(round + "/links", {{"group", "direktion"}, {"count", "1"}}).status, 403);

  ASSERT_EQ(coordinator.submit(round + "/close", {}).status, 303);
  EXPECT_EQ(world->server.browser().get("/r/" + tokens[0]).status, 200);  // submitted: thanks

  // Results in Danish.
  const auto da = coordinator.get(round + "/results");
  ASSERT_EQ(da.status, 200);
  EXPECT_TRUE(contains(da.body, "<dd class=\"index-value\">3,50</dd>")) << da.body.substr(0, 4000);
  EXPECT_TRUE(contains(da.body, "På bagkant"));
  EXPECT_TRUE(contains(da.body, "0 af 10 spørgsmål"));
  EXPECT_TRUE(contains(da.body, "6,00"));  // priority
  // Three respondents: the sd (1,32) and the disagreement flag need 5 and are not shown.
  EXPECT_FALSE(contains(da.body, ">1,32<"));
  EXPECT_FALSE(contains(da.body, "badge warn"));
  EXPECT_TRUE(contains(da.body, "vises fra 5 svar"));
  EXPECT_TRUE(contains(da.body, "<svg"));
  EXPECT_TRUE(contains(da.body, "Gruppen Chefer (færre end 3 svar) er udeladt af tallene for hele målingen"));
  EXPECT_TRUE(contains(da.body, "skjult – mangler 2 svar"));
  EXPECT_FALSE(contains(da.body, "hemmelig kommentar"));  // comments need 5
  const auto chefer = coordinator.get(round + "/results?group=chefer");
  ASSERT_EQ(chefer.status, 200);
  EXPECT_TRUE(contains(chefer.body, "skjult – mangler 2 svar"));
  EXPECT_FALSE(contains(chefer.body, "<svg"));
  EXPECT_FALSE(contains(chefer.body, "index-value"));
  const auto direktion = coordinator.get(round + "/results?group=direktion");
  EXPECT_TRUE(contains(direktion.body, "<dd class=\"index-value\">3,50</dd>"));
  EXPECT_EQ(coordinator.get(round + "/results?group=ukendt").status, 404);

  // Results in English.
  ASSERT_EQ(viewer.submit("/language", {{"lang", "en"}, {"return", round + "/results"}}).status, 303);
  const auto en = viewer.get(round + "/results");
  ASSERT_EQ(en.status, 200);
  EXPECT_TRUE(contains(en.body, "<dd class=\"index-value\">3.50</dd>"));
  EXPECT_TRUE(contains(en.body, "Behind the curve"));
  EXPECT_TRUE(contains(en.body, "6.00"));
  EXPECT_TRUE(contains(viewer.get(round + "/results?group=chefer").body, "hidden – 2 more responses needed"));

  // Another organisation's member finds nothing.
  auto outsider = world->browser(world->outsider);
  for (const std::string& path :
       {round, round + "/results", round + "/results?group=chefer", world->org_path("/rounds")}) {
    EXPECT_EQ(outsider.get(path).status, 404) << path;
  }
  for (const std::string& path : {round + "/open", round + "/close", round + "/links", round + "/import"}) {
    EXPECT_EQ(outsider.submit(path, {{"group", "direktion"}, {"count", "1"}, {"csv", "group\n"}}).status, 404)
        << path;
  }
  EXPECT_EQ(outsider.submit(world->org_path("/rounds"), {{"title", "X"}, {"groups", "direktion"}, {"k", "3"}})
                .status,
            404);
}

TEST_F(AssessmentPages, ARespondentCanSaveAndComeBackWithTheSameLink) {
  auto coordinator = world->browser(world->coordinator);
  const std::string round = create_round(coordinator, "Gem og fortsæt");
  ASSERT_EQ(coordinator.submit(round + "/open", {}).status, 303);
  const auto links =
      links_from_csv(coordinator.submit(round + "/links", {{"group", "direktion"}, {"count", "1"}}).body);
  ASSERT_EQ(links.size(), 1u);
  const std::string base = "/r/" + links[0].substr(links[0].find("/r/") + 3);
  const auto& d = questionnaire.dims[2];
  Fields fields = answers_for(d, Respondent::b);
  fields.back() = {"nav", "save"};
  const auto saved = world->server.browser().post_form(base + "/q/3", fields);
  ASSERT_EQ(saved.status, 303);
  EXPECT_EQ(saved.header("Location"), base + "?saved=1");

  auto later = world->server.browser();  // another device, same link
  const auto intro = later.get(base + "?saved=1");
  EXPECT_TRUE(contains(intro.body, "Dine svar er gemt"));
  const auto page = later.get(base + "/q/3");
  EXPECT_TRUE(contains(page.body, "value=\"0\" checked"));  // "don't know" kept
  EXPECT_TRUE(contains(page.body, "value=\"3\" checked"));
  // Back from question 1 goes to the intro, from question 3 to question 2.
  Fields back = answers_for(questionnaire.dims[0], Respondent::a);
  back.back() = {"nav", "prev"};
  EXPECT_EQ(later.post_form(base + "/q/1", back).header("Location"), base);
  EXPECT_EQ(later.get(base + "/q/11").status, 404);
  EXPECT_EQ(later.get(base + "/q/0").status, 404);
}

TEST_F(AssessmentPages, LinksToARoundThatIsNotOpenClosedOrUnknownSayWhyWithTheRightStatus) {
  auto coordinator = world->browser(world->coordinator);
  const std::string round = create_round(coordinator, "Ikke åbnet endnu");
  const auto links =
      links_from_csv(coordinator.submit(round + "/links", {{"group", "direktion"}, {"count", "1"}}).body);
  ASSERT_EQ(links.size(), 1u);
  const std::string base = "/r/" + links[0].substr(links[0].find("/r/") + 3);
  auto respondent = world->server.browser();
  const auto draft = respondent.get(base);
  EXPECT_EQ(draft.status, 409);
  EXPECT_TRUE(contains(draft.body, "ikke åbnet endnu"));
  ASSERT_EQ(coordinator.submit(round + "/open", {}).status, 303);
  EXPECT_EQ(respondent.get(base).status, 200);
  ASSERT_EQ(coordinator.submit(round + "/close", {}).status, 303);
  const auto closed = respondent.get(base + "/q/1");
  EXPECT_EQ(closed.status, 410);
  EXPECT_TRUE(contains(closed.body, "Målingen er lukket"));
  EXPECT_EQ(respondent.post_form(base + "/q/1", {{"nav", "next"}}).status, 410);
  EXPECT_EQ(respondent.get("/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").status, 404);
  // A closed round with no answers: every group is hidden, nothing else is shown.
  const auto results = coordinator.get(round + "/results");
  EXPECT_EQ(results.status, 200);
  EXPECT_TRUE(contains(results.body, "skjult – mangler 3 svar"));
  EXPECT_FALSE(contains(results.body, "<svg"));
}

}  // namespace
}  // namespace forkant::test
