// Login throttling (OWASP ASVS 2.2.1): after 10 failed attempts for one account or from one address
// within 15 minutes, the next attempt is answered 429 with Retry-After, before any password is checked.
// Requests come from distinct loopback addresses (127.0.0.x) so the account and address limits can be
// told apart. Each wrong attempt costs one argon2id verification (~0.2 s): the counts are the minimum.
#include <gtest/gtest.h>

#include "support/server_process.hpp"

namespace forkant::test {
namespace {

// A sign-in POST as raw bytes from `from`, with a self-made double-submit token (cookie = field).
RawResponse sign_in_from(const TestServer& server, const std::string& from, const std::string& email,
                         const std::string& password) {
  const std::string token(43, 'T');
  RawConnection c(server.port(), from);
  c.send(raw_request("POST", "/login", server.port(),
                     {{"Content-Type", "application/x-www-form-urlencoded"},
                      {"Cookie", "forkant_csrf=" + token},
                      {"Connection", "close"}},
                     form_encode({{"csrf", token}, {"email", email}, {"password", password}})));
  auto res = c.read_response();
  EXPECT_TRUE(res.has_value()) << "no response from the server";
  return res.value_or(RawResponse{});
}

TEST(LoginThrottle, TheEleventhAttemptWithinFifteenMinutesIsRefusedWith429AndARetryTime) {
  TestServer server;
  server.add_user("target@example.dk", "Target", "the-target-password", "Throttle Kommune");
  server.add_user("bystander@example.dk", "Bystander", "the-bystander-password", "Throttle Kommune",
                  "viewer");
  server.start();

  for (int i = 1; i <= 10; ++i) {
    EXPECT_EQ(
        sign_in_from(server, "127.0.0.2", "target@example.dk", "wrong-password-" + std::to_string(i)).status,
        401)
        << "attempt " << i;
  }
  const auto blocked = sign_in_from(server, "127.0.0.2", "target@example.dk", "the-target-password");
  EXPECT_EQ(blocked.status, 429) << "even the right password waits: the limit is checked first";
  const int retry = std::atoi(blocked.header("retry-after").c_str());
  EXPECT_GT(retry, 0);
  EXPECT_LE(retry, 15 * 60);
  EXPECT_NE(blocked.body.find(std::to_string(retry)), std::string::npos) << "the page says how long to wait";

  // The account is blocked from any address; the address is blocked for any account.
  EXPECT_EQ(sign_in_from(server, "127.0.0.3", "TARGET@example.dk", "the-target-password").status, 429)
      << "the account key ignores case";
  EXPECT_EQ(sign_in_from(server, "127.0.0.2", "bystander@example.dk", "the-bystander-password").status, 429);

  // Another account from another address is not affected.
  const auto other = sign_in_from(server, "127.0.0.4", "bystander@example.dk", "the-bystander-password");
  EXPECT_EQ(other.status, 303);
  EXPECT_NE(other.header("set-cookie").find("forkant_session="), std::string::npos);
}

}  // namespace
}  // namespace forkant::test
