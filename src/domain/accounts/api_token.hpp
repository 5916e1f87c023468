#pragma once
// Personal API tokens: a name chosen at creation (what the token is for) and a lifetime in days, 90 by
// default and at most a year, so that a forgotten token stops working by itself. A token is usable while
// it is neither revoked nor expired. Times are Unix seconds.

#include <cstdint>
#include <optional>
#include <string_view>

#include "domain/result.hpp"

namespace forkant {

inline constexpr int kDefaultTokenDays = 90;
inline constexpr int kMaxTokenDays = 365;
inline constexpr std::size_t kMaxTokenNameLength = 80;

// Errors: "token_name_required", "token_name_too_long", "token_name_invalid" (control characters),
// "invalid_utf8".
Status validate_token_name(std::string_view name);
// The lifetime as typed ("" means the default): 1..kMaxTokenDays. Error: "token_days_invalid".
Result<int> parse_token_days(std::string_view text);

inline std::int64_t token_expiry(std::int64_t created_at, int days) {
  return created_at + static_cast<std::int64_t>(days) * 24 * 3600;
}

inline bool token_usable(std::int64_t expires_at, std::optional<std::int64_t> revoked_at, std::int64_t now) {
  return !revoked_at && now < expires_at;
}

}  // namespace forkant
