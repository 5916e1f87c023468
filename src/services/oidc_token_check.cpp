#include "services/oidc_token_check.hpp"

#include <cjose/cjose.h>
#include <sodium.h>

#include <nlohmann/json.hpp>

namespace forkant {
namespace {

using nlohmann::json;

Error malformed() {
  return Error::invalid("id_token_malformed", "error.sso_failed");
}

std::optional<std::string> base64url_decode(std::string_view in) {
  std::string out(in.size(), '\0');
  std::size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), in.data(), in.size(),
                        nullptr, &len, nullptr, sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0) {
    return std::nullopt;
  }
  out.resize(len);
  return out;
}

// The key type (and curve) an allowed algorithm verifies with.
bool key_fits(std::string_view alg, const cjose_jwk_t* jwk) {
  const cjose_jwk_kty_t kty = cjose_jwk_get_kty(jwk, nullptr);
  if (alg == "RS256" || alg == "PS256") return kty == CJOSE_JWK_KTY_RSA;
  if (alg == "ES256") {
    return kty == CJOSE_JWK_KTY_EC && cjose_jwk_EC_get_curve(jwk, nullptr) == CJOSE_JWK_EC_P_256;
  }
  return false;
}

}  // namespace

Result<JwsHeader> read_jws_header(std::string_view compact) {
  const auto dot = compact.find('.');
  if (dot == std::string_view::npos || compact.find('.', dot + 1) == std::string_view::npos)
    return malformed();
  const auto raw = base64url_decode(compact.substr(0, dot));
  if (!raw) return malformed();
  const json header = json::parse(*raw, nullptr, false);
  if (!header.is_object() || !header.contains("alg") || !header["alg"].is_string()) return malformed();
  JwsHeader out{header["alg"].get<std::string>(), std::nullopt};
  if (header.contains("kid")) {
    if (!header["kid"].is_string()) return malformed();
    out.kid = header["kid"].get<std::string>();
  }
  // A token that asks to be verified with a key it carries or points to is never trusted (RFC 8725 3.10).
  for (const char* embedded : {"jwk", "jku", "x5u", "x5c", "crit"}) {
    if (header.contains(embedded)) return malformed();
  }
  return out;
}

struct JsonWebKeySet::Key {
  std::string kid;
  std::optional<std::string> alg;  // the key's own "alg", when it names one
  cjose_jwk_t* jwk = nullptr;
  explicit Key(cjose_jwk_t* k) : jwk(k) {}
  ~Key() { cjose_jwk_release(jwk); }
  Key(const Key&) = delete;
  Key& operator=(const Key&) = delete;
};

JsonWebKeySet::JsonWebKeySet() = default;
JsonWebKeySet::JsonWebKeySet(JsonWebKeySet&&) noexcept = default;
JsonWebKeySet& JsonWebKeySet::operator=(JsonWebKeySet&&) noexcept = default;
JsonWebKeySet::~JsonWebKeySet() = default;

std::optional<JsonWebKeySet> JsonWebKeySet::parse(std::string_view text) {
  const json doc = json::parse(text, nullptr, false);
  if (!doc.is_object() || !doc.contains("keys") || !doc["keys"].is_array()) return std::nullopt;
  JsonWebKeySet set;
  for (const json& k : doc["keys"]) {
    if (!k.is_object()) continue;
    if (k.contains("use") && k["use"] != "sig") continue;
    const std::string kty = k.value("kty", "");
    if (kty != "RSA" && kty != "EC") continue;  // never "oct": a shared secret is not the provider's alone
    const std::string one = k.dump();
    cjose_jwk_t* jwk = cjose_jwk_import(one.c_str(), one.size(), nullptr);
    if (jwk == nullptr) continue;
    auto key = std::make_unique<Key>(jwk);
    key->kid = k.contains("kid") && k["kid"].is_string() ? k["kid"].get<std::string>() : "";
    if (k.contains("alg") && k["alg"].is_string()) key->alg = k["alg"].get<std::string>();
    set.keys_.push_back(std::move(key));
  }
  return set;
}

bool JsonWebKeySet::has_kid(std::string_view kid) const {
  for (const auto& k : keys_) {
    if (k->kid == kid) return true;
  }
  return false;
}

std::size_t JsonWebKeySet::size() const {
  return keys_.size();
}

Result<std::string> JsonWebKeySet::verify(std::string_view compact) const {
  auto header = read_jws_header(compact);
  if (!header) return header.error();
  if (!is_allowed_id_token_alg(header->alg)) return Error::invalid("id_token_alg", "error.sso_failed");
  cjose_jws_t* jws = cjose_jws_import(compact.data(), compact.size(), nullptr);
  if (jws == nullptr) return malformed();
  bool named = false;
  bool verified = false;
  for (const auto& k : keys_) {
    if (header->kid && k->kid != *header->kid) continue;
    named = true;
    if (!key_fits(header->alg, k->jwk) || (k->alg && *k->alg != header->alg)) continue;
    if (cjose_jws_verify(jws, k->jwk, nullptr)) {
      verified = true;
      break;
    }
  }
  std::string payload;
  if (verified) {
    uint8_t* plain = nullptr;
    std::size_t len = 0;
    if (cjose_jws_get_plaintext(jws, &plain, &len, nullptr))
      payload.assign(reinterpret_cast<const char*>(plain), len);
  }
  cjose_jws_release(jws);
  if (!named) return Error::invalid("id_token_unknown_key", "error.sso_failed");
  if (!verified) return Error::invalid("id_token_signature", "error.sso_failed");
  return payload;
}

Result<IdTokenContent> read_id_token_content(std::string_view payload, std::string_view group_claim) {
  const json doc = json::parse(payload, nullptr, false);
  if (!doc.is_object()) return malformed();
  IdTokenContent out;
  auto text = [&](const char* name, std::string& into) {
    if (!doc.contains(name)) return true;
    if (!doc[name].is_string()) return false;
    into = doc[name].get<std::string>();
    return true;
  };
  auto opt_text = [&](const char* name, std::optional<std::string>& into) {
    if (!doc.contains(name)) return true;
    if (!doc[name].is_string()) return false;
    into = doc[name].get<std::string>();
    return true;
  };
  auto number = [&](const char* name, std::optional<std::int64_t>& into) {
    if (!doc.contains(name)) return true;
    if (!doc[name].is_number()) return false;
    into = doc[name].is_number_integer() ? doc[name].get<std::int64_t>()
                                         : static_cast<std::int64_t>(doc[name].get<double>());
    return true;
  };
  IdTokenClaims& c = out.claims;
  if (!text("iss", c.iss) || !text("sub", c.sub) || !opt_text("azp", c.azp) || !opt_text("nonce", c.nonce) ||
      !number("exp", c.exp) || !number("nbf", c.nbf) || !number("iat", c.iat) || !text("name", out.name)) {
    return malformed();
  }
  if (doc.contains("aud")) {
    if (doc["aud"].is_string()) {
      c.aud.push_back(doc["aud"].get<std::string>());
    } else if (doc["aud"].is_array()) {
      for (const json& a : doc["aud"]) {
        if (!a.is_string()) return malformed();
        c.aud.push_back(a.get<std::string>());
      }
    } else {
      return malformed();
    }
  }
  if (!group_claim.empty() && doc.contains(std::string(group_claim))) {
    const json& g = doc[std::string(group_claim)];
    if (g.is_string()) out.groups.push_back(g.get<std::string>());
    if (g.is_array()) {
      for (const json& one : g) {
        if (one.is_string()) out.groups.push_back(one.get<std::string>());
      }
    }
  }
  if (doc.contains("email") && doc["email"].is_string()) {
    out.email = doc["email"].get<std::string>();
  } else if (doc.contains("preferred_username") && doc["preferred_username"].is_string()) {
    out.email = doc["preferred_username"].get<std::string>();
  }
  return out;
}

}  // namespace forkant
