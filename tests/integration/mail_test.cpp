// E-mail through the outbox, against a real SMTP server started here (tests/support/smtp_capture.py,
// aiosmtpd): a password reset by e-mail works once and ends every session, and asking gives the same
// answer for an unknown address; a round's private links go one per address and reminders only to the
// addresses whose link has not been submitted, and the addresses are gone when the round closes; a mail
// server that is down is retried with backoff; without a mail server the features say so.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "support/database_facts.hpp"
#include "support/server_process.hpp"
#include "support/smtp_capture.hpp"

namespace forkant::test {
namespace {

constexpr const char* kCoordinator = "koordinator@mail.test";
constexpr const char* kForgetful = "glemsom@mail.test";
constexpr const char* kPassword = "correct horse battery";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// The path of an absolute link ("http://127.0.0.1:1234/r/abc" -> "/r/abc").
std::string path_of(const std::string& link) {
  const auto scheme = link.find("://");
  return link.substr(link.find('/', scheme == std::string::npos ? 0 : scheme + 3));
}

std::vector<std::string> mail_args(const SmtpCapture& smtp) {
  return {"--smtp-url", smtp.url(), "--mail-from", "forkant@kommune.test", "--mail-retry-seconds", "1"};
}

class Mail : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    smtp = std::make_unique<SmtpCapture>();
    server = std::make_unique<TestServer>();
    server->demo();
    org = server->add_user(kCoordinator, "Koordinator", kPassword, "Demo Kommune", "coordinator").org_id;
    token = server->create_token(kCoordinator);
    server->add_user(kForgetful, "Glemsom", kPassword);
    server->add_user("skifter@mail.test", "Skifter", kPassword);
    server->add_user("ejer@mail.test", "Ejer Mailsen", kPassword, "Demo Kommune", "owner");
    server->add_user("fremmed@anden.test", "Fremmed", kPassword, "Anden Mailkommune", "owner");
    server->start(mail_args(*smtp));
  }
  static void TearDownTestSuite() {
    server.reset();
    smtp.reset();
  }

  static inline std::unique_ptr<SmtpCapture> smtp;
  static inline std::unique_ptr<TestServer> server;
  static inline std::int64_t org = 0;
  static inline std::string token;
};

TEST_F(Mail, PasswordResetByMailWorksOnceForThirtyMinutesAndEndsEverySession) {
  auto before = server->signed_in(kForgetful, kPassword);
  ASSERT_EQ(before.get("/password").status, 200);

  auto anonymous = server->browser();
  const auto form = anonymous.get("/password/forgot");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form.body, "action=\"/password/forgot\""));
  // The same answer whether the address has an account or not.
  const auto unknown = anonymous.submit("/password/forgot", {{"email", "ingen@mail.test"}});
  const auto known = anonymous.submit("/password/forgot", {{"email", "GLEMSOM@mail.test"}});
  EXPECT_EQ(unknown.status, 200);
  EXPECT_EQ(known.status, 200);
  EXPECT_EQ(unknown.body, known.body);
  EXPECT_TRUE(contains(known.body, "Hvis adressen har en konto, er et link på vej"));

  // The first message is the known account's: the unknown address got none.
  const auto mail = smtp->next_message();
  ASSERT_TRUE(mail.is_object());
  EXPECT_EQ(mail["rcpt_tos"], nlohmann::json::array({kForgetful}));
  EXPECT_EQ(mail["mail_from"], "forkant@kommune.test");
  EXPECT_EQ(mail["subject"], "Nulstil din adgangskode til forkant");
  const std::string body = mail["body"];
  EXPECT_TRUE(contains(body, "én gang og i 30 minutter")) << body;
  const std::string link = path_of(first_link(body));
  ASSERT_TRUE(link.starts_with("/password/reset/")) << body;
  // Neither the link's token nor the address is written to the log.
  const std::string secret = link.substr(std::string("/password/reset/").size());
  EXPECT_FALSE(contains(server->log(), secret));
  EXPECT_FALSE(contains(server->log(), kForgetful));

  EXPECT_EQ(anonymous.get(link).status, 200);
  const auto differ =
      anonymous.submit(link, {{"new_password", "a brand new secret"}, {"repeat_password", "another one"}});
  EXPECT_EQ(differ.status, 422);
  // ASVS 2.1.7 at reset: a dictionary word with digits stuck on is refused, and the link stays usable.
  const auto common =
      anonymous.submit(link, {{"new_password", "sunshine2024!"}, {"repeat_password", "sunshine2024!"}});
  EXPECT_EQ(common.status, 422);
  EXPECT_TRUE(contains(common.body, "Adgangskoden er for almindelig")) << common.body.substr(0, 3000);
  const auto reset = anonymous.submit(
      link, {{"new_password", "a brand new secret"}, {"repeat_password", "a brand new secret"}});
  ASSERT_EQ(reset.status, 303) << reset.body.substr(0, 2000);
  EXPECT_EQ(reset.header("Location"), "/login?reset=1");

  EXPECT_NE(before.get("/password").status, 200) << "the session from before the reset still works";
  EXPECT_EQ(
      anonymous
          .submit(link, {{"new_password", "yet another secret"}, {"repeat_password", "yet another secret"}})
          .status,
      410)
      << "the link worked twice";
  EXPECT_EQ(anonymous.get(link).status, 410);
  EXPECT_EQ(server->browser().sign_in(kForgetful, kPassword).status, 401);
  EXPECT_EQ(server->browser().sign_in(kForgetful, "a brand new secret").status, 303);
  // The change is recorded for the account (ASVS 2.5.5), once: the link's second use changed nothing.
  EXPECT_EQ(database_fact(*server, "SELECT COUNT(*) FROM audit_log WHERE action = 'user.password_reset'"), 1);
  // ... and the person is told by mail, in case it was not them (ASVS 2.5.5), once.
  const auto notice = smtp->next_message();
  ASSERT_TRUE(notice.is_object());
  EXPECT_EQ(notice["rcpt_tos"], nlohmann::json::array({kForgetful}));
  EXPECT_EQ(notice["subject"], "Din adgangskode til forkant er ændret");
  EXPECT_FALSE(contains(notice["body"], "a brand new secret")) << "the notice holds the password";
  EXPECT_TRUE(contains(notice["body"], "/password/forgot")) << notice["body"];

  // A link older than 30 minutes opens nothing.
  anonymous.submit("/password/forgot", {{"email", kForgetful}});
  const auto second = smtp->next_message();
  ASSERT_TRUE(second.is_object());
  const std::string late = path_of(first_link(second["body"]));
  database_change(*server, "UPDATE password_resets SET expires_at = expires_at - 1801 WHERE used_at IS NULL");
  EXPECT_EQ(anonymous.get(late).status, 410);
}

// A change on /password is mailed to the account's address too (ASVS 2.5.5): a stolen session cannot
// change the password unnoticed.
TEST_F(Mail, APasswordChangeIsMailedToTheAccount) {
  auto browser = server->signed_in("skifter@mail.test", kPassword);
  const auto form = browser.get("/password");
  ASSERT_EQ(form.status, 200);
  const auto changed = browser.submit("/password", {{"current_password", kPassword},
                                                    {"new_password", "et helt nyt kodeord"},
                                                    {"repeat_password", "et helt nyt kodeord"}});
  ASSERT_EQ(changed.status, 303) << changed.body.substr(0, 2000);
  const auto notice = smtp->next_message();
  ASSERT_TRUE(notice.is_object());
  EXPECT_EQ(notice["rcpt_tos"], nlohmann::json::array({"skifter@mail.test"}));
  EXPECT_EQ(notice["subject"], "Din adgangskode til forkant er ændret");
  EXPECT_FALSE(contains(notice["body"], "et helt nyt kodeord")) << "the notice holds the password";
}

TEST_F(Mail, RoundLinksGoOnePerAddressAndRemindersOnlyWhereTheLinkIsNotSubmitted) {
  auto coordinator = server->signed_in(kCoordinator, kPassword);
  const auto created = coordinator.submit(
      "/orgs/" + std::to_string(org) + "/rounds",
      {{"title", "Trivsel og digitalisering"}, {"groups", "direktion"}, {"groups", "chefer"}, {"k", "3"}});
  ASSERT_EQ(created.status, 303);
  const std::string round = created.header("Location");
  const std::string round_id = round.substr(std::string("/rounds/").size());
  ASSERT_EQ(coordinator.submit(round + "/open", {}).status, 303);

  const auto sent = coordinator.submit(
      round + "/mail",
      {{"group", "direktion"}, {"addresses", "anna@mail.test\r\nBO@mail.test\r\nanna@mail.test\r\n"}});
  ASSERT_EQ(sent.status, 303) << sent.body.substr(0, 3000);
  EXPECT_TRUE(contains(sent.header("Location"), "mailed=2&skipped=0"));
  std::map<std::string, std::string> links;  // address -> /r/TOKEN
  for (int i = 0; i < 2; ++i) {
    const auto mail = smtp->next_message();
    ASSERT_TRUE(mail.is_object());
    ASSERT_EQ(mail["rcpt_tos"].size(), 1u);
    const std::string body = mail["body"];
    EXPECT_EQ(mail["subject"], "Spørgeskema: Trivsel og digitalisering");
    EXPECT_TRUE(contains(body, "slettes, når målingen lukkes")) << body;
    links[mail["rcpt_tos"][0]] = path_of(first_link(body));
  }
  ASSERT_EQ(links.size(), 2u);
  ASSERT_TRUE(links.count("anna@mail.test") && links.count("bo@mail.test"));
  EXPECT_NE(links["anna@mail.test"], links["bo@mail.test"]);
  EXPECT_EQ(server->browser().get(links["bo@mail.test"]).status, 200);

  // An address the round has mailed gets no second link.
  const auto again =
      coordinator.submit(round + "/mail", {{"group", "direktion"}, {"addresses", "anna@mail.test"}});
  ASSERT_EQ(again.status, 303);
  EXPECT_TRUE(contains(again.header("Location"), "mailed=0&skipped=1"));
  const auto invalid =
      coordinator.submit(round + "/mail", {{"group", "direktion"}, {"addresses", "ikke en adresse"}});
  EXPECT_EQ(invalid.status, 422);

  // Anna submits; the reminder goes to Bo alone, with his own link.
  const std::string anna = links["anna@mail.test"].substr(3);
  const auto submitted = server->browser().request(
      "PUT", "/api/v1/responses/" + anna, R"({"answers":{"q1.s1":4},"submit":true})", "application/json");
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  const auto reminded = coordinator.submit(round + "/remind", {});
  ASSERT_EQ(reminded.status, 303);
  EXPECT_TRUE(contains(reminded.header("Location"), "reminded=1"));
  const auto reminder = smtp->next_message();
  ASSERT_TRUE(reminder.is_object());
  EXPECT_EQ(reminder["rcpt_tos"], nlohmann::json::array({"bo@mail.test"}));
  EXPECT_EQ(reminder["subject"], "Påmindelse: Trivsel og digitalisering");
  EXPECT_EQ(path_of(first_link(reminder["body"])), links["bo@mail.test"]);

  // The page counts, never names.
  const auto page = coordinator.get(round);
  EXPECT_TRUE(contains(page.body, "2 adresser har fået et link med e-mail"));
  EXPECT_FALSE(contains(page.body, "anna@mail.test"));
  EXPECT_FALSE(contains(page.body, "bo@mail.test"));

  EXPECT_EQ(database_fact(*server, "SELECT COUNT(*) FROM round_recipients WHERE round_id = " + round_id), 2);
  ASSERT_EQ(coordinator.submit(round + "/close", {}).status, 303);
  EXPECT_EQ(database_fact(*server, "SELECT COUNT(*) FROM round_recipients WHERE round_id = " + round_id), 0)
      << "the addresses outlived the round";
  EXPECT_EQ(database_fact(*server, "SELECT COUNT(*) FROM outbox WHERE round_id = " + round_id), 0);
  EXPECT_EQ(coordinator.submit(round + "/remind", {}).status, 409);
}

TEST_F(Mail, AMemberInvitationIsMailedWithTheLinkTheOwnerSees) {
  auto owner = server->signed_in("ejer@mail.test", kPassword);
  const std::string members = "/orgs/" + std::to_string(org) + "/members";
  EXPECT_TRUE(contains(owner.get(members).body, "name=\"send_mail\""));
  const auto invited =
      owner.submit(members, {{"email", "ny@mail.test"}, {"role", "leader"}, {"send_mail", "1"}});
  ASSERT_EQ(invited.status, 201) << invited.body.substr(0, 2000);
  EXPECT_TRUE(contains(invited.body, "Invitationen sendes også med e-mail"));
  const auto mail = smtp->next_message();
  ASSERT_TRUE(mail.is_object());
  EXPECT_EQ(mail["rcpt_tos"], nlohmann::json::array({"ny@mail.test"}));
  EXPECT_EQ(mail["subject"], "Invitation til Demo Kommune i forkant");
  const std::string link = first_link(mail["body"]);
  ASSERT_TRUE(contains(link, "/join/")) << mail.dump();
  EXPECT_TRUE(contains(invited.body, link)) << "the mailed link is not the one shown";
  EXPECT_TRUE(contains(mail["body"].get<std::string>(), "Ejer Mailsen har inviteret dig"));
  // Unticked: no mail (the next message a later step sends is not this one).
  const auto unticked = owner.submit(members, {{"email", "stille@mail.test"}, {"role", "viewer"}});
  ASSERT_EQ(unticked.status, 201);
  EXPECT_FALSE(contains(unticked.body, "Invitationen sendes også med e-mail"));
  owner.submit("/password/forgot", {{"email", "ejer@mail.test"}});
  const auto next = smtp->next_message();
  ASSERT_TRUE(next.is_object());
  EXPECT_EQ(next["rcpt_tos"], nlohmann::json::array({"ejer@mail.test"}))
      << "the unticked invitation was mailed";
}

TEST_F(Mail, AnotherOrganisationsRoundAnswers404) {
  auto coordinator = server->signed_in(kCoordinator, kPassword);
  const auto created = coordinator.submit("/orgs/" + std::to_string(org) + "/rounds",
                                          {{"title", "Fremmed"}, {"groups", "direktion"}, {"k", "3"}});
  ASSERT_EQ(created.status, 303);
  const std::string round = created.header("Location");
  ASSERT_EQ(coordinator.submit(round + "/open", {}).status, 303);
  auto outsider = server->signed_in("fremmed@anden.test", kPassword);
  EXPECT_EQ(outsider.submit(round + "/mail", {{"group", "direktion"}, {"addresses", "x@mail.test"}}).status,
            404);
  EXPECT_EQ(outsider.submit(round + "/remind", {}).status, 404);
  EXPECT_EQ(outsider.submit("/rounds/99999999/remind", {}).status, 404);
}

// A mail server that is down at first: the message waits in the outbox and is sent on a later attempt.
TEST(MailRetry, AServerThatIsDownIsTriedAgainAfterABackoff) {
  SmtpCapture smtp(/*refuse_first=*/1);
  TestServer server;
  server.add_user(kForgetful, "Glemsom", kPassword);
  server.start(mail_args(smtp));
  auto browser = server.browser();
  ASSERT_EQ(browser.submit("/password/forgot", {{"email", kForgetful}}).status, 200);

  const auto refused = smtp.next_event();
  EXPECT_EQ(refused.value("event", ""), "refused") << refused.dump();
  const auto mail = smtp.next_message();
  ASSERT_TRUE(mail.is_object());
  EXPECT_EQ(mail["rcpt_tos"], nlohmann::json::array({kForgetful}));
  EXPECT_EQ(server.stop(), 0);  // the sender finishes the message in hand first
  EXPECT_TRUE(contains(server.log(), R"("outcome":"retry")")) << server.log();
  EXPECT_TRUE(contains(server.log(), "SMTP 421")) << server.log();
  EXPECT_EQ(database_fact(server, "SELECT attempts FROM outbox WHERE kind = 'password_reset'"), 2);
  EXPECT_EQ(database_fact(server,
                          "SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL AND recipient = '' "
                          "AND body = ''"),
            1)
      << "a sent message keeps its address and body";
}

TEST(MailNotConfigured, TheFeaturesSaySoAndWriteNothing) {
  TestServer server;
  server.start();
  auto browser = server.browser();
  const auto form = browser.get("/password/forgot");
  EXPECT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form.body, "E-mail er ikke sat op")) << form.body.substr(0, 3000);
  EXPECT_EQ(browser.submit("/password/forgot", {{"email", kForgetful}}).status, 409);
  EXPECT_EQ(database_fact(server, "SELECT COUNT(*) FROM outbox"), 0);
  const auto refused = server.run_cli({"serve", "--db", server.db(), "--smtp-url", "http://example.test"});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_TRUE(contains(refused.err, "--smtp-url")) << refused.err;
}

}  // namespace
}  // namespace forkant::test
