// An id_token's claims are accepted only from our issuer, for our client, within their lifetime (60 s
// of skew either way) and with this sign-in's nonce; only asymmetric algorithms; RFC 9207's iss.
#include "domain/accounts/id_token_rules.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

constexpr std::int64_t kNow = 1'800'000'000;

IdTokenExpectation expected() {
  return {"https://login.example/tenant/v2.0", "forkant-client", "n-123", kNow};
}

IdTokenClaims good() {
  IdTokenClaims c;
  c.iss = "https://login.example/tenant/v2.0";
  c.sub = "subject-1";
  c.aud = {"forkant-client"};
  c.exp = kNow + 300;
  c.iat = kNow - 5;
  c.nonce = "n-123";
  return c;
}

std::string problem(const IdTokenClaims& c) {
  return id_token_problem(c, expected()).value_or("ok");
}

TEST(IdTokenRules, AGoodTokenPasses) {
  EXPECT_EQ(problem(good()), "ok");
}

TEST(IdTokenRules, TheIssuerMustBeExactlyOurs) {
  auto c = good();
  c.iss = "https://login.example/tenant/v2.0/";
  EXPECT_EQ(problem(c), "id_token_issuer");
  c.iss = "";
  EXPECT_EQ(problem(c), "id_token_issuer");
}

TEST(IdTokenRules, TheAudienceMustHoldOurClient) {
  auto c = good();
  c.aud = {"someone-else"};
  EXPECT_EQ(problem(c), "id_token_audience");
  c.aud = {};
  EXPECT_EQ(problem(c), "id_token_audience");
}

TEST(IdTokenRules, SeveralAudiencesNeedAzpNamingUs) {
  auto c = good();
  c.aud = {"forkant-client", "other"};
  EXPECT_EQ(problem(c), "id_token_azp");
  c.azp = "other";
  EXPECT_EQ(problem(c), "id_token_azp");
  c.azp = "forkant-client";
  EXPECT_EQ(problem(c), "ok");
  c.aud = {"forkant-client"};
  c.azp = "other";
  EXPECT_EQ(problem(c), "id_token_azp");
}

TEST(IdTokenRules, ExpiryAllowsSixtySecondsOfSkewAndNoMore) {
  auto c = good();
  c.exp = kNow - kIdTokenSkewSeconds + 1;
  EXPECT_EQ(problem(c), "ok");
  c.exp = kNow - kIdTokenSkewSeconds;
  EXPECT_EQ(problem(c), "id_token_expired");
  c.exp.reset();
  EXPECT_EQ(problem(c), "id_token_expired");
}

TEST(IdTokenRules, NotBeforeAndIssuedAtAllowSixtySecondsAhead) {
  auto c = good();
  c.nbf = kNow + kIdTokenSkewSeconds;
  EXPECT_EQ(problem(c), "ok");
  c.nbf = kNow + kIdTokenSkewSeconds + 1;
  EXPECT_EQ(problem(c), "id_token_not_yet_valid");
  c = good();
  c.iat = kNow + kIdTokenSkewSeconds + 1;
  EXPECT_EQ(problem(c), "id_token_issued_in_future");
  c.iat.reset();
  EXPECT_EQ(problem(c), "id_token_issued_in_future");
}

TEST(IdTokenRules, TheSubjectMustBeThere) {
  auto c = good();
  c.sub = "";
  EXPECT_EQ(problem(c), "id_token_subject");
}

TEST(IdTokenRules, AMissingOrWrongNonceIsRefused) {
  auto c = good();
  c.nonce.reset();
  EXPECT_EQ(problem(c), "id_token_nonce");
  c.nonce = "n-124";
  EXPECT_EQ(problem(c), "id_token_nonce");
  // An empty expected nonce never matches, even an empty claim.
  c.nonce = "";
  EXPECT_EQ(id_token_problem(c, {expected().issuer, expected().client_id, "", kNow}).value_or("ok"),
            "id_token_nonce");
}

TEST(IdTokenRules, OnlyAsymmetricAlgorithmsAreAllowed) {
  for (const char* ok : {"RS256", "PS256", "ES256"}) EXPECT_TRUE(is_allowed_id_token_alg(ok)) << ok;
  for (const char* bad : {"none", "None", "", "HS256", "HS512", "RS384", "rs256"}) {
    EXPECT_FALSE(is_allowed_id_token_alg(bad)) << bad;
  }
}

TEST(IdTokenRules, TheCallbacksIssuerMustBeOursWhenSentAndBeSentWhenAnnounced) {
  const std::string issuer = "https://op.example";
  EXPECT_TRUE(callback_issuer_ok(issuer, issuer, true));
  EXPECT_TRUE(callback_issuer_ok(issuer, issuer, false));
  EXPECT_FALSE(callback_issuer_ok(std::string("https://evil.example"), issuer, true));
  EXPECT_FALSE(callback_issuer_ok(std::string("https://evil.example"), issuer, false));
  EXPECT_FALSE(callback_issuer_ok(std::nullopt, issuer, true));
  EXPECT_TRUE(callback_issuer_ok(std::nullopt, issuer, false));
}

}  // namespace
}  // namespace forkant
