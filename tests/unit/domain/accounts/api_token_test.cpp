// Personal API tokens: a name, a lifetime of 1..365 days (90 by default), usable until expiry or
// revocation.
#include "domain/accounts/api_token.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

TEST(ApiToken, TheLifetimeIsNinetyDaysByDefaultAndBoundedToAYear) {
  EXPECT_EQ(*parse_token_days(""), 90);
  EXPECT_EQ(*parse_token_days("1"), 1);
  EXPECT_EQ(*parse_token_days("365"), 365);
  for (const char* bad : {"0", "366", "-1", "abc", "1e3", "30 ", "99999999999999999999"}) {
    const auto d = parse_token_days(bad);
    ASSERT_FALSE(d) << bad;
    EXPECT_EQ(d.error().code, "token_days_invalid") << bad;
  }
}

TEST(ApiToken, ANameIsRequiredShortAndOnOneLine) {
  EXPECT_TRUE(validate_token_name("Rapport-script"));
  EXPECT_TRUE(validate_token_name(std::string(80, 'a')));
  EXPECT_EQ(validate_token_name("").error().code, "token_name_required");
  EXPECT_EQ(validate_token_name("   ").error().code, "token_name_required");
  EXPECT_EQ(validate_token_name(std::string(81, 'a')).error().code, "token_name_too_long");
  EXPECT_EQ(validate_token_name("a\nb").error().code, "token_name_invalid");
  EXPECT_EQ(validate_token_name("\xff").error().code, "invalid_utf8");
}

TEST(ApiToken, UsableUntilItExpiresOrIsRevoked) {
  constexpr std::int64_t t0 = 1'800'000'000;
  const auto expires = token_expiry(t0, 90);
  EXPECT_EQ(expires, t0 + 90 * 86400);
  EXPECT_TRUE(token_usable(expires, std::nullopt, t0));
  EXPECT_TRUE(token_usable(expires, std::nullopt, expires - 1));
  EXPECT_FALSE(token_usable(expires, std::nullopt, expires)) << "expired at the second it expires";
  EXPECT_FALSE(token_usable(expires, t0 + 5, t0 + 6)) << "revoked";
}

}  // namespace
}  // namespace forkant
