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

std::optional<int> parse_form_int(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.size() > 8) return std::nullopt;
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  const auto v = digits(text);  // empty (a lone sign) is no number
  if (!v) return std::nullopt;
  return static_cast<int>(negative ? -*v : *v);
}

}  // namespace forkant::web
