#include "services/totp.hpp"

#include <liboath/oath.h>
#include <sodium.h>

#include <array>
#include <mutex>
#include <stdexcept>

#include "domain/percent_encoding.hpp"
#include "services/secrets.hpp"

namespace forkant {
namespace {

void init_oath() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (oath_init() != OATH_OK) throw std::runtime_error("liboath did not initialise");
  });
}

int oath_flags(TotpHash hash) {
  switch (hash) {
    case TotpHash::sha256:
      return OATH_TOTP_HMAC_SHA256;
    case TotpHash::sha512:
      return OATH_TOTP_HMAC_SHA512;
    case TotpHash::sha1:
      break;
  }
  return 0;
}

}  // namespace

std::int64_t totp_step(std::int64_t unix_time) {
  return unix_time / kTotpStepSeconds;
}

std::string totp_code(std::string_view secret, std::int64_t step, int digits, TotpHash hash) {
  init_oath();
  // liboath computes T from a time: the start of the step gives exactly that step.
  std::array<char, 16> out{};
  const int rc =
      oath_totp_generate2(secret.data(), secret.size(), static_cast<time_t>(step * kTotpStepSeconds),
                          kTotpStepSeconds, 0, static_cast<unsigned>(digits), oath_flags(hash), out.data());
  if (rc != OATH_OK) throw std::runtime_error(std::string("TOTP: ") + oath_strerror(rc));
  return std::string(out.data());
}

std::optional<std::int64_t> totp_matching_step(std::string_view secret, std::string_view code,
                                               std::int64_t now) {
  std::string typed;
  for (const char c : code) {
    if (c != ' ') typed += c;
  }
  if (typed.size() != static_cast<std::size_t>(kTotpDigits)) return std::nullopt;
  const std::int64_t current = totp_step(now);
  std::optional<std::int64_t> found;
  // Every candidate is computed and compared, so the time taken says nothing about which one matched.
  for (const std::int64_t step : {current - 1, current, current + 1}) {
    if (secrets_equal(totp_code(secret, step), typed) && !found) found = step;
  }
  return found;
}

std::string new_totp_secret() {
  std::string out(kTotpSecretBytes, '\0');
  randombytes_buf(out.data(), out.size());
  return out;
}

std::string base32_encode(std::string_view bytes) {
  init_oath();
  char* out = nullptr;
  std::size_t len = 0;
  if (oath_base32_encode(bytes.data(), bytes.size(), &out, &len) != OATH_OK || out == nullptr) {
    throw std::runtime_error("TOTP: base32 encoding failed");
  }
  std::string s(out, len);
  free(out);  // NOLINT(cppcoreguidelines-no-malloc): liboath allocates with malloc
  while (!s.empty() && s.back() == '=') s.pop_back();
  return s;
}

std::string totp_uri(std::string_view secret, std::string_view account, std::string_view issuer) {
  return "otpauth://totp/" + percent_encode(issuer, "@") + ":" + percent_encode(account, "@") +
         "?secret=" + base32_encode(secret) + "&issuer=" + percent_encode(issuer, "@") +
         "&algorithm=SHA1&digits=" + std::to_string(kTotpDigits) +
         "&period=" + std::to_string(kTotpStepSeconds);
}

}  // namespace forkant
