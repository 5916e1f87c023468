#include "web/ids.hpp"

namespace forkant::web {
namespace {

// Digits only, at most kMaxIdDigits of them: the value then fits an int64.
std::optional<std::int64_t> digits(std::string_view text) {
  if (text.empty() || text.size() > kMaxIdDigits) return std::nullopt;
  std::int64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::optional<std::int64_t> parse_id(std::string_view text) {
  const auto v = digits(text);
  return v && *v > 0 ? v : std::nullopt;
}

std::optional<int> parse_number(std::string_view text, int max) {
  const auto v = digits(text);
  return v && *v <= max ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

}  // namespace forkant::web
