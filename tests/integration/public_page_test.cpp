// The opt-in public page of decisions and deliberate non-choices through the real server: off by
// default, turned on by the owner, decisions published by a coordinator with a plain summary and shown
// at /p/{organisation} and in its Atom feed to anyone, as snapshots (an edit shows only when published
// again); unpublishing takes them off. What the page and feed must never show: the internal rationale,
// a person's name, an id of the register, anything unpublished, another organisation's decisions.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <memory>

#include "support/database_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

constexpr const char* kRationale = "Intern begrundelse: budgetpresset i sektor 7B.";

class PublicPage : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }

  static std::int64_t create(const std::string& kind, const std::string& title, const Person& who,
                             const std::string& org_path) {
    auto api = world->api(who);
    const auto res = api.post_json(org_path + "/decisions", {{"kind", kind},
                                                             {"title", title},
                                                             {"rationale", kRationale},
                                                             {"questions", {2}},
                                                             {"owner_id", who.user_id},
                                                             {"body", "Direktionen"},
                                                             {"decided_on", "2026-03-03"},
                                                             {"review_on", "2026-09-01"}});
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().value("id", std::int64_t{0});
  }
  static std::int64_t create(const std::string& kind, const std::string& title) {
    return create(kind, title, world->leader, world->api_org_path());
  }
  static std::string decision_path(std::int64_t id, const std::string& rest = "") {
    return world->org_path("/decisions/" + std::to_string(id) + rest);
  }
  static HttpResponse publish(Browser& browser, std::int64_t id, const std::string& summary) {
    return browser.submit(decision_path(id, "/publish"), {{"summary", summary}});
  }
  static HttpResponse set_page(Browser& browser, bool on, const std::string& address) {
    Fields fields{{"address", address}};
    if (on) fields.emplace_back("enabled", "1");
    return browser.submit(world->org_path("/public-page"), fields);
  }
  static std::int64_t snapshots() {
    return database_fact(world->server, "SELECT count(*) FROM published_decisions WHERE org_id = " +
                                            std::to_string(world->demo_org));
  }
  // Runs /usr/bin/python3 on `script` with `input` in a file named by argv[1]; its standard output.
  static std::string python(const std::string& script, const std::string& input) {
    const auto in = world->server.dir() / "input.txt";
    const auto py = world->server.dir() / "check.py";
    std::ofstream(in, std::ios::binary) << input;
    std::ofstream(py) << script;
    const std::string command = "/usr/bin/python3 " + py.string() + " " + in.string() + " 2>&1";
    std::string out;
    if (FILE* p = popen(command.c_str(), "r")) {
      char buf[4096];
      while (const auto n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
      pclose(p);
    }
    return out;
  }
  // The feed's entries as "title|summary" lines, or the parser's complaint.
  static std::string feed_entries(const std::string& xml) {
    return python(R"py(
import sys, xml.etree.ElementTree as ET
A = '{http://www.w3.org/2005/Atom}'
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == A + 'feed', root.tag
for tag in ('id', 'title', 'updated', 'author'):
    assert root.find(A + tag) is not None, tag
rels = sorted(l.get('rel') for l in root.findall(A + 'link'))
assert rels == ['alternate', 'self'], rels
ids = set()
for e in root.findall(A + 'entry'):
    for tag in ('id', 'title', 'updated', 'summary', 'link'):
        assert e.find(A + tag) is not None, tag
    assert e.find(A + 'summary').get('type') == 'text'
    ids.add(e.find(A + 'id').text)
    print(e.find(A + 'title').text + '|' + e.find(A + 'summary').text.split('\n')[0])
assert len(ids) == len(root.findall(A + 'entry'))
print('OK')
)py",
                  xml);
  }

  static inline std::unique_ptr<TwoOrganisations> world;
};

// The demo publishes three decisions at /p/demo-kommune (cli/demo_decisions.cpp).
TEST_F(PublicPage, TheDemoShowsItsPage) {
  auto visitor = world->server.browser();
  const auto page = visitor.get("/p/demo-kommune");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("Ingen chatbot i borgerservice i år"), std::string::npos);
  EXPECT_NE(page.body.find("Fravalgt"), std::string::npos);
  EXPECT_NE(page.body.find("Valgt"), std::string::npos);
  EXPECT_EQ(page.body.find("Karen Kommunaldirektør"), std::string::npos);
}

TEST_F(PublicPage, OffByDefaultAndOffAnswersLikeUnknown) {
  // Anden Kommune never turned its page on.
  EXPECT_EQ(database_fact(world->server, "SELECT count(*) FROM public_pages WHERE org_id = " +
                                             std::to_string(world->other_org)),
            0);
  auto outsider = world->browser(world->outsider);
  const auto settings = outsider.get("/orgs/" + std::to_string(world->other_org) + "/public-page");
  ASSERT_EQ(settings.status, 200);
  EXPECT_NE(settings.body.find("Den offentlige side er slået fra."), std::string::npos);

  auto visitor = world->server.browser();
  const auto unknown = visitor.get("/p/anden-kommune");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(visitor.get("/p/anden-kommune/feed.atom").status, 404);

  // The owner of Demo Kommune turns its page off: it answers exactly as an unknown address.
  auto owner = world->browser(world->owner);
  ASSERT_EQ(set_page(owner, false, "demo-kommune").status, 303);
  const auto off = visitor.get("/p/demo-kommune");
  EXPECT_EQ(off.status, 404);
  EXPECT_EQ(visitor.get("/p/demo-kommune/feed.atom").status, 404);
  // The same page but for the random CSRF token and the path the language form returns to.
  const auto neutral = [](std::string body, const std::string& address) {
    const auto at = body.find("name=\"csrf\" value=\"");
    if (at != std::string::npos) body.erase(at, 19 + 43);
    const auto path = body.find("/p/" + address);
    if (path != std::string::npos) body.replace(path, 3 + address.size(), "/p/X");
    return body;
  };
  EXPECT_EQ(neutral(off.body, "demo-kommune"), neutral(unknown.body, "anden-kommune"));
  ASSERT_EQ(set_page(owner, true, "demo-kommune").status, 303);
  EXPECT_EQ(visitor.get("/p/demo-kommune").status, 200);
  EXPECT_GE(database_fact(world->server,
                          "SELECT count(*) FROM audit_log WHERE action = "
                          "'organisation.public_page_disabled'"),
            1);
}

TEST_F(PublicPage, OnlyTheOwnerSetsThePageUpWithAValidFreeAddress) {
  auto coordinator = world->browser(world->coordinator);
  EXPECT_EQ(set_page(coordinator, false, "demo-kommune").status, 403);
  EXPECT_EQ(coordinator.get(world->org_path("/public-page")).status, 403);
  auto owner = world->browser(world->owner);
  const auto bad = set_page(owner, true, "Demo Kommune!");
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("Adressen må kun indeholde små bogstaver"), std::string::npos);
  EXPECT_NE(bad.body.find("value=\"Demo Kommune!\""), std::string::npos);  // kept, escaped
  // Anden Kommune cannot take Demo Kommune's address.
  auto outsider = world->browser(world->outsider);
  const auto taken = outsider.submit("/orgs/" + std::to_string(world->other_org) + "/public-page",
                                     {{"address", "demo-kommune"}, {"enabled", "1"}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_NE(taken.body.find("bruges allerede af en anden organisation"), std::string::npos);
  // The switch is "1" or absent; a forged value is refused and leaves the page on.
  const auto forged =
      owner.submit(world->org_path("/public-page"), {{"address", "x-y-z"}, {"enabled", "ja"}});
  EXPECT_EQ(forged.status, 422);
  EXPECT_NE(forged.body.find("kan kun være slået til eller fra"), std::string::npos);
  EXPECT_EQ(world->server.browser().get("/p/demo-kommune").status, 200);
  // Without the CSRF token nothing changes.
  EXPECT_EQ(owner.post_form(world->org_path("/public-page"), {{"address", "x-y-z"}}).status, 403);
  EXPECT_EQ(world->server.browser().get("/p/demo-kommune").status, 200);
}

TEST_F(PublicPage, PublishedDecisionsAreShownAsSnapshotsAndNothingElse) {
  const auto chosen = create("decided", "Fælles sagssystem i borgerservice");
  const auto deselected = create("deselected", "Ingen robotter i hjemmeplejen");
  const auto unpublished = create("decided", "Hemmelig plan om lukning");
  const auto theirs = create("decided", "Anden Kommunes egen beslutning", world->outsider,
                             "/api/v1/orgs/" + std::to_string(world->other_org));
  auto coordinator = world->browser(world->coordinator);
  ASSERT_EQ(publish(coordinator, chosen, "Vi samler sagerne ét sted, så du får svar hurtigere.").status, 303);
  ASSERT_EQ(
      publish(coordinator, deselected, "Vi bruger ikke robotter, fordi omsorg kræver mennesker.").status,
      303);
  // Anden Kommune publishes its own on its own page.
  auto outsider = world->browser(world->outsider);
  const std::string other = "/orgs/" + std::to_string(world->other_org);
  ASSERT_EQ(outsider.submit(other + "/public-page", {{"address", "anden-kommune"}, {"enabled", "1"}}).status,
            303);
  ASSERT_EQ(outsider
                .submit(other + "/decisions/" + std::to_string(theirs) + "/publish",
                        {{"summary", "Anden Kommunes tekst."}})
                .status,
            303);

  auto visitor = world->server.browser();
  const auto page = visitor.get("/p/demo-kommune");
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(page.header("Cache-Control"), "public, max-age=60");
  EXPECT_FALSE(page.has_header("Set-Cookie"));  // a reader is given no cookie
  EXPECT_NE(page.body.find("<html lang=\"da\">"), std::string::npos);
  EXPECT_NE(page.body.find("type=\"application/atom+xml\""), std::string::npos);
  EXPECT_NE(page.body.find("href=\"/p/demo-kommune/feed.atom\""), std::string::npos);
  for (const char* must : {"Fælles sagssystem i borgerservice", "Vi samler sagerne ét sted",
                           "Ingen robotter i hjemmeplejen", "fordi omsorg kræver mennesker", "Valgt",
                           "Fravalgt", "2. Etik og jura", "3. marts 2026", "1. september 2026"}) {
    EXPECT_NE(page.body.find(must), std::string::npos) << must;
  }
  for (const std::string& never :
       {std::string(kRationale), world->leader.name, world->owner.name, world->coordinator.name,
        std::string("Hemmelig plan om lukning"), std::string("Anden Kommunes"), std::string("/orgs/"),
        "decisions/" + std::to_string(chosen), "decisions/" + std::to_string(deselected),
        std::string("Direktionen")}) {
    EXPECT_EQ(page.body.find(never), std::string::npos) << never;
  }

  const auto feed = visitor.get("/p/demo-kommune/feed.atom");
  ASSERT_EQ(feed.status, 200);
  EXPECT_EQ(feed.header("Content-Type"), "application/atom+xml; charset=utf-8");
  const auto entries = feed_entries(feed.body);
  EXPECT_NE(entries.find("Valgt: Fælles sagssystem i borgerservice|Vi samler sagerne ét sted"),
            std::string::npos)
      << entries;
  EXPECT_NE(entries.find("Fravalgt: Ingen robotter i hjemmeplejen|Vi bruger ikke robotter"),
            std::string::npos)
      << entries;
  EXPECT_NE(entries.find("OK"), std::string::npos) << entries;
  for (const std::string& never :
       {std::string(kRationale), world->leader.name, world->owner.name, std::string("Hemmelig plan"),
        std::string("Anden Kommunes"), std::string("/orgs/"), "decisions/" + std::to_string(chosen)}) {
    EXPECT_EQ(feed.body.find(never), std::string::npos) << never;
  }
  (void)unpublished;
  // Anden Kommune's page has its own only.
  const auto theirs_page = visitor.get("/p/anden-kommune");
  EXPECT_NE(theirs_page.body.find("Anden Kommunes tekst."), std::string::npos);
  EXPECT_EQ(theirs_page.body.find("Fælles sagssystem i borgerservice"), std::string::npos);

  // In English when the visitor reads English.
  const auto english = visitor.get("/p/demo-kommune", {{"Accept-Language", "en"}});
  EXPECT_NE(english.body.find("<html lang=\"en\">"), std::string::npos);
  for (const char* must : {"Chosen", "Not pursued", "2. Ethics and law", "3 March 2026"}) {
    EXPECT_NE(english.body.find(must), std::string::npos) << must;
  }
  EXPECT_NE(visitor.get("/p/demo-kommune?lang=en").body.find("Not pursued"), std::string::npos);
}

TEST_F(PublicPage, AnEditShowsOnlyWhenPublishedAgainAndUnpublishingRemovesIt) {
  const auto id = create("decided", "Digital post som standard");
  auto coordinator = world->browser(world->coordinator);
  ASSERT_EQ(publish(coordinator, id, "Breve fra kommunen kommer som digital post.").status, 303);
  auto api = world->api(world->leader);
  ASSERT_EQ(
      api.request("PUT", "/api/v1/decisions/" + std::to_string(id),
                  R"({"version": 1, "title": "Digital post som standard for alle"})", "application/json")
          .status,
      200);
  auto visitor = world->server.browser();
  auto page = visitor.get("/p/demo-kommune");
  EXPECT_NE(page.body.find("Digital post som standard</h2>"), std::string::npos);
  EXPECT_EQ(page.body.find("Digital post som standard for alle"), std::string::npos);
  EXPECT_EQ(page.body.find("opdateret"), std::string::npos);
  // The decision's page says the public page still shows the old text.
  const auto detail = coordinator.get(decision_path(id));
  EXPECT_NE(detail.body.find("Beslutningen er rettet, siden den blev offentliggjort."), std::string::npos);
  EXPECT_NE(detail.body.find("Udgiv ændringer"), std::string::npos);
  EXPECT_NE(detail.body.find("Fjern fra den offentlige side"), std::string::npos);

  const auto before = snapshots();
  ASSERT_EQ(publish(coordinator, id, "Alle breve fra kommunen kommer nu som digital post.").status, 303);
  EXPECT_EQ(snapshots(), before + 1);  // a new snapshot; the old one is kept
  page = visitor.get("/p/demo-kommune");
  EXPECT_NE(page.body.find("Digital post som standard for alle"), std::string::npos);
  EXPECT_NE(page.body.find("Alle breve fra kommunen kommer nu"), std::string::npos);
  EXPECT_EQ(page.body.find("Breve fra kommunen kommer som digital post."), std::string::npos);
  EXPECT_NE(page.body.find("opdateret"), std::string::npos);

  ASSERT_EQ(coordinator.submit(decision_path(id, "/unpublish"), {}).status, 303);
  page = visitor.get("/p/demo-kommune");
  EXPECT_EQ(page.body.find("Digital post som standard"), std::string::npos);
  const auto feed = visitor.get("/p/demo-kommune/feed.atom");
  EXPECT_EQ(feed.body.find("Digital post som standard"), std::string::npos);
  EXPECT_NE(feed_entries(feed.body).find("OK"), std::string::npos);
  EXPECT_EQ(snapshots(), before + 1);  // kept for the audit trail, marked
  EXPECT_EQ(database_fact(world->server, "SELECT count(*) FROM published_decisions WHERE decision_id = " +
                                             std::to_string(id) + " AND unpublished_at IS NOT NULL"),
            2);
  // Unpublishing again: nothing on the page to take off.
  EXPECT_EQ(coordinator.submit(decision_path(id, "/unpublish"), {}).status, 409);
  for (const char* action : {"decision.published", "decision.republished", "decision.unpublished"}) {
    EXPECT_GE(database_fact(world->server,
                            std::string("SELECT count(*) FROM audit_log WHERE action = '") + action + "'"),
              1)
        << action;
  }
  // The change log says it in words.
  auto owner = world->browser(world->owner);
  const auto log = owner.get(world->org_path("/audit"));
  EXPECT_NE(log.body.find("fjernede beslutningen"), std::string::npos);
}

TEST_F(PublicPage, ViewersAndOtherOrganisationsCannotPublish) {
  const auto id = create("decided", "Kun for koordinatorer");
  auto viewer = world->browser(world->viewer);
  EXPECT_EQ(publish(viewer, id, "Tekst").status, 403);
  auto leader = world->browser(world->leader);
  EXPECT_EQ(publish(leader, id, "Tekst").status, 403);
  EXPECT_EQ(leader.submit(decision_path(id, "/unpublish"), {}).status, 403);
  // The viewer sees no form.
  EXPECT_EQ(viewer.get(decision_path(id)).body.find("name=\"summary\""), std::string::npos);
  // Another organisation's decision id under this organisation, and this one's under the other: 404.
  const auto theirs =
      create("decided", "Andens", world->outsider, "/api/v1/orgs/" + std::to_string(world->other_org));
  auto coordinator = world->browser(world->coordinator);
  EXPECT_EQ(publish(coordinator, theirs, "Tekst").status, 404);
  auto outsider = world->browser(world->outsider);
  EXPECT_EQ(outsider
                .submit("/orgs/" + std::to_string(world->other_org) + "/decisions/" + std::to_string(id) +
                            "/publish",
                        {{"summary", "Tekst"}})
                .status,
            404);
  EXPECT_EQ(outsider.submit(decision_path(id, "/publish"), {{"summary", "Tekst"}}).status, 404);
  // Without the CSRF token.
  EXPECT_EQ(coordinator.post_form(decision_path(id, "/publish"), {{"summary", "Tekst"}}).status, 403);
  EXPECT_EQ(database_fact(world->server, "SELECT count(*) FROM published_decisions WHERE decision_id = " +
                                             std::to_string(id)),
            0);
}

TEST_F(PublicPage, ARefusedSummaryChangesNothingAndSaysWhy) {
  const auto id = create("decided", "Tom forklaring");
  auto coordinator = world->browser(world->coordinator);
  const auto before = snapshots();
  const auto empty = publish(coordinator, id, "   ");
  EXPECT_EQ(empty.status, 422);
  EXPECT_NE(empty.body.find("Skriv en kort forklaring til borgerne"), std::string::npos);
  EXPECT_NE(empty.body.find("role=\"alert\" id=\"publish-error\""), std::string::npos);
  const auto long_text = publish(coordinator, id, std::string(2001, 'a'));
  EXPECT_EQ(long_text.status, 422);
  EXPECT_NE(long_text.body.find("højst være på 2000 tegn"), std::string::npos);
  EXPECT_NE(long_text.body.find(std::string(2001, 'a')), std::string::npos);  // the text is kept
  EXPECT_EQ(snapshots(), before);
  // A postponed decision is not published.
  const auto postponed = create("postponed", "Udskudt sag");
  EXPECT_EQ(publish(coordinator, postponed, "Tekst").status, 422);
}

TEST_F(PublicPage, ASummaryIsEscapedOnThePageAndInTheFeed) {
  const auto id = create("decided", "Sikker <b>titel</b>");
  auto coordinator = world->browser(world->coordinator);
  const std::string summary = "Vi skriver <script>alert('x')</script> & \"citater\".";
  ASSERT_EQ(publish(coordinator, id, summary).status, 303);
  auto visitor = world->server.browser();
  const auto page = visitor.get("/p/demo-kommune");
  EXPECT_EQ(page.body.find("<script>alert"), std::string::npos);
  EXPECT_EQ(page.body.find("<b>titel"), std::string::npos);
  EXPECT_NE(page.body.find("&lt;script&gt;alert"), std::string::npos);
  const auto feed = visitor.get("/p/demo-kommune/feed.atom");
  EXPECT_EQ(feed.body.find("<script>"), std::string::npos);
  const auto entries = feed_entries(feed.body);
  EXPECT_NE(entries.find("Valgt: Sikker <b>titel</b>|" + summary), std::string::npos) << entries;
  ASSERT_EQ(coordinator.submit(decision_path(id, "/unpublish"), {}).status, 303);
}

}  // namespace
}  // namespace forkant::test
