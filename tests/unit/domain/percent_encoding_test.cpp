// percent_encode: the one percent-encoder of URL components (query values, the authorization request,
// otpauth labels).
#include "domain/percent_encoding.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

TEST(PercentEncodingTest, KeepsOnlyTheUnreservedCharacters) {
  EXPECT_EQ(percent_encode("AZaz09-._~"), "AZaz09-._~");
  EXPECT_EQ(percent_encode("/orgs/1?x=a&b#c"), "%2Forgs%2F1%3Fx%3Da%26b%23c");
  EXPECT_EQ(percent_encode("openid email"), "openid%20email");
  EXPECT_EQ(percent_encode("Ærø"), "%C3%86r%C3%B8");
  EXPECT_EQ(percent_encode(""), "");
}

TEST(PercentEncodingTest, KeepsWhatTheCallerNamesAsWell) {
  EXPECT_EQ(percent_encode("ejer@kommune.dk", "@"), "ejer@kommune.dk");
  EXPECT_EQ(percent_encode("ejer@kommune.dk"), "ejer%40kommune.dk");
  EXPECT_EQ(percent_encode("a:b@c", "@"), "a%3Ab@c");
}

}  // namespace
}  // namespace forkant
