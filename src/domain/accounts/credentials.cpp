#include "domain/accounts/credentials.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "domain/utf8.hpp"

namespace forkant {
namespace {

// The most used passwords of at least 12 characters in public breach corpora; longer lists belong in a
// data file once one is shipped.
constexpr std::array<std::string_view, 24> kCommonPasswords = {
    "123456789012", "1234567890123", "12345678910",    "qwertyuiopas", "password1234", "passwordpassword",
    "qwerty123456", "111111111111",  "000000000000",   "123123123123", "abcdefghijkl", "iloveyou1234",
    "adgangskode1", "adgangskode12", "adgangskode123", "sommer2024!!", "velkommen123", "velkommen1234",
    "password123!", "qwertyqwerty",  "aaaaaaaaaaaa",   "123456123456", "letmein12345", "welcome12345"};

}  // namespace

Status validate_password(std::string_view password) {
  if (!is_valid_utf8(password)) return Error::invalid("invalid_utf8", "error.invalid_utf8");
  const auto n = utf8_length(password);
  if (n < kMinPasswordLength) return Error::invalid("password_too_short", "error.password_too_short");
  if (n > kMaxPasswordLength) return Error::invalid("password_too_long", "error.password_too_long");
  std::string lower(password);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  if (std::find(kCommonPasswords.begin(), kCommonPasswords.end(), lower) != kCommonPasswords.end()) {
    return Error::invalid("password_common", "error.password_common");
  }
  return ok_status();
}

Status validate_email(std::string_view email) {
  const auto at = email.find('@');
  const bool shape_ok = email.size() >= 3 && email.size() <= 254 && at != std::string_view::npos && at > 0 &&
                        at == email.rfind('@') && email.find('.', at) != std::string_view::npos &&
                        email.back() != '.' && email.find_first_of(" \t\r\n<>\",;") == std::string_view::npos;
  if (!shape_ok || !is_valid_utf8(email)) return Error::invalid("invalid_email", "error.invalid_email");
  return ok_status();
}

Status validate_person_name(std::string_view name) {
  if (!is_valid_utf8(name)) return Error::invalid("invalid_utf8", "error.invalid_utf8");
  if (name.find_first_not_of(" \t") == std::string_view::npos) {
    return Error::invalid("name_required", "error.name_required");
  }
  if (utf8_length(name) > 120) return Error::invalid("name_too_long", "error.name_too_long");
  if (name.find_first_of("\r\n") != std::string_view::npos)
    return Error::invalid("name_invalid", "error.name_invalid");
  return ok_status();
}

}  // namespace forkant
