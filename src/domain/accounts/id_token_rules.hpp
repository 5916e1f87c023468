#pragma once
// The rules an OpenID Connect id_token must meet before forkant signs anyone in with it (OpenID Connect
// Core 1.0, 3.1.3.7), on claims already read from a token whose signature was checked
// (services/oidc_token_check.hpp): the issuer is the organisation's, the audience holds our client id
// (and, with several audiences, azp names us), the token is within its lifetime give or take a small clock
// skew, and the nonce is the one this sign-in sent. Plain data in, the first broken rule out.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace forkant {

// How far the provider's clock may be from ours, either way.
inline constexpr std::int64_t kIdTokenSkewSeconds = 60;

struct IdTokenClaims {
  std::string iss;
  std::string sub;
  std::vector<std::string> aud;  // a single string audience is a list of one
  std::optional<std::string> azp;
  std::optional<std::int64_t> exp;
  std::optional<std::int64_t> nbf;
  std::optional<std::int64_t> iat;
  std::optional<std::string> nonce;
};

struct IdTokenExpectation {
  std::string issuer;     // exactly as configured (no normalisation: the spec compares strings)
  std::string client_id;  // our audience
  std::string nonce;      // the one this pending sign-in sent
  std::int64_t now = 0;   // Unix seconds
};

// The first rule the claims break, as an error code ("id_token_issuer", "id_token_audience",
// "id_token_azp", "id_token_expired", "id_token_not_yet_valid", "id_token_issued_in_future",
// "id_token_subject", "id_token_nonce"), or nullopt when they meet every rule.
std::optional<std::string> id_token_problem(const IdTokenClaims& claims, const IdTokenExpectation& expected);

// The signature algorithms forkant accepts: asymmetric only (RS256, PS256, ES256). Never "none", and
// never HS*: a symmetric key would be the client secret, which the issuer is not the only one to hold.
bool is_allowed_id_token_alg(std::string_view alg);

// RFC 9207: the `iss` parameter on the authorization response. When the provider sends it, it must be
// the configured issuer; when the provider announced it supports the parameter
// (authorization_response_iss_parameter_supported) it must be there.
bool callback_issuer_ok(const std::optional<std::string>& iss, std::string_view issuer,
                        bool provider_sends_iss);

}  // namespace forkant
