#pragma once
// Checking an id_token's signature (libcjose, computation only): the JOSE header is read first and an
// algorithm outside the allowlist (domain/accounts/id_token_rules.hpp: RS256, PS256, ES256 — never none,
// never HS*) is refused before any key is looked at; the key is the provider's JWK with the token's kid,
// of the type the algorithm needs, meant for signatures; then the claims are read from the verified
// payload. The claim rules themselves (issuer, audience, times, nonce) are the domain's.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/accounts/id_token_rules.hpp"
#include "domain/result.hpp"

namespace forkant {

struct JwsHeader {
  std::string alg;
  std::optional<std::string> kid;
};

// The protected header of a compact JWS (three dot-separated parts). Errors: "id_token_malformed".
Result<JwsHeader> read_jws_header(std::string_view compact);

// A provider's signing keys (its jwks_uri document), parsed once. Keys that are not for signatures
// (use other than "sig") or of a type forkant does not verify with are left out.
class JsonWebKeySet {
 public:
  // nullopt when the document is not a JWK Set.
  static std::optional<JsonWebKeySet> parse(std::string_view json);
  JsonWebKeySet(JsonWebKeySet&&) noexcept;
  JsonWebKeySet& operator=(JsonWebKeySet&&) noexcept;
  ~JsonWebKeySet();

  bool has_kid(std::string_view kid) const;
  std::size_t size() const;

  // Verifies the compact JWS with the key its header names (without a kid: each key of the right type).
  // Returns the payload. Errors: "id_token_malformed", "id_token_alg" (not allowed), "id_token_unknown_key"
  // (no key with that kid: the caller may fetch the set again), "id_token_signature".
  Result<std::string> verify(std::string_view compact) const;

 private:
  struct Key;
  JsonWebKeySet();
  std::vector<std::unique_ptr<Key>> keys_;
};

// The claims of a verified payload, and the values of `group_claim` (a list of strings, or one string).
struct IdTokenContent {
  IdTokenClaims claims;
  std::vector<std::string> groups;
  std::string email;  // "email", else "preferred_username" (Entra ID's user principal name), else empty
  std::string name;
};
// Errors: "id_token_malformed" (not a JSON object, or a claim of the wrong type).
Result<IdTokenContent> read_id_token_content(std::string_view payload, std::string_view group_claim);

}  // namespace forkant
