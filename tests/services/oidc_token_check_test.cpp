// An id_token's signature is checked with the provider's key named by its kid, of the type its (allowed)
// algorithm needs; none, HS256, a key that is not for signatures, an altered payload and a foreign key
// are all refused; the claims are read from the verified payload.
#include "services/oidc_token_check.hpp"

#include <gtest/gtest.h>

#include "oidc_test_keys.hpp"
#include "services/secrets.hpp"

namespace forkant {
namespace {

using test::TestKey;

const TestKey& rsa() {
  static const TestKey k = TestKey::rsa("rsa-1");
  return k;
}
const TestKey& other_rsa() {
  static const TestKey k = TestKey::rsa("rsa-1");  // same kid, another key: a forger's
  return k;
}
const TestKey& ec() {
  static const TestKey k = TestKey::ec("ec-1");
  return k;
}

const std::string kPayload =
    R"({"iss":"https://op.example","sub":"s1","aud":"c1","exp":2000000000,"iat":1,"nonce":"n"})";

JsonWebKeySet keys() {
  auto set = JsonWebKeySet::parse(test::jwks_of({&rsa(), &ec()}));
  EXPECT_TRUE(set);
  return std::move(*set);
}

std::string code_of(const Result<std::string>& r) {
  return r ? "ok" : r.error().code;
}

TEST(OidcTokenCheck, RsaPssAndEcSignaturesVerify) {
  init_secrets();
  const auto set = keys();
  EXPECT_EQ(set.size(), 2u);
  for (const char* alg : {"RS256", "PS256"}) {
    auto r = set.verify(rsa().sign(alg, kPayload));
    ASSERT_TRUE(r) << alg << " " << r.error().code;
    EXPECT_EQ(*r, kPayload);
  }
  EXPECT_EQ(code_of(set.verify(ec().sign("ES256", kPayload))), "ok");
}

TEST(OidcTokenCheck, AForgedOrAlteredTokenIsRefused) {
  const auto set = keys();
  EXPECT_EQ(code_of(set.verify(other_rsa().sign("RS256", kPayload))), "id_token_signature");
  std::string token = rsa().sign("RS256", kPayload);
  const auto first = token.find('.');
  const auto second = token.find('.', first + 1);
  const std::string altered = token.substr(0, first + 1) +
                              test::b64url(R"({"iss":"https://op.example","sub":"admin","aud":"c1"})") +
                              token.substr(second);
  EXPECT_EQ(code_of(set.verify(altered)), "id_token_signature");
  EXPECT_EQ(code_of(set.verify("not a token")), "id_token_malformed");
}

TEST(OidcTokenCheck, OnlyAllowedAlgorithmsAreVerifiedAtAll) {
  const auto set = keys();
  EXPECT_EQ(code_of(set.verify(test::unsigned_token(kPayload))), "id_token_alg");
  EXPECT_EQ(code_of(set.verify(rsa().sign("RS384", kPayload))), "id_token_alg");
  // HS256 with the RSA key's public modulus as the "secret" (the classic confusion) never gets that far.
  const std::string hs =
      test::b64url(R"({"alg":"HS256","kid":"rsa-1"})") + "." + test::b64url(kPayload) + ".AAAA";
  EXPECT_EQ(code_of(set.verify(hs)), "id_token_alg");
}

TEST(OidcTokenCheck, TheKeyMustFitTheAlgorithm) {
  // An ES256 header naming the RSA key's kid: the RSA key is not used for it.
  const auto set = keys();
  const std::string es = ec().sign("ES256", kPayload);
  const std::string renamed = test::b64url(R"({"alg":"ES256","kid":"rsa-1"})") + es.substr(es.find('.'));
  EXPECT_EQ(code_of(set.verify(renamed)), "id_token_signature");
}

TEST(OidcTokenCheck, AnUnknownKidIsToldApartSoTheCallerCanFetchTheKeysAgain) {
  const auto set = keys();
  const TestKey rotated = TestKey::ec("ec-2");
  EXPECT_EQ(code_of(set.verify(rotated.sign("ES256", kPayload))), "id_token_unknown_key");
  EXPECT_TRUE(set.has_kid("ec-1"));
  EXPECT_FALSE(set.has_kid("ec-2"));
}

TEST(OidcTokenCheck, WithoutAKidEveryKeyOfTheRightTypeIsTried) {
  const auto set = keys();
  EXPECT_EQ(code_of(set.verify(ec().sign("ES256", kPayload, false))), "ok");
}

TEST(OidcTokenCheck, KeysNotForSignaturesAndSymmetricKeysAreLeftOut) {
  auto jwk = rsa().public_jwk();
  jwk["use"] = "enc";
  const nlohmann::json doc = {{"keys", {jwk, {{"kty", "oct"}, {"kid", "h"}, {"k", "c2VjcmV0"}}}}};
  auto set = JsonWebKeySet::parse(doc.dump());
  ASSERT_TRUE(set);
  EXPECT_EQ(set->size(), 0u);
  EXPECT_EQ(code_of(set->verify(rsa().sign("RS256", kPayload))), "id_token_unknown_key");
  EXPECT_FALSE(JsonWebKeySet::parse("{}"));
  EXPECT_FALSE(JsonWebKeySet::parse("not json"));
}

TEST(OidcTokenCheck, AHeaderCarryingItsOwnKeyIsRefused) {
  const std::string jwk_header = test::b64url(R"({"alg":"RS256","jwk":{"kty":"RSA"}})") + ".e30.AAAA";
  EXPECT_FALSE(read_jws_header(jwk_header));
}

TEST(OidcTokenCheck, ClaimsAreReadWithAudiencesGroupsAndEmail) {
  const auto content = read_id_token_content(
      R"({"iss":"i","sub":"s","aud":["a","b"],"azp":"a","exp":10,"nbf":1,"iat":2,"nonce":"n",
          "groups":["g1","g2"],"preferred_username":"Ann@Example.dk","name":"Ann"})",
      "groups");
  ASSERT_TRUE(content);
  EXPECT_EQ(content->claims.aud, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(content->claims.azp, "a");
  EXPECT_EQ(content->claims.exp, 10);
  EXPECT_EQ(content->claims.nbf, 1);
  EXPECT_EQ(content->claims.nonce, "n");
  EXPECT_EQ(content->groups, (std::vector<std::string>{"g1", "g2"}));
  EXPECT_EQ(content->email, "Ann@Example.dk");
  EXPECT_EQ(content->name, "Ann");
  const auto one = read_id_token_content(R"({"aud":"a","roles":"Forkant.Owner","email":"x@y.dk"})", "roles");
  ASSERT_TRUE(one);
  EXPECT_EQ(one->groups, (std::vector<std::string>{"Forkant.Owner"}));
  EXPECT_EQ(one->email, "x@y.dk");
  EXPECT_FALSE(read_id_token_content(R"({"exp":"tomorrow"})", "groups"));
  EXPECT_FALSE(read_id_token_content(R"([1])", "groups"));
}

}  // namespace
}  // namespace forkant
