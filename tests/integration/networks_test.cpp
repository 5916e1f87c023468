// Networks of organisations through the real server (issue 15, item 1): creating a network, inviting an
// organisation by its exact name, its owner accepting or declining, leaving (which ends the
// organisation's coordinators' terms and withdraws its contributions and shares) and joining again with
// the history kept, appointing and ending coordinators, and the organisation's profile. And the rules
// around them: a viewer or leader cannot create, invite or leave; a network answers 404 to every
// organisation that is not a current member (another organisation's ids alike); a form without its CSRF
// token is refused; bad input is refused with a clear message and changes nothing.
#include <gtest/gtest.h>

#include <memory>

#include "support/database_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

class Networks : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }

  static std::int64_t fact(const std::string& sql) { return database_fact(world->server, sql); }
  static std::string q(const std::string& text) { return "'" + text + "'"; }
  static std::int64_t id_from(const HttpResponse& res) {
    const auto location = res.header("Location");
    const auto slash = location.rfind('/');
    return slash == std::string::npos ? 0 : std::stoll(location.substr(slash + 1));
  }
  static std::string demo(const std::string& rest = "") { return world->org_path(rest); }
  static std::string other(const std::string& rest = "") {
    return "/orgs/" + std::to_string(world->other_org) + rest;
  }
  static std::string net(std::int64_t id, const std::string& rest = "") {
    return "/networks/" + std::to_string(id) + rest;
  }
  static std::int64_t networks_named(const std::string& name) {
    return fact("SELECT COUNT(*) FROM networks WHERE name = " + q(name));
  }
  // Demo Kommune's owner creates a network; its id.
  static std::int64_t create(Browser& owner, const std::string& name) {
    const auto res = owner.submit(demo("/networks"), {{"name", name}, {"purpose", "At lære af hinanden"}});
    EXPECT_EQ(res.status, 303) << res.body;
    return id_from(res);
  }
  // The open invitation of Anden Kommune to `network_id` (0: none).
  static std::int64_t open_invitation(std::int64_t network_id) {
    return fact("SELECT COALESCE(MAX(id), 0) FROM network_invitations WHERE network_id = " +
                std::to_string(network_id) + " AND org_id = " + std::to_string(world->other_org) +
                " AND answer IS NULL");
  }
  // Entries of `action` in the organisation's log whose detail starts with `detail` (a network's name).
  static std::int64_t audit_count(std::int64_t org_id, const std::string& action, const std::string& detail) {
    return fact("SELECT COUNT(*) FROM audit_log WHERE org_id = " + std::to_string(org_id) +
                " AND action = " + q(action) + " AND detail LIKE " + q(detail + "%"));
  }

  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(Networks, CreateInviteAcceptLeaveAndJoinAgainWithTheHistoryKept) {
  auto owner = world->browser(world->owner);
  auto outsider = world->browser(world->outsider);
  const auto id = create(owner, "Netværk for genbrug af løsninger");
  ASSERT_GT(id, 0);
  EXPECT_EQ(audit_count(world->demo_org, "network.created", "Netværk for genbrug af løsninger"), 1);
  const auto page = owner.get(demo(net(id)));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Netværk for genbrug af løsninger"), std::string::npos);
  EXPECT_NE(page.body.find("Karen Kommunaldirektør"), std::string::npos);  // the first coordinator

  // Before it is a member, Anden Kommune sees nothing of the network, but its owner sees the invitation.
  EXPECT_EQ(owner.submit(demo(net(id, "/invitations")), {{"org_name", "Anden Kommune"}}).status, 303);
  EXPECT_EQ(outsider.get(other(net(id))).status, 404);
  const auto list = outsider.get(other("/networks"));
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("Netværk for genbrug af løsninger"), std::string::npos);
  const auto invitation = open_invitation(id);
  ASSERT_GT(invitation, 0);
  const auto accepted =
      outsider.submit(other("/network-invitations/" + std::to_string(invitation)), {{"answer", "accept"}});
  EXPECT_EQ(accepted.status, 303);
  EXPECT_EQ(accepted.header("Location"), other(net(id)));
  const auto as_member = outsider.get(other(net(id)));
  ASSERT_EQ(as_member.status, 200);
  EXPECT_NE(as_member.body.find("Demo Kommune"), std::string::npos);
  EXPECT_EQ(audit_count(world->other_org, "network.joined", "Netværk for genbrug af løsninger"), 1);

  // Leaving: a confirmation step, then out; the network is 404 for Anden Kommune again.
  const auto confirm = outsider.get(other(net(id, "/leave")));
  ASSERT_EQ(confirm.status, 200);
  EXPECT_NE(confirm.body.find("Ja, forlad netværket"), std::string::npos);
  EXPECT_EQ(outsider.submit(other(net(id, "/leave")), {}).status, 303);
  EXPECT_EQ(outsider.get(other(net(id))).status, 404);
  EXPECT_EQ(audit_count(world->other_org, "network.left", "Netværk for genbrug af løsninger"), 1);
  const auto history = owner.get(demo(net(id)));
  EXPECT_NE(history.body.find("Anden Kommune"), std::string::npos);  // in the history, with its dates

  // Invited again, it joins again: a new period, the old one kept.
  EXPECT_EQ(owner.submit(demo(net(id, "/invitations")), {{"org_name", "Anden Kommune"}}).status, 303);
  const auto again = open_invitation(id);
  ASSERT_GT(again, 0);
  EXPECT_EQ(
      outsider.submit(other("/network-invitations/" + std::to_string(again)), {{"answer", "accept"}}).status,
      303);
  const std::string periods =
      "SELECT COUNT(*) FROM network_memberships WHERE network_id = " + std::to_string(id) +
      " AND org_id = " + std::to_string(world->other_org);
  EXPECT_EQ(fact(periods), 2);
  EXPECT_EQ(fact(periods + " AND left_at IS NOT NULL"), 1);
  EXPECT_EQ(outsider.get(other(net(id))).status, 200);
}

TEST_F(Networks, DeclineLeavesTheOrganisationOutside) {
  auto owner = world->browser(world->owner);
  auto outsider = world->browser(world->outsider);
  const auto id = create(owner, "Netværk der siges nej til");
  EXPECT_EQ(owner.submit(demo(net(id, "/invitations")), {{"org_name", "Anden Kommune"}}).status, 303);
  const auto invitation = open_invitation(id);
  ASSERT_GT(invitation, 0);
  EXPECT_EQ(
      outsider.submit(other("/network-invitations/" + std::to_string(invitation)), {{"answer", "decline"}})
          .status,
      303);
  EXPECT_EQ(fact("SELECT COUNT(*) FROM network_invitations WHERE id = " + std::to_string(invitation) +
                 " AND answer = 'declined'"),
            1);
  EXPECT_EQ(outsider.get(other(net(id))).status, 404);
  EXPECT_EQ(audit_count(world->other_org, "network.declined", "Netværk der siges nej til"), 1);
  // Answered once: a second answer is refused with a message.
  const auto twice =
      outsider.submit(other("/network-invitations/" + std::to_string(invitation)), {{"answer", "accept"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_NE(twice.body.find("allerede besvaret"), std::string::npos);
}

TEST_F(Networks, LeavingEndsCoordinatorTermsAndWithdrawsContributionsAndShares) {
  auto owner = world->browser(world->owner);
  const auto id = create(owner, "Netværk med bidrag");
  const auto round = fact("SELECT MIN(id) FROM rounds WHERE org_id = " + std::to_string(world->demo_org));
  ASSERT_GT(round, 0);
  const auto framework = fact("SELECT framework_id FROM rounds WHERE id = " + std::to_string(round));
  const std::string n = std::to_string(id);
  const std::string org = std::to_string(world->demo_org);
  database_change(
      world->server,
      "INSERT INTO network_contributions(network_id, org_id, round_id, framework_id, respondents, "
      "contributed_at) VALUES(" +
          n + ", " + org + ", " + std::to_string(round) + ", " + std::to_string(framework) + ", 6, 1)");
  database_change(
      world->server,
      "INSERT INTO network_shares(public_id, network_id, org_id, source_kind, source_id, title, body, "
      "shown_as, org_kind, shared_at) VALUES('share-" +
          n + "', " + n + ", " + org + ", 'decision', 1, 'Titel', 'Tekst', 'anonymous', 'municipality', 1)");

  EXPECT_EQ(owner.submit(demo(net(id, "/leave")), {}).status, 303);
  EXPECT_EQ(fact("SELECT COUNT(*) FROM network_contributions WHERE network_id = " + n +
                 " AND withdrawn_at IS NULL"),
            0);
  EXPECT_EQ(
      fact("SELECT COUNT(*) FROM network_shares WHERE network_id = " + n + " AND withdrawn_at IS NOT NULL"),
      1);
  EXPECT_EQ(
      fact("SELECT COUNT(*) FROM network_coordinators WHERE network_id = " + n + " AND ended_at IS NULL"), 0);
  EXPECT_EQ(fact("SELECT COUNT(*) FROM audit_log WHERE org_id = " + org +
                 " AND action IN ('network.contribution_withdrawn_on_leaving', "
                 "'network.share_withdrawn_on_leaving') AND detail = 'Netværk med bidrag'"),
            2);
  // The organisation's log says it in a sentence.
  const auto log = owner.get(demo("/audit"));
  EXPECT_NE(log.body.find("meldte organisationen ud af netværket"), std::string::npos);
}

TEST_F(Networks, CoordinatorsAreAppointedAndEndedAndTheLastOnesOwnersMayAppoint) {
  auto owner = world->browser(world->owner);
  auto outsider = world->browser(world->outsider);
  const auto id = create(owner, "Netværk med skiftende koordinatorer");
  const std::string n = std::to_string(id);
  EXPECT_EQ(owner.submit(demo(net(id, "/invitations")), {{"org_name", "Anden Kommune"}}).status, 303);
  EXPECT_EQ(outsider
                .submit(other("/network-invitations/" + std::to_string(open_invitation(id))),
                        {{"answer", "accept"}})
                .status,
            303);
  const std::string choice = std::to_string(world->outsider.user_id) + "-" + std::to_string(world->other_org);
  // Anden Kommune's owner is no coordinator while one remains: may not appoint, nor invite.
  EXPECT_EQ(outsider.submit(other(net(id, "/coordinators")), {{"person", choice}}).status, 403);
  EXPECT_EQ(outsider.submit(other(net(id, "/invitations")), {{"org_name", "Demo Kommune"}}).status, 403);
  // The coordinator appoints them.
  const auto page = owner.get(demo(net(id)));
  EXPECT_NE(page.body.find("Anne Anden (Anden Kommune)"), std::string::npos);  // a candidate
  EXPECT_EQ(owner.submit(demo(net(id, "/coordinators")), {{"person", choice}}).status, 303);
  const std::string current =
      "SELECT COUNT(*) FROM network_coordinators WHERE network_id = " + n + " AND ended_at IS NULL";
  EXPECT_EQ(fact(current), 2);
  EXPECT_EQ(audit_count(world->demo_org, "network.coordinator_appointed",
                        "Netværk med skiftende koordinatorer: Anne Anden"),
            1);
  // Demo Kommune leaves: its coordinator's term ends; Anden Kommune's remains.
  EXPECT_EQ(owner.submit(demo(net(id, "/leave")), {}).status, 303);
  EXPECT_EQ(fact(current), 1);
  // The remaining coordinator ends their own term: no coordinator left, and the owner may appoint.
  const auto term =
      fact("SELECT id FROM network_coordinators WHERE network_id = " + n + " AND ended_at IS NULL");
  EXPECT_EQ(outsider.submit(other(net(id, "/coordinators/" + std::to_string(term) + "/end")), {}).status,
            303);
  EXPECT_EQ(fact(current), 0);
  const auto empty = outsider.get(other(net(id)));
  EXPECT_NE(empty.body.find("ingen koordinator"), std::string::npos);
  EXPECT_EQ(outsider.submit(other(net(id, "/coordinators")), {{"person", choice}}).status, 303);
  EXPECT_EQ(fact(current), 1);
}

TEST_F(Networks, OnlyTheOwnerCreatesAndLeavesAndOnlyCoordinatorsInvite) {
  auto owner = world->browser(world->owner);
  const auto id = create(owner, "Netværk med roller");
  for (const Person* p : {&world->viewer, &world->leader, &world->coordinator}) {
    auto b = world->browser(*p);
    EXPECT_EQ(b.get(demo(net(id))).status, 200) << p->email;  // every role reads
    EXPECT_EQ(b.submit(demo("/networks"), {{"name", "Ikke tilladt " + p->email}}).status, 403) << p->email;
    EXPECT_EQ(networks_named("Ikke tilladt " + p->email), 0);
    EXPECT_EQ(b.submit(demo(net(id, "/invitations")), {{"org_name", "Anden Kommune"}}).status, 403)
        << p->email;
    EXPECT_EQ(b.get(demo(net(id, "/leave"))).status, 403) << p->email;
    EXPECT_EQ(b.submit(demo(net(id, "/leave")), {}).status, 403) << p->email;
  }
  EXPECT_EQ(open_invitation(id), 0);
  EXPECT_EQ(fact("SELECT COUNT(*) FROM network_memberships WHERE network_id = " + std::to_string(id) +
                 " AND left_at IS NULL"),
            1);
  // The create form is the owner's only.
  auto viewer = world->browser(world->viewer);
  EXPECT_EQ(viewer.get(demo("/networks")).body.find("name=\"purpose\""), std::string::npos);
  EXPECT_NE(owner.get(demo("/networks")).body.find("name=\"purpose\""), std::string::npos);
}

TEST_F(Networks, ANonMemberSeesNothingOfANetwork) {
  auto owner = world->browser(world->owner);
  auto outsider = world->browser(world->outsider);
  const auto demo_network = fact("SELECT id FROM networks WHERE name = 'Digitaliseringsnetværk Midtjylland'");
  ASSERT_GT(demo_network, 0);
  EXPECT_EQ(owner.get(demo(net(demo_network))).status, 200);
  const auto list = outsider.get(other("/networks"));
  EXPECT_EQ(list.body.find("Digitaliseringsnetværk Midtjylland"), std::string::npos);
  for (const std::string rest : {"", "/leave", "/benchmark", "/library"}) {
    const auto res = outsider.get(other(net(demo_network, rest)));
    EXPECT_EQ(res.status, 404) << rest;
    EXPECT_EQ(res.body.find("Nørreå Kommune"), std::string::npos) << rest;
  }
  EXPECT_EQ(outsider.get(other(net(999999))).status, 404);  // unknown: the same answer
  EXPECT_EQ(outsider.submit(other(net(demo_network, "/leave")), {}).status, 404);
  EXPECT_EQ(outsider.submit(other(net(demo_network, "/invitations")), {{"org_name", "Anden Kommune"}}).status,
            404);
  // Demo Kommune's network under another organisation's path, and the other way round: 404.
  EXPECT_EQ(outsider.get(demo(net(demo_network))).status, 404);
  EXPECT_EQ(owner.get(other(net(demo_network))).status, 404);
}

TEST_F(Networks, AnsweringAnotherOrganisationsInvitationIsNotFound) {
  auto owner = world->browser(world->owner);
  const auto id = create(owner, "Netværk med en fremmed invitation");
  EXPECT_EQ(owner.submit(demo(net(id, "/invitations")), {{"org_name", "Anden Kommune"}}).status, 303);
  const auto invitation = open_invitation(id);
  // Demo Kommune's owner tries to answer Anden Kommune's invitation through its own path.
  EXPECT_EQ(
      owner.submit(demo("/network-invitations/" + std::to_string(invitation)), {{"answer", "accept"}}).status,
      404);
  EXPECT_EQ(open_invitation(id), invitation);  // still open
}

TEST_F(Networks, AFormWithoutItsCsrfTokenIsRefused) {
  auto owner = world->browser(world->owner);
  const auto res = owner.post_form(demo("/networks"), {{"name", "Netværk uden token"}});
  EXPECT_EQ(res.status, 403);
  EXPECT_EQ(networks_named("Netværk uden token"), 0);
  const auto id = create(owner, "Netværk med token");
  EXPECT_EQ(owner.post_form(demo(net(id, "/invitations")), {{"org_name", "Anden Kommune"}}).status, 403);
  EXPECT_EQ(owner.post_form(demo(net(id, "/leave")), {}).status, 403);
  EXPECT_EQ(open_invitation(id), 0);
  EXPECT_EQ(fact("SELECT COUNT(*) FROM network_memberships WHERE network_id = " + std::to_string(id) +
                 " AND left_at IS NULL"),
            1);
}

TEST_F(Networks, BadInputIsRefusedWithAMessageAndChangesNothing) {
  auto owner = world->browser(world->owner);
  const auto before = fact("SELECT COUNT(*) FROM networks");
  const auto blank = owner.submit(demo("/networks"), {{"name", "   "}, {"purpose", "Formål"}});
  EXPECT_EQ(blank.status, 422);
  EXPECT_NE(blank.body.find("Skriv netværkets navn"), std::string::npos);
  EXPECT_NE(blank.body.find("Formål"), std::string::npos);  // the input kept
  const auto long_name = owner.submit(demo("/networks"), {{"name", std::string(121, 'x')}});
  EXPECT_EQ(long_name.status, 422);
  EXPECT_NE(long_name.body.find("højst være 120 tegn"), std::string::npos);
  const auto bad_utf8 = owner.submit(demo("/networks"), {{"name", "Netv\xe6rk"}});
  EXPECT_EQ(bad_utf8.status, 400);  // refused before any page sees it (web/forms.cpp)
  EXPECT_EQ(fact("SELECT COUNT(*) FROM networks"), before);

  const auto id = create(owner, "Netværk med forkerte navne");
  const auto invitations =
      "SELECT COUNT(*) FROM network_invitations WHERE network_id = " + std::to_string(id);
  const auto unknown = owner.submit(demo(net(id, "/invitations")), {{"org_name", "Anden kommune"}});  // case
  EXPECT_EQ(unknown.status, 422);
  EXPECT_NE(unknown.body.find("Der er ingen organisation med præcis det navn"), std::string::npos);
  EXPECT_NE(unknown.body.find("value=\"Anden kommune\""), std::string::npos);
  const auto member = owner.submit(demo(net(id, "/invitations")), {{"org_name", "Demo Kommune"}});
  EXPECT_EQ(member.status, 422);
  EXPECT_NE(member.body.find("Demo Kommune er allerede medlem"), std::string::npos);
  EXPECT_EQ(owner.submit(demo(net(id, "/invitations")), {{"org_name", "Anden Kommune"}}).status, 303);
  const auto twice = owner.submit(demo(net(id, "/invitations")), {{"org_name", "Anden Kommune"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_NE(twice.body.find("allerede inviteret"), std::string::npos);
  EXPECT_EQ(fact(invitations), 1);

  auto outsider = world->browser(world->outsider);
  const auto odd = outsider.submit(other("/network-invitations/" + std::to_string(open_invitation(id))),
                                   {{"answer", "maybe"}});
  EXPECT_EQ(odd.status, 422);
  EXPECT_GT(open_invitation(id), 0);
}

TEST_F(Networks, TheOwnerKeepsTheProfileThatSizeBandsAreComputedFrom) {
  auto owner = world->browser(world->owner);
  EXPECT_EQ(owner.submit(demo("/profile"), {{"kind", "municipality"}, {"inhabitants", "43.000"}}).status,
            303);
  const std::string inhabitants =
      "SELECT inhabitants FROM organisations WHERE id = " + std::to_string(world->demo_org);
  EXPECT_EQ(fact(inhabitants), 43000);
  const auto page = owner.get(demo("/profile?saved=1"));
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("value=\"43000\""), std::string::npos);
  const auto bad = owner.submit(demo("/profile"), {{"kind", "municipality"}, {"inhabitants", "mange"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("value=\"mange\""), std::string::npos);
  EXPECT_EQ(owner.submit(demo("/profile"), {{"kind", "planet"}, {"inhabitants", "1"}}).status, 422);
  auto viewer = world->browser(world->viewer);
  EXPECT_EQ(viewer.get(demo("/profile")).status, 200);
  EXPECT_EQ(viewer.submit(demo("/profile"), {{"kind", "region"}, {"inhabitants", "1"}}).status, 403);
  EXPECT_EQ(fact(inhabitants), 43000);
  EXPECT_EQ(owner.submit(demo("/profile"), {{"kind", "municipality"}, {"inhabitants", "52000"}}).status, 303);
}

TEST_F(Networks, TheNavigationLinksToTheNetworks) {
  auto viewer = world->browser(world->viewer);
  const auto overview = viewer.get(demo(""));
  EXPECT_NE(overview.body.find("href=\"" + demo("/networks") + "\""), std::string::npos);
  const auto list = viewer.get(demo("/networks"));
  EXPECT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("Digitaliseringsnetværk Midtjylland"), std::string::npos);
}

}  // namespace
}  // namespace forkant::test
