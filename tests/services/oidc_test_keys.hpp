#pragma once
// Signing keys and id_tokens for the OpenID Connect tests, made with libcjose as a provider would.

#include <cjose/cjose.h>
#include <sodium.h>

#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace forkant::test {

class TestKey {
 public:
  static TestKey rsa(const std::string& kid) {
    static const uint8_t e[] = {0x01, 0x00, 0x01};
    return TestKey(cjose_jwk_create_RSA_random(2048, e, sizeof e, nullptr), kid);
  }
  static TestKey ec(const std::string& kid) {
    return TestKey(cjose_jwk_create_EC_random(CJOSE_JWK_EC_P_256, nullptr), kid);
  }

  // The public JWK as a JSON object.
  nlohmann::json public_jwk() const {
    char* text = cjose_jwk_to_json(jwk_.get(), false, nullptr);
    auto out = nlohmann::json::parse(text);
    cjose_get_dealloc()(text);
    return out;
  }

  // A compact JWS over `payload` with the header's alg and this key's kid.
  std::string sign(const std::string& alg, const std::string& payload, bool with_kid = true) const {
    cjose_header_t* hdr = cjose_header_new(nullptr);
    cjose_header_set(hdr, CJOSE_HDR_ALG, alg.c_str(), nullptr);
    if (with_kid) cjose_header_set(hdr, CJOSE_HDR_KID, kid_.c_str(), nullptr);
    cjose_jws_t* jws = cjose_jws_sign(jwk_.get(), hdr, reinterpret_cast<const uint8_t*>(payload.data()),
                                      payload.size(), nullptr);
    const char* compact = nullptr;
    cjose_jws_export(jws, &compact, nullptr);
    std::string out = compact;
    cjose_jws_release(jws);
    cjose_header_release(hdr);
    return out;
  }

 private:
  struct Release {
    void operator()(cjose_jwk_t* k) const { cjose_jwk_release(k); }
  };
  TestKey(cjose_jwk_t* jwk, const std::string& kid) : jwk_(jwk), kid_(kid) {
    cjose_jwk_set_kid(jwk, kid.c_str(), kid.size(), nullptr);
  }
  std::unique_ptr<cjose_jwk_t, Release> jwk_;
  std::string kid_;
};

inline std::string jwks_of(const std::vector<const TestKey*>& keys) {
  nlohmann::json doc = {{"keys", nlohmann::json::array()}};
  for (const TestKey* k : keys) doc["keys"].push_back(k->public_jwk());
  return doc.dump();
}

inline std::string b64url(const std::string& s) {
  std::string out(sodium_base64_ENCODED_LEN(s.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(s.data()), s.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.size() - 1);
  return out;
}

// An unsigned token: {"alg":"none"} . payload . (empty)
inline std::string unsigned_token(const std::string& payload) {
  return b64url(R"({"alg":"none"})") + "." + b64url(payload) + ".";
}

}  // namespace forkant::test
