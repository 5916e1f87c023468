// Owners invite members; the invited person joins through the link, signs in and sees the organisation.
// Every change leaves an entry in the append-only audit log that owners can read.
#include <gtest/gtest.h>

#include <memory>

#include "support/database_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

class Invitations : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }

  // The audit entries (newest first) with this action.
  static std::vector<nlohmann::json> audit_entries(const std::string& action) {
    auto api = world->api(world->owner);
    const auto res = api.get(world->api_org_path("/audit"));
    EXPECT_EQ(res.status, 200);
    std::vector<nlohmann::json> out;
    const auto body = res.json();
    for (const auto& e : body["entries"]) {
      if (e["action"] == action) out.push_back(e);
    }
    return out;
  }

  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(Invitations, AnInvitedPersonJoinsSignsInAndSeesTheOrganisation) {
  auto owner = world->api(world->owner);
  const auto invited = owner.post_json(world->api_org_path("/invitations"),
                                       {{"email", "ny.leder@demo.forkant.dk"}, {"role", "leader"}});
  ASSERT_EQ(invited.status, 201) << invited.body;
  const std::string token = invited.json()["token"];
  EXPECT_EQ(invited.json()["path"], "/join/" + token);

  auto newcomer = world->server.browser();
  const auto form = newcomer.get("/join/" + token);
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find(kDemoOrgName), std::string::npos);
  EXPECT_NE(form.body.find("ny.leder@demo.forkant.dk"), std::string::npos);

  const auto short_password =
      newcomer.submit("/join/" + token, {{"name", "Nina Ny"}, {"password", "too-short"}});
  EXPECT_EQ(short_password.status, 422);
  const auto joined =
      newcomer.submit("/join/" + token, {{"name", "Nina Ny"}, {"password", "ninas-eget-kodeord"}});
  ASSERT_EQ(joined.status, 303) << joined.body;
  EXPECT_EQ(joined.header("Location"), "/login");

  ASSERT_EQ(newcomer.sign_in("ny.leder@demo.forkant.dk", "ninas-eget-kodeord").status, 303);
  const auto home = newcomer.get("/");
  EXPECT_EQ(home.header("Location"), world->org_path());
  const auto overview = newcomer.get(world->org_path());
  EXPECT_EQ(overview.status, 200);
  EXPECT_NE(overview.body.find(kDemoOrgName), std::string::npos);
  const auto me = newcomer.get("/api/v1/me").json();
  ASSERT_EQ(me["memberships"].size(), 1u);
  EXPECT_EQ(me["memberships"][0]["role"], "leader");

  // The link works once.
  EXPECT_EQ(world->server.browser().get("/join/" + token).status, 410);
  EXPECT_EQ(world->server.browser()
                .submit("/join/" + token, {{"name", "X"}, {"password", "another-password-1"}})
                .status,
            410);
}

TEST_F(Invitations, TheAuditLogRecordsTheInvitationAndTheJoinWithWhoAndWhen) {
  auto owner = world->api(world->owner);
  const auto invited = owner.post_json(world->api_org_path("/invitations"),
                                       {{"email", "revisor@demo.forkant.dk"}, {"role", "viewer"}});
  ASSERT_EQ(invited.status, 201);
  const std::string token = invited.json()["token"];
  auto invitation = audit_entries("member.invited");
  ASSERT_FALSE(invitation.empty());
  EXPECT_EQ(invitation.front()["actor"], world->owner.name);
  EXPECT_NE(invitation.front()["detail"].get<std::string>().find("revisor@demo.forkant.dk"),
            std::string::npos);
  EXPECT_EQ(invitation.front()["object"],
            "invitation:" + std::to_string(invited.json()["id"].get<std::int64_t>()));
  EXPECT_TRUE(invitation.front()["at"].get<std::string>().ends_with(" UTC"));

  auto newcomer = world->server.browser();
  ASSERT_EQ(
      newcomer.submit("/join/" + token, {{"name", "Rie Revisor"}, {"password", "ries-eget-kodeord"}}).status,
      303);
  const auto joined = audit_entries("member.joined");
  ASSERT_FALSE(joined.empty());
  EXPECT_EQ(joined.front()["actor"], "Rie Revisor");
  EXPECT_EQ(joined.front()["detail"], "viewer");
  EXPECT_FALSE(audit_entries("user.created").empty());

  // The owner's audit page shows the same, to people.
  auto page = world->browser(world->owner).get(world->org_path("/audit"));
  EXPECT_EQ(page.status, 200);
  // In plain language (audit_log_test.cpp), not as the code member.joined.
  EXPECT_NE(page.body.find("Rie Revisor blev medlem med rollen Læseadgang."), std::string::npos);
}

TEST_F(Invitations, AnOwnerInvitesThroughTheMembersPageAndSeesTheLinkOnlyOnce) {
  auto owner = world->browser(world->owner);
  const auto res =
      owner.submit(world->org_path("/members"), {{"email", "side@demo.forkant.dk"}, {"role", "viewer"}});
  ASSERT_EQ(res.status, 201) << res.body;
  const auto at = res.body.find("/join/");
  ASSERT_NE(at, std::string::npos) << "the page shows the link to pass on";
  const std::string link = res.body.substr(at, res.body.find('<', at) - at);
  EXPECT_EQ(world->server.browser().get(link).status, 200) << link;

  const auto later = owner.get(world->org_path("/members"));
  EXPECT_NE(later.body.find("side@demo.forkant.dk"), std::string::npos) << "listed as pending";
  EXPECT_EQ(later.body.find(link), std::string::npos) << "the secret link is shown only once";
}

TEST_F(Invitations, InvalidInvitationsAreRefusedWithReasonsAndStoreNothing) {
  auto owner = world->api(world->owner);
  const auto before = database_fact(world->server, "SELECT count(*) FROM member_invitations");
  const auto bad_email =
      owner.post_json(world->api_org_path("/invitations"), {{"email", "not-an-address"}, {"role", "viewer"}});
  EXPECT_EQ(bad_email.status, 422);
  EXPECT_EQ(bad_email.json()["error"]["code"], "invalid_email");
  const auto bad_role =
      owner.post_json(world->api_org_path("/invitations"), {{"email", "x@example.dk"}, {"role", "king"}});
  EXPECT_EQ(bad_role.status, 422);
  EXPECT_EQ(bad_role.json()["error"]["code"], "unknown_role");
  const auto member = owner.post_json(world->api_org_path("/invitations"),
                                      {{"email", world->leader.email}, {"role", "viewer"}});
  EXPECT_EQ(member.status, 409);
  EXPECT_EQ(member.json()["error"]["code"], "already_member");
  EXPECT_EQ(database_fact(world->server, "SELECT count(*) FROM member_invitations"), before);
  EXPECT_EQ(world->server.browser().get("/join/not-a-real-invitation-token").status, 410);
}

}  // namespace
}  // namespace forkant::test
