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

// The first `n` characters of a long Danish sentence, æ, ø and å (two bytes each) among them: a password
// the common-password check lets through (one letter 127 times, or only non-ASCII letters, it refuses).
std::string danish_sentence(int n) {
  std::string text;
  while (true) {
    text += "Blåbærgrød på en søndag i Ærøskøbing, skrevet af en kommunaldirektør med ålegræs i støvlerne. ";
    // Count characters, not bytes: every byte that does not continue a UTF-8 sequence starts one.
    int chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
      if (chars == n) return text.substr(0, i);
      ++chars;
    }
  }
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

  // 128 characters in more than 128 bytes are accepted, and kept whole.
  const std::string longest = danish_sentence(127) + "x";
  ASSERT_EQ(change(seventy, longest).status, 303);
  EXPECT_EQ(server.browser().sign_in("lang@test.dk", danish_sentence(127) + "y").status, 401)
      << "only the last of 128 characters differs";
  EXPECT_EQ(server.browser().sign_in("lang@test.dk", longest).status, 303);
}

}  // namespace
}  // namespace forkant::test
