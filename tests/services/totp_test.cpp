// TOTP (services/totp.hpp): RFC 6238 Appendix B's test vectors for SHA-1, SHA-256 and SHA-512 with 8
// digits, the ±1 step window, and the otpauth URI an authenticator app reads.
#include "services/totp.hpp"

#include <gtest/gtest.h>

#include <string>

#include "services/secrets.hpp"

namespace forkant {
namespace {

// The seeds of Appendix B: ASCII "1234567890" repeated to the hash's key length.
const std::string kSeed20 = "12345678901234567890";
const std::string kSeed32 = "12345678901234567890123456789012";
const std::string kSeed64 = "1234567890123456789012345678901234567890123456789012345678901234";

struct Vector {
  std::int64_t time;
  const char* sha1;
  const char* sha256;
  const char* sha512;
};

// RFC 6238, Appendix B (X = 30, T0 = 0, 8 digits).
constexpr Vector kVectors[] = {
    {59, "94287082", "46119246", "90693936"},         {1111111109, "07081804", "68084774", "25091201"},
    {1111111111, "14050471", "67062674", "99943326"}, {1234567890, "89005924", "91819424", "93441116"},
    {2000000000, "69279037", "90698825", "38618901"}, {20000000000, "65353130", "77737706", "47863826"},
};

TEST(TotpTest, Rfc6238AppendixBVectors) {
  for (const auto& v : kVectors) {
    const auto step = totp_step(v.time);
    EXPECT_EQ(totp_code(kSeed20, step, 8, TotpHash::sha1), v.sha1) << "SHA-1 at " << v.time;
    EXPECT_EQ(totp_code(kSeed32, step, 8, TotpHash::sha256), v.sha256) << "SHA-256 at " << v.time;
    EXPECT_EQ(totp_code(kSeed64, step, 8, TotpHash::sha512), v.sha512) << "SHA-512 at " << v.time;
  }
}

TEST(TotpTest, SixDigitsAreTheLastSixOfTheSameValue) {
  // forkant enrols 6 digits: the same HOTP value modulo 10^6 (RFC 4226), so 94287082 gives 287082.
  EXPECT_EQ(totp_code(kSeed20, totp_step(59)), "287082");
}

TEST(TotpTest, ACodeMatchesItsStepAndTheOnesEitherSide) {
  const std::int64_t now = 1111111111;
  const std::int64_t step = totp_step(now);
  EXPECT_EQ(totp_matching_step(kSeed20, totp_code(kSeed20, step), now), step);
  EXPECT_EQ(totp_matching_step(kSeed20, totp_code(kSeed20, step - 1), now), step - 1);
  EXPECT_EQ(totp_matching_step(kSeed20, totp_code(kSeed20, step + 1), now), step + 1);
  EXPECT_FALSE(totp_matching_step(kSeed20, totp_code(kSeed20, step - 2), now)) << "two steps old";
  EXPECT_FALSE(totp_matching_step(kSeed20, totp_code(kSeed20, step + 2), now));
  const std::string code = totp_code(kSeed20, step);
  EXPECT_EQ(totp_matching_step(kSeed20, code.substr(0, 3) + " " + code.substr(3), now), step) << "spaces";
  EXPECT_FALSE(totp_matching_step(kSeed20, "", now));
  EXPECT_FALSE(totp_matching_step(kSeed20, code + "0", now));
  EXPECT_FALSE(totp_matching_step("another secret 12345", code, now));
}

TEST(TotpTest, Base32AndTheUriAnAppReads) {
  EXPECT_EQ(base32_encode("12345678901234567890"), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  EXPECT_EQ(base32_encode("f"), "MY");  // no padding
  EXPECT_EQ(
      totp_uri(kSeed20, "anne+x@kommune.dk", "forkant"),
      "otpauth://totp/forkant:anne%2Bx@kommune.dk?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=forkant"
      "&algorithm=SHA1&digits=6&period=30");
}

TEST(TotpTest, NewSecretsAreRandomAndOfTheRecommendedLength) {
  init_secrets();
  const auto a = new_totp_secret();
  EXPECT_EQ(a.size(), kTotpSecretBytes);
  EXPECT_NE(a, new_totp_secret());
}

}  // namespace
}  // namespace forkant
