// Tenant isolation and roles (OWASP ASVS 4.1, 4.2.1): a member of another organisation gets exactly the
// answer for an organisation that does not exist (404), through every page and API path, and never a
// byte of its data; within an organisation, each role reaches only what it may.
#include <gtest/gtest.h>

#include <memory>

#include "support/database_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

class TenantIsolation : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    outsider = std::make_unique<Browser>(world->browser(world->outsider));
  }
  static void TearDownTestSuite() {
    outsider.reset();
    world.reset();
  }

  // Nothing of Demo Kommune may appear in an answer to the outsider.
  static void expect_no_demo_data(const HttpResponse& res, const std::string& what) {
    EXPECT_EQ(res.body.find(kDemoOrgName), std::string::npos) << what << " leaks the organisation's name";
    EXPECT_EQ(res.body.find("demo.forkant.dk"), std::string::npos) << what << " leaks members' addresses";
    EXPECT_EQ(res.body.find("Kommunaldirektør"), std::string::npos) << what << " leaks members' names";
  }
  static std::string missing_org() { return "999999"; }
  static std::int64_t invitations() {
    return database_fact(world->server, "SELECT count(*) FROM member_invitations");
  }

  static inline std::unique_ptr<TwoOrganisations> world;
  static inline std::unique_ptr<Browser> outsider;  // signed in as the owner of Anden Kommune
};

TEST_F(TenantIsolation, EveryPageOfAnotherOrganisationAnswersLikeAMissingOne) {
  const std::string demo = std::to_string(world->demo_org);
  for (const std::string& rest : std::vector<std::string>{"", "/members", "/audit"}) {
    const auto theirs = outsider->get("/orgs/" + demo + rest);
    const auto missing = outsider->get("/orgs/" + missing_org() + rest);
    EXPECT_EQ(theirs.status, 404) << "/orgs/{demo}" << rest;
    EXPECT_EQ(missing.status, 404) << "/orgs/{missing}" << rest;
    expect_no_demo_data(theirs, "/orgs/{demo}" + rest);
  }
}

// The hostile variant: one's own organisation in the path, another's object id after it. Each page that
// names both must check that the object belongs to the organisation in the path (web/access.hpp of_org).
TEST_F(TenantIsolation, AnotherOrganisationsObjectUnderOnesOwnOrganisationAnswersLikeAMissingOne) {
  const std::string own = "/orgs/" + std::to_string(world->other_org);
  auto first = [](const std::string& table) {
    return std::to_string(database_fact(world->server, "SELECT min(id) FROM " + table + " WHERE org_id = " +
                                                           std::to_string(world->demo_org)));
  };
  const std::string decision = first("decisions"), goal = first("goals"), step = first("steps"),
                    series = first("meeting_series");
  ASSERT_NE(decision, "0");
  ASSERT_NE(goal, "0");
  ASSERT_NE(step, "0");
  ASSERT_NE(series, "0");
  for (const std::string& path :
       {own + "/decisions/" + decision, own + "/decisions/" + decision + "/edit",
        own + "/decisions/" + decision + "/supersede", own + "/goals/" + goal,
        own + "/steps/" + step + "/complete", own + "/meetings/" + series,
        own + "/meetings/" + series + "/print", own + "/meetings/" + series + "/agenda.txt"}) {
    const auto res = outsider->get(path);
    EXPECT_EQ(res.status, 404) << path;
    expect_no_demo_data(res, path);
  }
  for (const std::string& path :
       {own + "/decisions/" + decision + "/notes", own + "/decisions/" + decision + "/reviewed",
        own + "/goals/" + goal + "/steps", own + "/steps/" + step + "/start",
        own + "/steps/" + step + "/drop", own + "/meetings/" + series + "/agenda"}) {
    EXPECT_EQ(outsider->submit(path, {{"text", "x"}, {"reason", "x"}}).status, 404) << "POST " << path;
  }
}

TEST_F(TenantIsolation, EveryApiPathOfAnotherOrganisationAnswersExactlyLikeAMissingOne) {
  auto api = world->api(world->outsider);
  const std::string demo = std::to_string(world->demo_org);
  for (const std::string& rest : std::vector<std::string>{"", "/members", "/audit"}) {
    const auto theirs = api.get("/api/v1/orgs/" + demo + rest);
    const auto missing = api.get("/api/v1/orgs/" + missing_org() + rest);
    EXPECT_EQ(theirs.status, 404) << rest;
    EXPECT_EQ(theirs.body, missing.body)
        << "the body must not tell 'exists, not yours' from 'missing': " << rest;
    expect_no_demo_data(theirs, "/api/v1/orgs/{demo}" + rest);
  }
  // The same through a session cookie instead of a token.
  const auto by_session = outsider->get("/api/v1/orgs/" + demo + "/members");
  EXPECT_EQ(by_session.status, 404);
  expect_no_demo_data(by_session, "session GET members");
}

TEST_F(TenantIsolation, AnOutsiderCannotInviteIntoAnotherOrganisationByPageOrApi) {
  const auto before = invitations();
  const auto page =
      outsider->submit(world->org_path("/members"), {{"email", "mole@example.dk"}, {"role", "owner"}});
  EXPECT_EQ(page.status, 404);
  expect_no_demo_data(page, "POST /orgs/{demo}/members");
  auto api = world->api(world->outsider);
  const auto theirs =
      api.post_json(world->api_org_path("/invitations"), {{"email", "mole@example.dk"}, {"role", "owner"}});
  const auto missing = api.post_json("/api/v1/orgs/" + missing_org() + "/invitations",
                                     {{"email", "mole@example.dk"}, {"role", "owner"}});
  EXPECT_EQ(theirs.status, 404);
  EXPECT_EQ(theirs.body, missing.body);
  EXPECT_EQ(invitations(), before);
}

TEST_F(TenantIsolation, AnOutsidersOwnViewsListOnlyTheirOwnOrganisation) {
  auto api = world->api(world->outsider);
  const auto me = api.get("/api/v1/me").json();
  ASSERT_EQ(me["memberships"].size(), 1u);
  EXPECT_EQ(me["memberships"][0]["org_id"], world->other_org);
  const auto home = outsider->get("/");
  EXPECT_EQ(home.header("Location"), "/orgs/" + std::to_string(world->other_org));
  const auto own = outsider->get("/orgs/" + std::to_string(world->other_org));
  EXPECT_EQ(own.status, 200);
  expect_no_demo_data(own, "own overview");
  const auto own_members = api.get("/api/v1/orgs/" + std::to_string(world->other_org) + "/members").json();
  ASSERT_EQ(own_members["members"].size(), 1u);
  expect_no_demo_data(outsider->get("/orgs/" + std::to_string(world->other_org) + "/audit"), "own audit log");
}

TEST_F(TenantIsolation, MalformedOrganisationIdsAnswer404) {
  auto api = world->api(world->owner);
  for (const std::string& id :
       std::vector<std::string>{"0", "-1", "abc", "1e3", "01x", "99999999999999999999"}) {
    EXPECT_EQ(api.get("/api/v1/orgs/" + id).status, 404) << id;
  }
}

// ---- Roles within one organisation ------------------------------------------------------------------------

TEST_F(TenantIsolation, EveryRoleMayReadTheOverviewAndTheMembers) {
  for (const Person* p : {&world->viewer, &world->leader, &world->coordinator, &world->owner}) {
    auto api = world->api(*p);
    EXPECT_EQ(api.get(world->api_org_path()).status, 200) << p->email;
    const auto members = api.get(world->api_org_path("/members"));
    EXPECT_EQ(members.status, 200) << p->email;
    EXPECT_EQ(members.json()["members"].size(), 9u) << "six demo members and three added";
  }
}

TEST_F(TenantIsolation, OnlyOwnersMayInviteOrReadTheAuditLog) {
  const auto before = invitations();
  for (const Person* p : {&world->viewer, &world->leader, &world->coordinator}) {
    auto api = world->api(*p);
    const auto invite =
        api.post_json(world->api_org_path("/invitations"), {{"email", "by-" + p->email}, {"role", "viewer"}});
    EXPECT_EQ(invite.status, 403) << p->email;
    EXPECT_EQ(invite.json()["error"]["code"], "forbidden") << p->email;
    EXPECT_EQ(api.get(world->api_org_path("/audit")).status, 403) << p->email;
  }
  EXPECT_EQ(invitations(), before);
  auto owner = world->api(world->owner);
  EXPECT_EQ(owner.get(world->api_org_path("/audit")).status, 200);
}

TEST_F(TenantIsolation, AViewerSeesNoInviteFormAndIsRefusedWhenPostingOne) {
  auto viewer = world->browser(world->viewer);
  const auto members = viewer.get(world->org_path("/members"));
  EXPECT_EQ(members.status, 200);
  EXPECT_EQ(members.body.find("invite-email"), std::string::npos) << "the form is for owners";
  EXPECT_EQ(members.body.find(world->org_path("/audit")), std::string::npos) << "no audit link for viewers";
  const auto before = invitations();
  EXPECT_EQ(viewer.submit(world->org_path("/members"), {{"email", "v@example.dk"}, {"role", "owner"}}).status,
            403);
  EXPECT_EQ(viewer.get(world->org_path("/audit")).status, 403);
  EXPECT_EQ(invitations(), before);
}

TEST_F(TenantIsolation, ALeaderCannotInviteThroughThePageOrReadTheAuditPage) {
  auto leader = world->browser(world->leader);
  const auto before = invitations();
  EXPECT_EQ(leader.submit(world->org_path("/members"), {{"email", "l@example.dk"}, {"role", "owner"}}).status,
            403);
  EXPECT_EQ(leader.get(world->org_path("/audit")).status, 403);
  EXPECT_EQ(invitations(), before);
}

}  // namespace
}  // namespace forkant::test
