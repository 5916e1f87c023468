// The shared library of a network through the real server, on both backends: Danish stemming finds a
// word's inflections (and not a different word), filters by question, verdict and kind, a non-member
// organisation's users get 404, a withdrawn share is no longer found, an anonymous share shows no
// organisation name, and search syntax in the words (quotes, OR, NEAR, *, :, &, !) neither fails nor
// finds more. The agenda's network point (decision 3) is checked through the meeting page.
//
// The shares are written straight into the tables (as helper "sharing"'s service would write them),
// so that this suite tests the search alone.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "support/database_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

constexpr std::int64_t kNetwork = 9101;    // Demo Kommune and Anden Kommune
constexpr std::int64_t kElsewhere = 9102;  // Anden Kommune only
constexpr std::int64_t kEpoch = 1780000000;
constexpr std::int64_t kRowIds = 90000;      // after the demo's own shares
constexpr std::int64_t kLater = 4000000000;  // after the demo's shares too (2096)

struct ShareRow {
  std::int64_t id;
  std::int64_t network;
  std::int64_t org;
  const char* kind;
  const char* title;
  const char* body;
  std::vector<int> questions;
  const char* verdict;  // nullptr: none
  bool anonymous;
  const char* contact_name;
  const char* contact_email;
  std::int64_t shared_at;
  bool withdrawn;
};

std::string quoted(const std::string& s) {
  std::string out = "'";
  for (const char c : s) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

std::string public_id(std::int64_t id) {
  return "00000000-0000-4000-8000-" + std::string(12 - std::to_string(id).size(), '0') + std::to_string(id);
}

class NetworkLibrary : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    const auto demo = std::to_string(world->demo_org);
    const auto other = std::to_string(world->other_org);
    const auto owner = std::to_string(world->owner.user_id);
    database_change(world->server,
                    "INSERT INTO networks(id, name, created_by_org, created_by, created_at) VALUES (" +
                        std::to_string(kNetwork) + ", 'Læringsnetværket', " + demo + ", " + owner + ", " +
                        std::to_string(kEpoch) + "), (" + std::to_string(kElsewhere) + ", 'Andet netværk', " +
                        other + ", " + std::to_string(world->outsider.user_id) + ", " +
                        std::to_string(kEpoch) + ")");
    database_change(world->server,
                    "INSERT INTO network_memberships(network_id, org_id, joined_at) VALUES (" +
                        std::to_string(kNetwork) + ", " + demo + ", " + std::to_string(kEpoch) + "), (" +
                        std::to_string(kNetwork) + ", " + other + ", " + std::to_string(kEpoch) + "), (" +
                        std::to_string(kElsewhere) + ", " + other + ", " + std::to_string(kEpoch) + ")");
    const auto d = world->demo_org;
    const auto o = world->other_org;
    for (const auto& s : std::vector<ShareRow>{
             {1,
              kNetwork,
              o,
              "lesson",
              "Robotter i lønkontoret",
              "Kommunerne i netværket brugte robotter til lønudbetaling, og digitaliseringen sparede tid.",
              {3},
              "continue",
              false,
              "Karen Jensen",
              "karen@anden.example",
              kEpoch + 10,
              false},
             {2,
              kNetwork,
              o,
              "deselection",
              "Fravalg af chatbot",
              "Vi fravalgte en chatbot i borgerservice, fordi kommune og borgere ikke var klar til "
              "digitalisering.",
              {5},
              nullptr,
              true,
              "",
              "",
              kEpoch + 20,
              false},
             {3,
              kNetwork,
              d,
              "decision",
              "Fælles indgang for ældre",
              "Én indgang for ældre borgere i hele kommunen.",
              {2},
              nullptr,
              false,
              "Demo Kontakt",
              "kontakt@demo.example",
              kEpoch + 30,
              false},
             {4,
              kNetwork,
              o,
              "initiative",
              "Hemmelig pilot",
              "Et trukket tilbage initiativ om hemmeligheder.",
              {3},
              nullptr,
              false,
              "",
              "",
              kEpoch + 40,
              true},
             {5,
              kNetwork,
              o,
              "lesson",
              "Sagsbehandling med kunstig intelligens",
              "Pilotprojektet med kunstig intelligens i sagsbehandlingen blev stoppet; borgerne fik en ny "
              "indgang.",
              {3},
              "stop",
              false,
              "",
              "",
              kEpoch + 50,
              false},
             {6,
              kElsewhere,
              o,
              "lesson",
              "Kun i det andet netværk",
              "Kommunerne her er andre.",
              {3},
              "stop",
              false,
              "",
              "",
              kEpoch + 60,
              false},
             {7,
              kNetwork,
              o,
              "lesson",
              "Snart trukket tilbage",
              "Forsvindingsnummer i kommunen.",
              {4},
              "adjust",
              false,
              "",
              "",
              kEpoch + 70,
              false},
         }) {
      insert(s);
    }
  }
  static void TearDownTestSuite() { world.reset(); }

  static void insert(const ShareRow& s) {
    const bool named = !s.anonymous;
    const std::string org_name = !named ? "" : (s.org == world->demo_org ? "Demo Kommune" : "Anden Kommune");
    database_change(
        world->server,
        "INSERT INTO network_shares(id, public_id, network_id, org_id, source_kind, source_id, title, body, "
        "verdict, shown_as, org_name, org_kind, size_band, contact_name, contact_email, shared_at, "
        "withdrawn_at) VALUES (" +
            std::to_string(kRowIds + s.id) + ", " + quoted(public_id(s.id)) + ", " +
            std::to_string(s.network) + ", " + std::to_string(s.org) + ", " + quoted(s.kind) + ", " +
            std::to_string(1000 + s.id) + ", " + quoted(s.title) + ", " + quoted(s.body) + ", " +
            (s.verdict ? quoted(s.verdict) : "NULL") + ", " + (named ? "'name'" : "'anonymous'") + ", " +
            quoted(org_name) + ", 'municipality', '40000_60000', " + quoted(s.contact_name) + ", " +
            quoted(s.contact_email) + ", " + std::to_string(s.shared_at) + ", " +
            (s.withdrawn ? std::to_string(s.shared_at + 1) : "NULL") + ")");
    for (const int q : s.questions) {
      database_change(world->server, "INSERT INTO network_share_questions(share_id, question) VALUES (" +
                                         std::to_string(kRowIds + s.id) + ", " + std::to_string(q) + ")");
    }
  }

  static std::string library_path(std::int64_t org, std::int64_t network, const std::string& query = "") {
    return "/orgs/" + std::to_string(org) + "/networks/" + std::to_string(network) + "/library" +
           (query.empty() ? "" : "?" + query);
  }

  // The ids of the shares the library page lists, in its order.
  static std::vector<std::int64_t> found(const std::string& query, const Person* who = nullptr) {
    auto browser = world->browser(who ? *who : world->viewer);
    const auto res = browser.get(library_path(world->demo_org, kNetwork, query));
    EXPECT_EQ(res.status, 200) << query;
    std::vector<std::int64_t> ids;
    const std::string marker = "id=\"item-00000000-0000-4000-8000-";
    for (auto at = res.body.find(marker); at != std::string::npos; at = res.body.find(marker, at + 1)) {
      ids.push_back(std::stoll(res.body.substr(at + marker.size(), 12)));
    }
    return ids;
  }

  // The same, sorted: where several are found, their order is the ranking's (tested on its own).
  static std::vector<std::int64_t> found_set(const std::string& query) {
    auto ids = found(query);
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  static inline std::unique_ptr<TwoOrganisations> world;
};

using Ids = std::vector<std::int64_t>;

TEST_F(NetworkLibrary, WithoutWordsItListsTheCurrentSharesOfTheNetworkNewestFirst) {
  EXPECT_EQ(found(""), (Ids{7, 5, 3, 2, 1})) << "not the withdrawn 4, not network B's 6";
  auto browser = world->browser(world->viewer);
  const auto page = browser.get(library_path(world->demo_org, kNetwork));
  EXPECT_NE(page.body.find("5 resultater"), std::string::npos);
  EXPECT_NE(page.body.find("Jeres egen"), std::string::npos) << "Demo Kommune's own share is marked";
}

TEST_F(NetworkLibrary, DanishStemmingFindsInflectionsBothWaysAndNotOtherWords) {
  EXPECT_EQ(found_set("q=kommunerne"), (Ids{1, 2, 3, 7})) << "kommune, kommunen, kommunerne";
  EXPECT_EQ(found("q=fravalgte+chatbot"), (Ids{2}));
  // "kommunerne" (share 1) is found by "kommune", "kommune" (share 2) by "kommunerne".
  const auto kommune = found("q=kommune");
  EXPECT_NE(std::find(kommune.begin(), kommune.end(), 1), kommune.end());
  EXPECT_EQ(found_set("q=digitaliseringen"), (Ids{1, 2})) << "digitalisering in 2, digitaliseringen in 1";
  EXPECT_EQ(found_set("q=digitalisering"), (Ids{1, 2}));
  EXPECT_EQ(found("q=KOMMUNERNE+l%C3%B8nudbetaling"), (Ids{1})) << "case and ø";
  EXPECT_TRUE(found("q=kommunal").empty()) << "kommunal is another word than kommune";
  EXPECT_TRUE(found("q=robotterne+lonudbetaling").empty()) << "ø is not o";
  EXPECT_TRUE(found("q=hemmelig").empty()) << "a withdrawn share";
  EXPECT_TRUE(found("q=andre").empty()) << "another network's share";
}

TEST_F(NetworkLibrary, TheMostRelevantComesFirstThenTheNewest) {
  // "indgang": share 3 has it in its title and body, the newer share 5 once in a longer body.
  EXPECT_EQ(found("q=indgang"), (Ids{3, 5}));
  EXPECT_EQ(found("q=robotter"), (Ids{1}));
}

TEST_F(NetworkLibrary, FiltersByQuestionVerdictAndKind) {
  EXPECT_EQ(found("question=3"), (Ids{5, 1}));
  EXPECT_EQ(found("verdict=stop"), (Ids{5}));
  EXPECT_EQ(found("kind=deselection"), (Ids{2}));
  EXPECT_EQ(found("q=kommunerne&question=5"), (Ids{2}));
  EXPECT_EQ(found_set("q=kommunerne&question=3"), (Ids{1}));
  EXPECT_EQ(found("q=kommunerne&kind=decision"), (Ids{3}));
  EXPECT_TRUE(found("q=chatbot&verdict=continue").empty());
  auto browser = world->browser(world->viewer);
  for (const char* bad : {"question=11", "verdict=maybe", "kind=secret", "page=0"}) {
    EXPECT_EQ(browser.get(library_path(world->demo_org, kNetwork, bad)).status, 422) << bad;
  }
}

TEST_F(NetworkLibrary, SearchSyntaxIsTakenAsWordsAndNeverWidensTheResult) {
  const auto plain = found_set("q=kommune");
  ASSERT_EQ(plain, (Ids{1, 2, 3, 7}));
  for (const char* query : {"q=kommune*", "q=%21kommune", "q=kommune%3A", "q=%22kommune%22", "q=%22kommune",
                            "q=(kommune)", "q=kommune+%26", "q=kommune+%7C", "q=kommune+-"}) {
    EXPECT_EQ(found_set(query), plain) << query;
  }
  for (const char* query :
       {"q=kommune+OR+robotter", "q=NEAR(kommune+robotter)", "q=title%3Arobotter",
        "q=kommune+%26+robotter+%26+chatbot", "q=*", "q=%22", "q=%26%26", "q=%21",
        "q=%27%3B+DROP+TABLE+network_shares%3B+--", "q=kommune%3A*+%7C+robot%3A*", "q=og"}) {
    const auto ids = found(query);
    for (const auto id : ids) {
      EXPECT_NE(std::find(plain.begin(), plain.end(), id), plain.end()) << query << " found " << id;
    }
    if (std::string(query) != "q=title%3Arobotter") {
      EXPECT_LE(ids.size(), 1u) << query;
    }
  }
  EXPECT_TRUE(found("q=kommune+OR+robotter").empty()) << "OR is a word no share has";
  EXPECT_TRUE(found("q=*").empty()) << "no word: nothing, rather than everything";
  EXPECT_TRUE(found("q=og").empty()) << "a stop word alone finds nothing";
  EXPECT_EQ(found(""), (Ids{7, 5, 3, 2, 1})) << "the table is still there";
}

TEST_F(NetworkLibrary, AnAnonymousShareShowsTheLabelAndNoNameOrId) {
  auto browser = world->browser(world->viewer);
  const auto page = browser.get(library_path(world->demo_org, kNetwork) + "/" + public_id(2));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Fravalg af chatbot"), std::string::npos);
  EXPECT_EQ(page.body.find("Anden Kommune"), std::string::npos) << "the name of an anonymous sharer";
  EXPECT_NE(page.body.find("40.000"), std::string::npos) << "the size band instead";
  EXPECT_EQ(page.body.find("orgs/" + std::to_string(world->other_org)), std::string::npos);
  EXPECT_EQ(page.body.find("1002"), std::string::npos) << "the source id";
  const auto list = browser.get(library_path(world->demo_org, kNetwork, "kind=deselection"));
  EXPECT_EQ(list.body.find("Anden Kommune"), std::string::npos);

  auto english = world->browser(world->leader);
  ASSERT_EQ(english.submit("/language", {{"lang", "en"}, {"return", world->org_path()}}).status, 303);
  const auto en = english.get(library_path(world->demo_org, kNetwork) + "/" + public_id(2));
  ASSERT_EQ(english.submit("/language", {{"lang", "da"}, {"return", world->org_path()}}).status, 303);
  EXPECT_NE(en.body.find("40,000"), std::string::npos) << "the band in English";
  EXPECT_EQ(en.body.find("Anden Kommune"), std::string::npos);
  const auto named = browser.get(library_path(world->demo_org, kNetwork) + "/" + public_id(1));
  EXPECT_NE(named.body.find("Anden Kommune"), std::string::npos) << "shared by name";
  EXPECT_NE(named.body.find("mailto:karen@anden.example?subject="), std::string::npos);
  EXPECT_NE(named.body.find("Spørg Karen Jensen"), std::string::npos);
}

TEST_F(NetworkLibrary, NonMembersGet404) {
  auto browser = world->browser(world->viewer);
  EXPECT_EQ(browser.get(library_path(world->demo_org, kElsewhere)).status, 404) << "Demo is not a member";
  EXPECT_EQ(browser.get(library_path(world->demo_org, kElsewhere) + "/" + public_id(6)).status, 404);
  EXPECT_EQ(browser.get(library_path(world->demo_org, 987654)).status, 404) << "no such network";
  EXPECT_EQ(browser.get(library_path(world->demo_org, kNetwork) + "/" + public_id(6)).status, 404)
      << "another network's share under this network";
  EXPECT_EQ(browser.get(library_path(world->demo_org, kNetwork) + "/" + public_id(4)).status, 404)
      << "a withdrawn share";
  auto outsider = world->browser(world->outsider);
  EXPECT_EQ(outsider.get(library_path(world->demo_org, kNetwork)).status, 404)
      << "a member of another organisation through Demo's path";
  EXPECT_EQ(outsider.get(library_path(world->other_org, kNetwork, "q=kommune")).status, 200)
      << "through its own organisation";
}

TEST_F(NetworkLibrary, AWithdrawnShareIsNoLongerFound) {
  EXPECT_EQ(found("q=forsvindingsnummer"), (Ids{7}));
  database_change(world->server, "UPDATE network_shares SET withdrawn_at = " + std::to_string(kEpoch + 99) +
                                     " WHERE public_id = '" + public_id(7) + "'");
  EXPECT_TRUE(found("q=forsvindingsnummer").empty());
  auto browser = world->browser(world->viewer);
  EXPECT_EQ(browser.get(library_path(world->demo_org, kNetwork) + "/" + public_id(7)).status, 404);
  database_change(world->server,
                  "UPDATE network_shares SET withdrawn_at = NULL WHERE public_id = '" + public_id(7) + "'");
}

TEST_F(NetworkLibrary, TheAgendaProposesTheNewestLessonOnTheQuestionLongestWithoutADecision) {
  // Shared on every question, so whichever question Demo Kommune has gone longest without deciding on,
  // the newest lesson or deselection of another member is the one proposed; newer ones that may not be
  // proposed: a decision, Demo's own lesson, a withdrawn deselection, another network's lesson.
  const std::vector<int> all{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  const auto d = world->demo_org;
  const auto o = world->other_org;
  insert({20, kNetwork, o, "lesson", "Læring om alle spørgsmål", "Noget at lære af.", all, "adjust", false,
          "", "", kLater, false});
  insert({21, kNetwork, o, "decision", "En beslutning om alt", "Ikke en erfaring.", all, nullptr, false, "",
          "", kLater + 10, false});
  insert({22, kNetwork, d, "lesson", "Vores egen erfaring", "Egen.", all, "stop", false, "", "", kLater + 20,
          false});
  insert({23, kNetwork, o, "deselection", "Trukket fravalg", "Trukket.", all, nullptr, false, "", "",
          kLater + 30, true});
  insert({24, kElsewhere, o, "lesson", "Andet netværks erfaring", "Andet.", all, "stop", false, "", "",
          kLater + 40, false});
  auto api = world->api(world->coordinator);
  const auto series =
      api.post_json(world->api_org_path("/meetings"),
                    {{"title", "Læringsmøde"}, {"cadence", "weekly"}, {"first_meeting", "2020-01-06"}});
  ASSERT_EQ(series.status, 201) << series.body;
  auto browser = world->browser(world->viewer);
  const auto page = browser.get(world->org_path("/meetings/" + series.json()["id"].dump()));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Læring om alle spørgsmål"), std::string::npos) << "the newest lesson";
  EXPECT_NE(page.body.find(library_path(d, kNetwork) + "/" + public_id(20)), std::string::npos)
      << "linked to the library";
  EXPECT_NE(page.body.find("længst har været uden at beslutte"), std::string::npos) << "why it is there";
  for (const char* not_proposed :
       {"En beslutning om alt", "Vores egen erfaring", "Trukket fravalg", "Andet netværks erfaring"}) {
    EXPECT_EQ(page.body.find(not_proposed), std::string::npos) << not_proposed;
  }
  EXPECT_NE(browser.get(library_path(d, kNetwork) + "/" + public_id(20)).status, 404);
}

// The overview is cached under a mark of what changed (web/overview_state). Another organisation's share
// leaves no trace in this one's audit log, yet the drafted agenda on the overview proposes it: the mark
// of the networks' shares is part of the key, so the next request shows the new point.
TEST_F(NetworkLibrary, TheOverviewsDraftAgendaShowsANewlySharedLessonOnTheNextRequest) {
  database_change(world->server, "UPDATE network_shares SET withdrawn_at = " + std::to_string(kEpoch) +
                                     " WHERE withdrawn_at IS NULL");
  auto api = world->api(world->coordinator);
  ASSERT_EQ(
      api.post_json(world->api_org_path("/meetings"),
                    {{"title", "Oversigtsmøde"}, {"cadence", "weekly"}, {"first_meeting", "2020-01-06"}})
          .status,
      201);
  auto browser = world->browser(world->viewer);
  const auto points = [&] {
    const auto page = browser.get(world->org_path());
    EXPECT_EQ(page.status, 200);
    const auto at = page.body.find(" punkter i udkastet");
    if (at == std::string::npos) return -1;
    const auto from = page.body.find_last_not_of("0123456789", at - 1) + 1;
    return std::stoi(page.body.substr(from, at - from));
  };
  const int before = points();
  ASSERT_GE(before, 2);
  EXPECT_EQ(points(), before) << "served again from the cache";
  insert({30,
          kNetwork,
          world->other_org,
          "lesson",
          "Ny erfaring om alt",
          "Lige delt.",
          {1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
          "continue",
          false,
          "",
          "",
          kLater + 50,
          false});
  EXPECT_EQ(points(), before + 1) << "the network's lesson is a point of the draft at once";
}

}  // namespace
}  // namespace forkant::test
