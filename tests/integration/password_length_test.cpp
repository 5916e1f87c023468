// Password length through the real doors (OWASP ASVS 2.1.1–2.1.3): at least 12 characters, long passphrases
// accepted and checked whole — a password that differs only in its last character is another password, at
// 70 characters and at 128 (256 bytes of Danish letters), so nothing between the form and the hash cuts it
// short — and 129 characters refused. The rule itself is unit-tested (credentials_test.cpp).
#include <gtest/gtest.h>

#include "support/server_process.hpp"

namespace forkant::test {
namespace {

std::string repeat(const std::string& unit, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += unit;
  return s;
}

TEST(PasswordLength, LongPasswordsAreCheckedWholeAndTheBoundsHoldOnThePasswordPage) {
  const std::string seventy = repeat("lang sætning ", 5) + "slut1";  // 65 + 5 characters
  ASSERT_EQ(seventy.size(), 75u);                                    // 70 characters, 5 of them æ (2 bytes)
  std::string seventy_other = seventy;
  seventy_other.back() = '2';

  TestServer server;
  server.add_user("lang@test.dk", "Lang Kodeord", seventy, "Længdekommune", "leader");
  server.start();

  EXPECT_EQ(server.browser().sign_in("lang@test.dk", seventy_other).status, 401)
      << "only the last of 70 characters differs";
  auto b = server.browser();
  ASSERT_EQ(b.sign_in("lang@test.dk", seventy).status, 303);

  const auto change = [&](const std::string& current, const std::string& next) {
    b.get("/password");
    return b.submit("/password",
                    {{"current_password", current}, {"new_password", next}, {"repeat_password", next}});
  };
  const auto too_short = change(seventy, repeat("k", 11));
  EXPECT_EQ(too_short.status, 422);
  EXPECT_NE(too_short.body.find("Adgangskoden skal være på mindst 12 tegn."), std::string::npos);
  const auto too_long = change(seventy, repeat("å", 129));
  EXPECT_EQ(too_long.status, 422);
  EXPECT_NE(too_long.body.find("Adgangskoden må højst være på 128 tegn."), std::string::npos);

  // 128 characters in 256 bytes are accepted, and kept whole.
  const std::string longest = repeat("å", 127) + "x";
  ASSERT_EQ(change(seventy, longest).status, 303);
  EXPECT_EQ(server.browser().sign_in("lang@test.dk", repeat("å", 127) + "y").status, 401)
      << "only the last of 128 characters differs";
  EXPECT_EQ(server.browser().sign_in("lang@test.dk", longest).status, 303);
}

}  // namespace
}  // namespace forkant::test
