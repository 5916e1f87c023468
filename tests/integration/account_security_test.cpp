// The holes around accounts and signing in, each as a person or an attacker would meet it over HTTP:
// guessing a password through the join page, the join page telling whether an address has an account,
// a replaced session that stayed valid, and a single-use invitation that two concurrent requests could
// both accept.
#include <gtest/gtest.h>

#include <latch>
#include <thread>

#include "support/api_facts.hpp"
#include "support/database_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

constexpr const char* kOwnerEmail = "ejer@sikker.example.dk";
constexpr const char* kOwnerPassword = "ejerens-lange-kodeord";
constexpr const char* kMemberEmail = "medlem@andet.example.dk";  // has an account, elsewhere
constexpr const char* kMemberPassword = "medlemmets-kodeord-1";

// A form POST as raw bytes from `from`, with a self-made double-submit token (cookie = field).
RawResponse post_from(const TestServer& server, const std::string& from, const std::string& path,
                      Fields fields) {
  const std::string token(43, 'T');
  fields.emplace_back("csrf", token);
  RawConnection c(server.port(), from);
  c.send(raw_request("POST", path, server.port(),
                     {{"Content-Type", "application/x-www-form-urlencoded"},
                      {"Cookie", "forkant_csrf=" + token},
                      {"Connection", "close"}},
                     form_encode(fields)));
  auto res = c.read_response();
  EXPECT_TRUE(res.has_value()) << "no response from the server";
  return res.value_or(RawResponse{});
}

std::string alert_text(const std::string& body) {
  const auto at = body.find(R"(role="alert")");
  if (at == std::string::npos) return "";
  return body.substr(at, body.find("</div>", at) - at);
}

class AccountSecurity : public ::testing::Test {
 protected:
  void SetUp() override {
    org = server.add_user(kOwnerEmail, "Ejer", kOwnerPassword, "Sikker Kommune").org_id;
    server.add_user(kMemberEmail, "Medlem", kMemberPassword, "Andet Sted", "viewer");
    owner_token = server.create_token(kOwnerEmail);
    server.start({"--workers", "4"});
  }

  // A fresh invitation link's token for `email`.
  std::string invite(const std::string& email) {
    auto api = server.api(owner_token);
    const auto res = api.post_json("/api/v1/orgs/" + std::to_string(org) + "/invitations",
                                   {{"email", email}, {"role", "leader"}});
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().value("token", "");
  }

  Browser owner_api() const { return server.api(owner_token); }

  TestServer server;
  std::int64_t org = 0;
  std::string owner_token;
};

// Item 4: the join page checked an existing account's password without the sign-in throttle.
TEST_F(AccountSecurity, GuessingAPasswordThroughTheJoinPageIsThrottledLikeSignIn) {
  const std::string link = "/join/" + invite(kMemberEmail);
  int status = 0, attempts = 0;
  RawResponse last;
  while (attempts < 15 && status != 429) {
    last = post_from(server, "127.0.0.7", link,
                     {{"name", "Gætter"}, {"password", "gæt-nummer-" + std::to_string(attempts)}});
    status = last.status;
    ++attempts;
  }
  ASSERT_EQ(status, 429) << "15 wrong guesses through /join never hit the throttle";
  EXPECT_EQ(attempts, 6) << "the same slowing as sign-in: five failures, then wait";
  EXPECT_GT(std::atoi(last.header("retry-after").c_str()), 0);
  // One throttle for every password check: sign-in for that account waits too, from anywhere.
  EXPECT_EQ(post_from(server, "127.0.0.9", "/login", {{"email", kMemberEmail}, {"password", kMemberPassword}})
                .status,
            429);
  EXPECT_EQ(member_count(owner_api(), org), 1) << "nobody joined";
}

TEST_F(AccountSecurity, SignInFailuresCountWhenTheSamePasswordIsTriedThroughTheJoinPage) {
  const std::string link = "/join/" + invite(kMemberEmail);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(post_from(server, "127.0.0.10", "/login",
                        {{"email", kMemberEmail}, {"password", "forkert-" + std::to_string(i)}})
                  .status,
              401);
  }
  const auto join =
      post_from(server, "127.0.0.10", link, {{"name", "Medlem"}, {"password", kMemberPassword}});
  EXPECT_EQ(join.status, 429) << "even the right password waits: the check comes first";
  EXPECT_GT(std::atoi(join.header("retry-after").c_str()), 0);
  EXPECT_EQ(member_count(owner_api(), org), 1);
}

// Item 4: the join page must not tell whoever holds the link whether the address has an account.
TEST_F(AccountSecurity, TheJoinPageLooksTheSameWhetherOrNotTheAddressHasAnAccount) {
  const std::string existing = invite(kMemberEmail);
  const std::string fresh = invite("ny@sikker.example.dk");
  auto browser = server.browser();
  auto page_of = [&](const std::string& token, const std::string& email) {
    std::string body = browser.get("/join/" + token).body;
    for (const std::string& s : {token, email}) {
      for (auto at = body.find(s); at != std::string::npos; at = body.find(s))
        body.replace(at, s.size(), "X");
    }
    return body;
  };
  EXPECT_EQ(page_of(existing, kMemberEmail), page_of(fresh, "ny@sikker.example.dk"));

  // A refused password has the same status and the same words either way.
  const auto wrong = post_from(server, "127.0.0.11", "/join/" + existing,
                               {{"name", "A"}, {"password", "forkert-men-langt-nok"}});
  const auto weak = post_from(server, "127.0.0.12", "/join/" + fresh, {{"name", "A"}, {"password", "kort"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(weak.status, 422);
  EXPECT_FALSE(alert_text(wrong.body).empty());
  EXPECT_EQ(alert_text(wrong.body), alert_text(weak.body));
  const auto no_name =
      post_from(server, "127.0.0.11", "/join/" + existing, {{"name", ""}, {"password", kMemberPassword}});
  const auto no_name_fresh =
      post_from(server, "127.0.0.12", "/join/" + fresh, {{"name", ""}, {"password", "et-godt-nyt-kodeord"}});
  EXPECT_EQ(no_name.status, no_name_fresh.status);
  EXPECT_EQ(alert_text(no_name.body), alert_text(no_name_fresh.body));

  // And both still work: the existing account with its password, the new one with a new password.
  EXPECT_EQ(post_from(server, "127.0.0.13", "/join/" + existing,
                      {{"name", "Medlem"}, {"password", kMemberPassword}})
                .status,
            303);
  EXPECT_EQ(post_from(server, "127.0.0.13", "/join/" + fresh,
                      {{"name", "Ny Person"}, {"password", "et-godt-nyt-kodeord"}})
                .status,
            303);
  EXPECT_EQ(member_count(owner_api(), org), 3);
  const auto existing_member = find_member(owner_api(), org, kMemberEmail);
  ASSERT_TRUE(existing_member);
  EXPECT_EQ(existing_member->name, "Medlem") << "the existing account keeps its name";
}

// Item 8: a second sign-in in the same browser left the first session valid.
TEST_F(AccountSecurity, SigningInAgainEndsTheSessionItReplaces) {
  auto browser = server.browser();
  ASSERT_EQ(browser.sign_in(kOwnerEmail, kOwnerPassword).status, 303);
  const std::string first = browser.session_cookie();
  ASSERT_EQ(browser.get("/api/v1/me").status, 200);
  ASSERT_EQ(browser.sign_in(kMemberEmail, kMemberPassword).status, 303) << "even as someone else";
  EXPECT_NE(browser.session_cookie(), first);
  EXPECT_EQ(browser.get("/api/v1/me").json()["email"], kMemberEmail);

  auto replay = server.browser();
  replay.set_cookie("forkant_session", first);
  EXPECT_EQ(replay.get("/api/v1/me").status, 401) << "the replaced session is over";
  EXPECT_EQ(database_fact(server, "SELECT count(*) FROM sessions"), 1) << "no API lists sessions";
}

// Item 9: checking "not accepted yet" and marking it accepted were two statements.
TEST_F(AccountSecurity, TwoConcurrentAcceptancesOfOneInvitationMakeOneMember) {
  struct Case {
    std::string email, password, name;
  };
  for (const Case& c : {Case{kMemberEmail, kMemberPassword, "Medlem"},  // an existing account confirms
                        Case{"samtidig@sikker.example.dk", "et-nyt-og-langt-kodeord", "Samtidig"}}) {
    SCOPED_TRACE(c.email);
    const std::string link = "/join/" + invite(c.email);
    constexpr int kRequests = 3;
    std::vector<Browser> browsers;
    browsers.reserve(kRequests);
    for (int i = 0; i < kRequests; ++i) {
      browsers.push_back(server.browser());
      ASSERT_FALSE(browsers.back().csrf().empty());  // the pre-session token, fetched before the start
    }
    std::vector<HttpResponse> results(kRequests);
    std::latch start(kRequests);
    std::vector<std::thread> threads;
    for (int i = 0; i < kRequests; ++i) {
      threads.emplace_back([&, i] {
        const std::string csrf = browsers[i].csrf();
        start.arrive_and_wait();  // all at once
        results[i] =
            browsers[i].post_form(link, {{"csrf", csrf}, {"name", c.name}, {"password", c.password}});
      });
    }
    for (auto& t : threads) t.join();
    int joined = 0, refused = 0;
    for (const auto& r : results) {
      if (r.status == 303) ++joined;
      if (r.status == 410) {
        ++refused;
        EXPECT_NE(r.body.find("Invitationen er allerede brugt"), std::string::npos) << r.body;
      }
    }
    EXPECT_EQ(joined, 1);
    EXPECT_EQ(refused, kRequests - 1) << "the others are refused with a clear message, not a 500";
    const auto late = server.browser().get(link);
    EXPECT_EQ(late.status, 410);
    EXPECT_NE(late.body.find("Invitationen er allerede brugt"), std::string::npos) << "later, the same words";
    const auto member = find_member(owner_api(), org, c.email);
    ASSERT_TRUE(member) << "one of them joined";
    EXPECT_EQ(audit_count(owner_api(), org, "member.joined", "user:" + std::to_string(member->user_id)), 1);
  }
}

}  // namespace
}  // namespace forkant::test
