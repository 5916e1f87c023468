#pragma once
// Time-based one-time passwords (RFC 6238) through liboath: the codes an authenticator app shows, the
// check of a typed code within one time step either side of now (clock drift between phone and server),
// and the otpauth:// URI the enrolment's QR code carries. forkant itself enrols SHA-1, 6 digits, 30 s
// steps, which every authenticator app reads; the other hashes and 8 digits are there for the RFC's test
// vectors (tests/services/totp_test.cpp).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace forkant {

enum class TotpHash { sha1, sha256, sha512 };

inline constexpr int kTotpStepSeconds = 30;
inline constexpr int kTotpDigits = 6;
inline constexpr std::size_t kTotpSecretBytes = 20;  // 160 bits, RFC 4226's recommended length for SHA-1

// The time step `unix_time` falls in (T in RFC 6238: floor(unix_time / 30)).
std::int64_t totp_step(std::int64_t unix_time);

// The code of `step` for the raw secret bytes.
std::string totp_code(std::string_view secret, std::int64_t step, int digits = kTotpDigits,
                      TotpHash hash = TotpHash::sha1);

// The time step (now's, the one before or the one after) whose code is `code`, compared in constant
// time; nullopt when none is. Spaces in `code` are ignored (apps show "123 456").
std::optional<std::int64_t> totp_matching_step(std::string_view secret, std::string_view code,
                                               std::int64_t now);

// Fresh random secret bytes (kTotpSecretBytes).
std::string new_totp_secret();

// RFC 4648 base32 without padding: how the secret is typed into an app by hand.
std::string base32_encode(std::string_view bytes);

// otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30
std::string totp_uri(std::string_view secret, std::string_view account, std::string_view issuer);

}  // namespace forkant
