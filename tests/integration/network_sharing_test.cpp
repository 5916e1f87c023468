// Sharing reviewed texts with a network through the real server (issue 15, item 2): a coordinator shares
// a decision, a deselection with its reasons, an evaluated step's lesson and an initiative, by name or
// anonymously, and withdraws them; the audit log says what was shared with which network. Isolation: an
// organisation outside the network, and another member organisation, can neither see the forms nor
// withdraw; another organisation's decision id is answered 404. An anonymous share keeps no name. Bad
// input is refused with its own message and stores nothing; a leader and a viewer cannot share.
#include <gtest/gtest.h>

#include <memory>
#include <regex>

#include "support/database_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

struct Member {
  std::string email;
  std::string password;
};

// The demo (Demo Kommune with its register) and, made here, a network "Testnetværket" of Demo Kommune and
// Tredje Kommune; Anden Kommune is outside it. Demo Kommune has 45,000 inhabitants (a band of its own).
struct SharingWorld {
  SharingWorld() {
    server.demo();
    const auto c = server.add_user(coordinator.email, "Kim Koordinator", coordinator.password, kDemoOrgName,
                                   "coordinator");
    demo_org = c.org_id;
    coordinator_id = c.user_id;
    server.add_user(leader.email, "Lise Leder", leader.password, kDemoOrgName, "leader");
    server.add_user(viewer.email, "Bo Byrådsmedlem", viewer.password, kDemoOrgName, "viewer");
    outsider_org =
        server.add_user(outsider.email, "Anne Anden", outsider.password, "Anden Kommune", "owner").org_id;
    const auto t = server.add_user(third.email, "Tove Tredje", third.password, "Tredje Kommune", "owner");
    third_org = t.org_id;
    const std::string demo = std::to_string(demo_org);
    database_change(server, "UPDATE organisations SET inhabitants = 45000 WHERE id = " + demo);
    database_change(server,
                    "INSERT INTO networks(name, purpose, created_by_org, created_by, created_at) "
                    "VALUES('Testnetværket', '', " +
                        demo + ", " + std::to_string(coordinator_id) + ", 1)");
    network = database_fact(server, "SELECT id FROM networks WHERE name = 'Testnetværket'");
    // A network Demo Kommune is not in.
    database_change(server,
                    "INSERT INTO networks(name, purpose, created_by_org, created_by, created_at) "
                    "VALUES('Fremmed netværk', '', " +
                        std::to_string(third_org) + ", " + std::to_string(t.user_id) + ", 1)");
    foreign_network = database_fact(server, "SELECT id FROM networks WHERE name = 'Fremmed netværk'");
    database_change(server, "INSERT INTO network_memberships(network_id, org_id, joined_at) VALUES(" +
                                std::to_string(foreign_network) + ", " + std::to_string(third_org) + ", 1)");
    for (const auto org : {demo_org, third_org}) {
      database_change(server, "INSERT INTO network_memberships(network_id, org_id, joined_at) VALUES(" +
                                  std::to_string(network) + ", " + std::to_string(org) + ", 1)");
    }
    server.start();
  }
  Browser browser(const Member& m) const { return server.signed_in(m.email, m.password); }
  std::string org_path(const std::string& rest) const { return "/orgs/" + std::to_string(demo_org) + rest; }
  std::int64_t fact(const std::string& sql) const { return database_fact(server, sql); }
  // The id of the first of Demo Kommune's rows `where` selects from `table`.
  std::int64_t demo_id(const std::string& table, const std::string& where) const {
    return fact("SELECT min(id) FROM " + table + " WHERE org_id = " + std::to_string(demo_org) + " AND " +
                where);
  }

  TestServer server;
  std::int64_t demo_org = 0, outsider_org = 0, third_org = 0, network = 0, foreign_network = 0,
               coordinator_id = 0;
  Member coordinator{"koordinator@demo.forkant.dk", "koordinator-kodeord-1"};
  Member leader{"leder@demo.forkant.dk", "leder-kodeord-73915"};
  Member viewer{"byraad@demo.forkant.dk", "byraad-kodeord-1234"};
  Member outsider{"direktoer@anden.example.dk", "anden-kodeord-73915"};
  Member third{"direktoer@tredje.example.dk", "tredje-kodeord-73915"};
};

class NetworkSharing : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<SharingWorld>(); }
  static void TearDownTestSuite() { world.reset(); }

  static Fields share_fields(const std::string& title, const std::string& body,
                             const std::string& shown_as = "name") {
    return {{"network", std::to_string(world->network)},
            {"title", title},
            {"body", body},
            {"shown_as", shown_as},
            {"contact_name", "Kim Koordinator"},
            {"contact_email", "kim@demo.forkant.dk"}};
  }
  static std::int64_t shares(const std::string& where = "1 = 1") {
    return world->fact("SELECT count(*) FROM network_shares WHERE " + where);
  }
  static std::int64_t audit(const std::string& action) {
    return world->fact("SELECT count(*) FROM audit_log WHERE action = '" + action +
                       "' AND org_id = " + std::to_string(world->demo_org));
  }
  static std::int64_t current_share_of(const std::string& kind, std::int64_t source_id) {
    return world->fact(
        "SELECT coalesce(max(id), 0) FROM network_shares WHERE withdrawn_at IS NULL AND "
        "source_kind = '" +
        kind + "' AND source_id = " + std::to_string(source_id) +
        " AND network_id = " + std::to_string(world->network));
  }
  static bool has(const HttpResponse& r, const std::string& text) {
    return r.body.find(text) != std::string::npos;
  }

  static inline std::unique_ptr<SharingWorld> world;
};

TEST_F(NetworkSharing, ADeselectionIsSharedWithItsReasonsAndWithdrawn) {
  const auto id = world->demo_id("decisions", "kind = 'deselected' AND superseded_by_id IS NULL");
  ASSERT_GT(id, 0);
  auto coordinator = world->browser(world->coordinator);
  const std::string path = world->org_path("/decisions/" + std::to_string(id));
  // The page offers the form, prefilled from the register, with the user's own contact.
  auto page = coordinator.get(path);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page, "Del med netværk"));
  EXPECT_TRUE(has(page, "Testnetværket"));
  EXPECT_TRUE(has(page, "value=\"koordinator@demo.forkant.dk\""));
  EXPECT_TRUE(has(page, "Begrundelsen for fravalget"));
  EXPECT_TRUE(has(page, "en kommune med 40.000–60.000 indbyggere"));  // the anonymous choice, named

  // A deselection without its reasons is refused with that reason.
  auto refused = coordinator.submit(path + "/share", share_fields("Ingen chatbot", " "));
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(has(refused, "Et fravalg deles med sin begrundelse"));
  EXPECT_EQ(current_share_of("deselection", id), 0);

  const auto audited = audit("network.shared");
  auto res = coordinator.submit(
      path + "/share",
      share_fields("Ingen chatbot i borgerservice", "Borgerne i kommunerne ville tale med et menneske."));
  ASSERT_EQ(res.status, 303) << res.body;
  const auto share = current_share_of("deselection", id);
  ASSERT_GT(share, 0);
  EXPECT_EQ(audit("network.shared"), audited + 1);
  // The deselection kept its questions.
  EXPECT_GT(
      world->fact("SELECT count(*) FROM network_share_questions WHERE share_id = " + std::to_string(share)),
      0);
  page = coordinator.get(path);
  EXPECT_TRUE(has(page, "Delt "));
  EXPECT_TRUE(has(page, "som Demo Kommune"));
  EXPECT_TRUE(has(page, "/network-shares/" + std::to_string(share) + "/withdraw"));

  // Sharing it again with the same network is refused while the share is current.
  res = coordinator.submit(path + "/share", share_fields("Igen", "Igen."));
  EXPECT_EQ(res.status, 409);
  EXPECT_TRUE(has(res, "allerede delt med netværket »Testnetværket«"));

  // The audit log says it in a sentence.
  auto owner = world->server.signed_in(kDemoOwnerEmail, kDemoOwnerPassword);  // the log is the owner's
  auto log = owner.get(world->org_path("/audit"));
  ASSERT_EQ(log.status, 200);
  EXPECT_TRUE(has(log, "delte fravalget »Ingen chatbot i borgerservice« med netværket »Testnetværket«"));

  // Withdrawing asks for a confirmation, then withdraws from then on; the row stays.
  const std::string withdraw = world->org_path("/network-shares/" + std::to_string(share) + "/withdraw");
  res = coordinator.submit(withdraw, {});
  EXPECT_EQ(res.status, 422);
  EXPECT_TRUE(has(res, "Sæt kryds"));
  EXPECT_EQ(current_share_of("deselection", id), share);
  res = coordinator.submit(withdraw, {{"confirm", "yes"}});
  ASSERT_EQ(res.status, 303) << res.body;
  EXPECT_EQ(current_share_of("deselection", id), 0);
  EXPECT_EQ(shares("id = " + std::to_string(share) + " AND withdrawn_at IS NOT NULL"), 1);
  EXPECT_EQ(audit("network.share_withdrawn"), 1);
  res = coordinator.submit(withdraw, {{"confirm", "yes"}});
  EXPECT_EQ(res.status, 409);  // withdrawn already
  log = owner.get(world->org_path("/audit"));
  EXPECT_TRUE(has(
      log, "stoppede delingen af fravalget »Ingen chatbot i borgerservice« med netværket »Testnetværket«"));
}

TEST_F(NetworkSharing, AnAnonymousShareCarriesNoName) {
  const auto id = world->demo_id("decisions", "kind = 'decided' AND superseded_by_id IS NULL");
  auto coordinator = world->browser(world->coordinator);
  const std::string path = world->org_path("/decisions/" + std::to_string(id));
  auto res = coordinator.submit(path + "/share",
                                share_fields("Fælles sagssystem", "Vi samler sagerne.", "anonymous"));
  ASSERT_EQ(res.status, 303) << res.body;
  const auto share = current_share_of("decision", id);
  ASSERT_GT(share, 0);
  const std::string row = "id = " + std::to_string(share);
  EXPECT_EQ(shares(row + " AND org_name = '' AND shown_as = 'anonymous'"), 1);
  EXPECT_EQ(shares(row + " AND org_kind = 'municipality' AND size_band = '40000_60000'"), 1);
  // What others receive names it by a random UUID, never a sequence.
  EXPECT_EQ(shares(row + " AND length(public_id) = 36 AND public_id LIKE '%-4%'"), 1);
  // The page says how it is shown: the label in the reader's language, not the name.
  const auto page = coordinator.get(path);
  EXPECT_TRUE(has(page, "som en kommune med 40.000–60.000 indbyggere"));
  // In English for a reader who reads English (the demo's owner, switched and back).
  auto owner = world->server.signed_in(kDemoOwnerEmail, kDemoOwnerPassword);
  ASSERT_EQ(owner.submit("/language", {{"lang", "en"}, {"return", path}}).status, 303);
  const auto english = owner.get(path);
  EXPECT_TRUE(has(english, "Shared on "));
  EXPECT_TRUE(has(english, "as a municipality of 40,000–60,000 inhabitants"));
  EXPECT_FALSE(has(english, "en kommune med"));
  owner.submit("/language", {{"lang", "da"}, {"return", path}});
}

TEST_F(NetworkSharing, ALessonAndAnInitiativeAreShared) {
  const auto step = world->demo_id("steps", "status = 'done'");
  ASSERT_GT(step, 0);
  auto coordinator = world->browser(world->coordinator);
  const std::string step_path = world->org_path("/steps/" + std::to_string(step) + "/share");
  auto page = coordinator.get(step_path);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page, "Del læringen fra et skridt"));
  auto res = coordinator.submit(
      step_path, share_fields("Små skridt virker", "Digitaliseringen gik bedst i små skridt."));
  ASSERT_EQ(res.status, 303) << res.body;
  const auto lesson = current_share_of("lesson", step);
  ASSERT_GT(lesson, 0);
  EXPECT_EQ(shares("id = " + std::to_string(lesson) + " AND verdict IS NOT NULL"), 1);

  // A step that is not evaluated has no lesson.
  const auto running = world->demo_id("steps", "status <> 'done'");
  if (running > 0) {
    res = coordinator.submit(world->org_path("/steps/" + std::to_string(running) + "/share"),
                             share_fields("Titel", "Tekst"));
    EXPECT_EQ(res.status, 422);
    EXPECT_TRUE(has(res, "Kun et evalueret skridt"));
  }

  const auto initiative = world->demo_id("initiatives", "1 = 1");
  ASSERT_GT(initiative, 0);
  const std::string ipath = world->org_path("/initiatives/" + std::to_string(initiative));
  page = coordinator.get(ipath);
  EXPECT_TRUE(has(page, "Del med netværk"));
  res = coordinator.submit(ipath + "/share", share_fields("Robotter i lønnen", "RPA i lønbehandlingen."));
  ASSERT_EQ(res.status, 303) << res.body;
  EXPECT_GT(current_share_of("initiative", initiative), 0);
}

TEST_F(NetworkSharing, BadInputIsRefusedWithItsReasonAndStoresNothing) {
  const auto id = world->demo_id(
      "decisions",
      "kind = 'decided' AND superseded_by_id IS NULL AND id <> " +
          std::to_string(world->demo_id("decisions", "kind = 'decided' AND superseded_by_id IS NULL")));
  ASSERT_GT(id, 0);
  auto coordinator = world->browser(world->coordinator);
  const std::string share = world->org_path("/decisions/" + std::to_string(id) + "/share");
  const auto before = shares();
  struct Case {
    Fields fields;
    int status;
    std::string message;
  };
  auto with = [](Fields f, const std::string& name, const std::string& value) {
    for (auto& [k, v] : f) {
      if (k == name) v = value;
    }
    return f;
  };
  const Fields ok = share_fields("Titel", "Tekst");
  const std::vector<Case> cases{
      {with(ok, "title", "  "), 422, "Skriv en titel"},
      {with(ok, "body", ""), 422, "Skriv teksten"},
      {with(ok, "title", std::string(201, 'x')), 422, "højst 200 tegn"},
      {with(ok, "contact_email", "ikke-en-adresse"), 422, "ser ikke ud som en e-mailadresse"},
      {with(ok, "body", "\xC3\x28"), 400, ""},  // not UTF-8: refused before any page
      {with(ok, "network", "99999"), 404, ""},
      {with(ok, "network", "abc"), 404, ""},
      {with(ok, "network", std::to_string(world->foreign_network)), 404, ""},  // not a member: as unknown
  };
  for (const auto& c : cases) {
    const auto res = coordinator.submit(share, c.fields);
    EXPECT_EQ(res.status, c.status) << res.body.substr(0, 300);
    if (!c.message.empty()) {
      EXPECT_TRUE(has(res, c.message)) << c.message;
    }
  }
  EXPECT_EQ(shares(), before);
  // A postponed decision is not shared.
  const auto postponed = world->demo_id("decisions", "kind = 'postponed'");
  const auto res =
      coordinator.submit(world->org_path("/decisions/" + std::to_string(postponed) + "/share"), ok);
  EXPECT_EQ(res.status, 422);
  EXPECT_TRUE(has(res, "udskudt beslutning"));
  EXPECT_EQ(shares(), before);
}

TEST_F(NetworkSharing, OnlyOwnerAndCoordinatorShare) {
  const auto id = world->demo_id("decisions", "kind = 'deselected' AND superseded_by_id IS NULL");
  const std::string path = world->org_path("/decisions/" + std::to_string(id));
  const auto before = shares();
  for (const auto* m : {&world->leader, &world->viewer}) {
    auto b = world->browser(*m);
    const auto page = b.get(path);
    ASSERT_EQ(page.status, 200);
    EXPECT_FALSE(has(page, "/share\"")) << m->email;  // no form
    const auto res = b.submit(path + "/share", share_fields("Titel", "Tekst"));
    EXPECT_EQ(res.status, 403) << m->email;
  }
  EXPECT_EQ(shares(), before);
}

TEST_F(NetworkSharing, OtherOrganisationsCanNeitherShareNorWithdrawNorSee) {
  auto coordinator = world->browser(world->coordinator);
  const auto id = world->demo_id("initiatives", "1 = 1");
  const std::string ipath = world->org_path("/initiatives/" + std::to_string(id));
  auto share = current_share_of("initiative", id);
  if (share == 0) {
    ASSERT_EQ(coordinator.submit(ipath + "/share", share_fields("Robotter", "RPA.")).status, 303);
    share = current_share_of("initiative", id);
  }
  const auto before = shares();
  for (const auto* m : {&world->outsider, &world->third}) {
    auto b = world->browser(*m);
    const std::string own =
        m == &world->outsider ? std::to_string(world->outsider_org) : std::to_string(world->third_org);
    // Through Demo Kommune's pages: no role there, 404 like an unknown id.
    EXPECT_EQ(b.get(ipath).status, 404) << m->email;
    EXPECT_EQ(b.submit(ipath + "/share", share_fields("T", "T")).status, 404) << m->email;
    EXPECT_EQ(b.submit(world->org_path("/network-shares/" + std::to_string(share) + "/withdraw"),
                       {{"confirm", "yes"}})
                  .status,
              404)
        << m->email;
    // Through their own organisation: Demo Kommune's ids are not theirs.
    EXPECT_EQ(b.submit("/orgs/" + own + "/network-shares/" + std::to_string(share) + "/withdraw",
                       {{"confirm", "yes"}})
                  .status,
              404)
        << m->email;
    const auto decision = world->demo_id("decisions", "kind = 'decided' AND superseded_by_id IS NULL");
    Fields f = share_fields("T", "T");
    EXPECT_EQ(b.submit("/orgs/" + own + "/decisions/" + std::to_string(decision) + "/share", f).status, 404)
        << m->email;
    EXPECT_EQ(b.submit("/orgs/" + own + "/initiatives/" + std::to_string(id) + "/share", f).status, 404)
        << m->email;
  }
  EXPECT_EQ(shares(), before);
  EXPECT_EQ(current_share_of("initiative", id), share);  // still shared
}

}  // namespace
}  // namespace forkant::test
