#include "domain/accounts/id_token_rules.hpp"

#include <algorithm>

namespace forkant {

std::optional<std::string> id_token_problem(const IdTokenClaims& claims, const IdTokenExpectation& expected) {
  if (claims.iss.empty() || claims.iss != expected.issuer) return "id_token_issuer";
  if (expected.client_id.empty() ||
      std::find(claims.aud.begin(), claims.aud.end(), expected.client_id) == claims.aud.end()) {
    return "id_token_audience";
  }
  // Several audiences: the authorized party must be us (Core 3.1.3.7 items 4 and 5); a present azp must
  // always be us.
  if (claims.azp ? *claims.azp != expected.client_id : claims.aud.size() > 1) return "id_token_azp";
  if (!claims.exp || expected.now - kIdTokenSkewSeconds >= *claims.exp) return "id_token_expired";
  if (claims.nbf && *claims.nbf > expected.now + kIdTokenSkewSeconds) return "id_token_not_yet_valid";
  if (!claims.iat || *claims.iat > expected.now + kIdTokenSkewSeconds) return "id_token_issued_in_future";
  if (claims.sub.empty()) return "id_token_subject";
  // The nonce ties the token to this browser's sign-in: missing and wrong are the same refusal.
  if (expected.nonce.empty() || !claims.nonce || *claims.nonce != expected.nonce) return "id_token_nonce";
  return std::nullopt;
}

bool is_allowed_id_token_alg(std::string_view alg) {
  return alg == "RS256" || alg == "PS256" || alg == "ES256";
}

bool callback_issuer_ok(const std::optional<std::string>& iss, std::string_view issuer,
                        bool provider_sends_iss) {
  if (!iss) return !provider_sends_iss;
  return *iss == issuer;
}

}  // namespace forkant
