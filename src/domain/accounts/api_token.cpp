#include "domain/accounts/api_token.hpp"

#include "domain/utf8.hpp"

namespace forkant {

Status validate_token_name(std::string_view name) {
  if (!is_valid_utf8(name)) return Error::invalid("invalid_utf8", "error.invalid_utf8");
  if (name.find_first_not_of(" \t") == std::string_view::npos)
    return Error::invalid("token_name_required", "error.token_name_required");
  if (utf8_length(name) > kMaxTokenNameLength) {
    return Error::invalid("token_name_too_long", "error.token_name_too_long",
                          {{"max", std::to_string(kMaxTokenNameLength)}});
  }
  for (unsigned char c : name) {
    if (c < 0x20 || c == 0x7f) return Error::invalid("token_name_invalid", "error.token_name_invalid");
  }
  return ok_status();
}

Result<int> parse_token_days(std::string_view text) {
  if (text.empty()) return kDefaultTokenDays;
  const Error bad = Error::invalid("token_days_invalid", "error.token_days_invalid",
                                   {{"max", std::to_string(kMaxTokenDays)}});
  if (text.size() > 3) return bad;
  int days = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return bad;
    days = days * 10 + (c - '0');
  }
  if (days < 1 || days > kMaxTokenDays) return bad;
  return days;
}

}  // namespace forkant
