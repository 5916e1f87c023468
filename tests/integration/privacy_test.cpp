// A person's data (ASVS 8.3, docs/privacy.md), through the real binary: the account's own export holds
// what forkant keeps about it and no secret; an owner deletes a member's personal data and the member's
// records stay under the neutral label "Tidligere medlem" while the member can no longer sign in; the
// erasure needs an owner, a confirmation, and a member of this organisation only; the audit log's
// personal fields are emptied past the retention the operator gives, and nothing else of the log can
// change. (A round's respondent addresses going at close: mail_test.cpp. Common passwords at reset:
// mail_test.cpp; at the other entry points: tests/services/password_quality_test.cpp.)
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "support/database_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

constexpr const char* kOrg = "Privatliv Kommune";
constexpr const char* kOther = "Naboby Kommune";
constexpr const char* kPassword = "et langt kodeord til privatliv";
constexpr const char* kOwner = "ejer@privatliv.test";
constexpr const char* kMember = "mette.medlem@privatliv.test";
constexpr const char* kMemberName = "Mette Medlemsen";
constexpr const char* kTwoOrgs = "tove.to@privatliv.test";
constexpr const char* kNeighbour = "nabo@naboby.test";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string iso_day(std::int64_t seconds) {
  const std::chrono::year_month_day d{
      std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{seconds}})};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return text;
}

class Privacy : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server = std::make_unique<TestServer>();
    const auto owner = server->add_user(kOwner, "Ejer Privatsen", kPassword, kOrg, "owner");
    org = owner.org_id;
    owner_id = owner.user_id;
    member_id = server->add_user(kMember, kMemberName, kPassword, kOrg, "leader").user_id;
    two_orgs_id = server->add_user(kTwoOrgs, "Tove Todelt", kPassword, kOrg, "viewer").user_id;
    const auto other = server->add_user(kNeighbour, "Nabo Naboesen", kPassword, kOther, "owner").org_id;
    // Tove is a member of both (the CLI adds a new account only; joining by invitation is its own test).
    database_change(*server, "INSERT INTO memberships(org_id, user_id, role, created_at) VALUES(" +
                                 std::to_string(other) + ", " + std::to_string(two_orgs_id) +
                                 ", 'viewer', 0)");
    member_token = server->create_token(kMember);
    server->start();
    // The member decides something and owns it: a record of theirs that must outlive their name.
    const auto created = server->api(member_token)
                             .post_json("/api/v1/orgs/" + std::to_string(org) + "/decisions",
                                        {{"kind", "deselected"},
                                         {"title", "Ingen egen borger-app"},
                                         {"rationale", "Borgerne bruger de fælles løsninger."},
                                         {"questions", {4}},
                                         {"owner_id", member_id},
                                         {"body", "Direktionen"},
                                         {"decided_on", "2026-03-03"}});
    ASSERT_EQ(created.status, 201) << created.body;
    decision_id = created.json().value("id", std::int64_t{0});
  }
  static void TearDownTestSuite() { server.reset(); }

  static std::string members_path() { return "/orgs/" + std::to_string(org) + "/members"; }
  static std::string erase_path(std::int64_t user_id) {
    return members_path() + "/" + std::to_string(user_id) + "/erase";
  }

  static inline std::unique_ptr<TestServer> server;
  static inline std::int64_t org = 0, owner_id = 0, member_id = 0, two_orgs_id = 0, decision_id = 0;
  static inline std::string member_token;
};

// Runs first (gtest keeps the order in a file): the member still exists.
TEST_F(Privacy, TheExportHoldsTheAccountItsMembershipsSessionsTokensAuditAndRecordsButNoSecret) {
  auto browser = server->signed_in(kMember, kPassword);
  const auto page = browser.get("/me/data");
  ASSERT_EQ(page.status, 200) << page.body.substr(0, 2000);
  EXPECT_TRUE(contains(page.header("Content-Disposition"), "attachment")) << "a file to save";
  EXPECT_EQ(page.header("Cache-Control"), "no-store");
  const auto data = page.json();
  EXPECT_EQ(data["account"]["email"], kMember);
  EXPECT_EQ(data["account"]["name"], kMemberName);
  EXPECT_EQ(data["account"]["id"], member_id);
  EXPECT_EQ(data["account"]["two_factor_enrolled"], false);
  ASSERT_EQ(data["memberships"].size(), 1u);
  EXPECT_EQ(data["memberships"][0]["org_name"], kOrg);
  EXPECT_EQ(data["memberships"][0]["role"], "leader");
  EXPECT_GE(data["sessions"].size(), 1u) << "this very session";
  ASSERT_EQ(data["api_tokens"].size(), 1u);
  bool decided = false;
  for (const auto& a : data["audit_entries_by_you"]) decided |= a["action"] == "decision.created";
  EXPECT_TRUE(decided) << data["audit_entries_by_you"].dump();
  bool owns = false;
  for (const auto& r : data["records"]) {
    if (r["table"] == "decisions" && r["column"] == "owner_id")
      owns = r["ids"] == nlohmann::json::array({decision_id});
  }
  EXPECT_TRUE(owns) << data["records"].dump();
  // Metadata only: neither the session's nor the API token's secret, nor a password hash.
  EXPECT_FALSE(contains(page.body, browser.session_cookie()));
  EXPECT_FALSE(contains(page.body, member_token));
  EXPECT_FALSE(contains(page.body, "$argon2id$"));
  // The API gives the same document, and only the caller's own.
  const auto api = server->api(member_token).get("/api/v1/me/data");
  ASSERT_EQ(api.status, 200);
  EXPECT_EQ(api.json()["account"], data["account"]);
  EXPECT_EQ(server->browser().get("/api/v1/me/data").status, 401);
  // The page that links to it.
  EXPECT_TRUE(contains(browser.get("/password").body, "href=\"/me/data\""));
}

// The export lists references from a fixed list of columns (storage/sql/privacy_store.cpp), and erasure
// deletes from a fixed list of tables: a new column that points at an account must join one of them.
TEST_F(Privacy, EveryColumnThatNamesAnAccountIsKnownToTheExportAndTheErasure) {
  // 44 in the export's list of references + 9 read or deleted by name (memberships, sessions, api_tokens,
  // audit_log, external_identities, totp_secrets, totp_recovery_codes, second_factor_logins,
  // password_resets).
  constexpr std::int64_t kKnown = 44 + 9;
  const std::string sql =
      server->on_postgresql()
          ? "SELECT COUNT(*) FROM pg_constraint WHERE contype = 'f' AND confrelid = 'users'::regclass"
          : "SELECT COUNT(*) FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
            "WHERE m.type = 'table' AND f.\"table\" = 'users'";
  EXPECT_EQ(database_fact(*server, sql), kKnown)
      << "a column that names a person was added or removed: update storage/sql/privacy_store.cpp";
}

TEST_F(Privacy, ErasureNeedsAnOwnerOfThisOrganisationAConfirmationAndAMemberOfItAlone) {
  const auto before = database_fact(*server, "SELECT COUNT(*) FROM users WHERE erased_at IS NOT NULL");
  // A leader of the organisation: 403; another organisation's owner: 404, as for a missing organisation.
  auto member = server->signed_in(kMember, kPassword);
  EXPECT_EQ(member.submit(erase_path(two_orgs_id), {{"confirm", "1"}}).status, 403);
  auto neighbour = server->signed_in(kNeighbour, kPassword);
  EXPECT_EQ(neighbour.submit(erase_path(member_id), {{"confirm", "1"}}).status, 404);
  auto owner = server->signed_in(kOwner, kPassword);
  // Not confirmed, oneself, someone who is no member here, a member of two organisations: refused.
  const auto unconfirmed = owner.submit(erase_path(member_id), {});
  EXPECT_EQ(unconfirmed.status, 422);
  EXPECT_TRUE(contains(unconfirmed.body, "Sæt flueben")) << unconfirmed.body.substr(0, 2000);
  EXPECT_EQ(owner.submit(erase_path(owner_id), {{"confirm", "1"}}).status, 422);
  const std::int64_t neighbour_id =
      database_fact(*server, std::string("SELECT id FROM users WHERE email = '") + kNeighbour + "'");
  EXPECT_EQ(owner.submit(erase_path(neighbour_id), {{"confirm", "1"}}).status, 404);
  const auto elsewhere = owner.submit(erase_path(two_orgs_id), {{"confirm", "1"}});
  EXPECT_EQ(elsewhere.status, 409);
  EXPECT_TRUE(contains(elsewhere.body, "også medlem af en anden organisation"))
      << elsewhere.body.substr(0, 2000);
  EXPECT_EQ(database_fact(*server, "SELECT COUNT(*) FROM users WHERE erased_at IS NOT NULL"), before);
  EXPECT_EQ(
      database_fact(*server, "SELECT COUNT(*) FROM audit_log WHERE action = 'member.personal_data_deleted'"),
      0);
  EXPECT_EQ(member.get(members_path()).status, 200) << "the member is untouched";
}

TEST_F(Privacy, AnErasedMemberCannotSignInAndTheirRecordsShowANeutralLabel) {
  auto member = server->signed_in(kMember, kPassword);
  ASSERT_EQ(member.get(members_path()).status, 200);
  auto owner = server->signed_in(kOwner, kPassword);
  const auto form = owner.get(members_path());
  EXPECT_TRUE(contains(form.body, "action=\"" + erase_path(member_id) + "\""));
  const auto erased = owner.submit(erase_path(member_id), {{"confirm", "1"}});
  ASSERT_EQ(erased.status, 303) << erased.body.substr(0, 2000);

  // No way in: the open session, the API token and the password are all gone.
  EXPECT_NE(member.get(members_path()).status, 200);
  const auto own_page = member.get("/password");  // any signed-in person's page: the session itself is over
  EXPECT_EQ(own_page.status, 303) << "the erased member's open session still works";
  EXPECT_TRUE(own_page.header("Location").starts_with("/login")) << own_page.header("Location");
  EXPECT_EQ(server->api(member_token).get("/api/v1/me").status, 401);
  EXPECT_NE(server->browser().sign_in(kMember, kPassword).status, 303);
  // Nothing personal is left in the account's row or beside it.
  const std::string id = std::to_string(member_id);
  EXPECT_EQ(
      database_fact(*server, "SELECT COUNT(*) FROM users WHERE id = " + id + " AND name = '' AND email <> '" +
                                 kMember + "' AND erased_at IS NOT NULL"),
      1);
  for (const char* table : {"sessions", "api_tokens", "memberships"}) {
    EXPECT_EQ(database_fact(*server, std::string("SELECT COUNT(*) FROM ") + table + " WHERE user_id = " + id),
              0)
        << table;
  }
  EXPECT_EQ(database_fact(*server, std::string("SELECT COUNT(*) FROM member_invitations WHERE email = '") +
                                       kMember + "'"),
            0);
  // The record stays, under the neutral label; the name shows nowhere.
  EXPECT_EQ(
      database_fact(*server, "SELECT owner_id FROM decisions WHERE id = " + std::to_string(decision_id)),
      member_id);
  const auto decision =
      owner.get("/orgs/" + std::to_string(org) + "/decisions/" + std::to_string(decision_id));
  ASSERT_EQ(decision.status, 200);
  EXPECT_TRUE(contains(decision.body, "Tidligere medlem")) << decision.body.substr(0, 4000);
  EXPECT_FALSE(contains(decision.body, kMemberName));
  const auto audit = owner.get("/orgs/" + std::to_string(org) + "/audit");
  ASSERT_EQ(audit.status, 200);
  EXPECT_TRUE(contains(audit.body, "Tidligere medlem"));
  EXPECT_FALSE(contains(audit.body, kMemberName));
  const auto members = owner.get(members_path() + "?erased=1");
  EXPECT_FALSE(contains(members.body, kMemberName));
  EXPECT_FALSE(contains(members.body, kMember));
  // The log keeps the action and who did it.
  EXPECT_EQ(database_fact(*server,
                          "SELECT COUNT(*) FROM audit_log WHERE action = 'member.personal_data_deleted' "
                          "AND object = 'user:" +
                              id + "' AND actor_id = " + std::to_string(owner_id)),
            1);
}

TEST_F(Privacy, TheRetentionJobEmptiesOnlyOldEntriesPersonalFieldsAndTheLogStaysAppendOnly) {
  const std::int64_t old_at = now_seconds() - 40 * 86400;
  const std::string org_id = std::to_string(org);
  database_change(*server, "INSERT INTO audit_log(org_id, actor_id, action, object, detail, at) VALUES(" +
                               org_id + ", " + std::to_string(owner_id) +
                               ", 'member.invited', 'invitation:999', " +
                               "'gammel@privatliv.test (viewer)', " + std::to_string(old_at) + ")");
  const auto recent =
      database_fact(*server, "SELECT COUNT(*) FROM audit_log WHERE personal_cleared_at IS NULL AND at > " +
                                 std::to_string(old_at));
  ASSERT_GT(recent, 0);

  const auto ran = server->run_cli({"audit", "retention", "--db", server->db(), "--days", "30"});
  ASSERT_EQ(ran.exit_code, 0) << ran.err;
  EXPECT_TRUE(contains(ran.out, "cleared the personal fields of 1 audit entries")) << ran.out;
  EXPECT_EQ(
      database_fact(*server, "SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%gammel@privatliv.test%'"),
      0);
  EXPECT_EQ(database_fact(*server,
                          "SELECT COUNT(*) FROM audit_log WHERE object = 'invitation:999' AND "
                          "action = 'member.invited' AND actor_id IS NULL AND detail = '' AND "
                          "personal_cleared_at IS NOT NULL"),
            1)
      << "the action, object and time stay";
  EXPECT_EQ(
      database_fact(*server, "SELECT COUNT(*) FROM audit_log WHERE personal_cleared_at IS NULL AND at > " +
                                 std::to_string(old_at)),
      recent + 1)
      << "newer entries keep their fields (and the job's own entry is one more)";
  // The page says the entry's author is gone after the retention period.
  auto owner = server->signed_in(kOwner, kPassword);
  const auto page = owner.get("/orgs/" + org_id + "/audit?from=" + iso_day(old_at - 2 * 86400) +
                              "&to=" + iso_day(old_at + 2 * 86400));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "slettet efter opbevaringsperioden")) << page.body.substr(0, 4000);

  // Any other change to the log is still refused by the database itself.
  const auto refused = server->run_cli({"audit", "retention", "--db", server->db(), "--days", "0"});
  EXPECT_NE(refused.exit_code, 0) << "--days below 1 is refused";
  const auto before = database_fact(*server, "SELECT COUNT(*) FROM audit_log WHERE action = 'rewritten'");
  ::testing::TestPartResultArray failures;
  {
    ::testing::ScopedFakeTestPartResultReporter reporter(
        ::testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &failures);
    database_change(*server, "UPDATE audit_log SET action = 'rewritten' WHERE object = 'invitation:999'");
    database_change(*server, "UPDATE audit_log SET detail = 'x' WHERE object = 'invitation:999'");
  }
  EXPECT_EQ(failures.size(), 2) << "both updates refused";
  EXPECT_EQ(database_fact(*server, "SELECT COUNT(*) FROM audit_log WHERE action = 'rewritten'"), before);
  EXPECT_EQ(database_fact(*server,
                          "SELECT COUNT(*) FROM audit_log WHERE object = 'invitation:999' AND detail = ''"),
            1);
}

}  // namespace
}  // namespace forkant::test
