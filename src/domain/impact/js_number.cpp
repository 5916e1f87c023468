#include "domain/impact/js_number.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>

namespace forkant {
namespace {

// JavaScript's WhiteSpace and LineTerminator code points beyond ASCII, in UTF-8: U+00A0, U+1680,
// U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
constexpr std::array<std::string_view, 19> kUnicodeSpaces = {
    "\xC2\xA0",     "\xE1\x9A\x80", "\xE2\x80\x80", "\xE2\x80\x81", "\xE2\x80\x82",
    "\xE2\x80\x83", "\xE2\x80\x84", "\xE2\x80\x85", "\xE2\x80\x86", "\xE2\x80\x87",
    "\xE2\x80\x88", "\xE2\x80\x89", "\xE2\x80\x8A", "\xE2\x80\xA8", "\xE2\x80\xA9",
    "\xE2\x80\xAF", "\xE2\x81\x9F", "\xE3\x80\x80", "\xEF\xBB\xBF"};

// Length of the white space at the front (back: at_end) of `s`, 0 if none.
std::size_t space_at(std::string_view s, bool at_end) {
  if (s.empty()) return 0;
  const char c = at_end ? s.back() : s.front();
  if (c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r') return 1;
  for (auto sp : kUnicodeSpaces) {
    if (at_end ? s.ends_with(sp) : s.starts_with(sp)) return sp.size();
  }
  return 0;
}

std::string_view trim_js(std::string_view s) {
  while (std::size_t n = space_at(s, false)) s.remove_prefix(n);
  while (std::size_t n = space_at(s, true)) s.remove_suffix(n);
  return s;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

int digit_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

// 0x / 0o / 0b digits: converted through a hexadecimal literal so that strtod rounds a value beyond 2^53
// to nearest as JavaScript does.
std::optional<double> non_decimal(std::string_view digits, int bits_per_digit) {
  if (digits.empty()) return std::nullopt;
  std::string bits;
  for (char c : digits) {
    const int v = digit_value(c);
    if (v >= (1 << bits_per_digit)) return std::nullopt;
    for (int b = bits_per_digit - 1; b >= 0; --b) bits.push_back(((v >> b) & 1) != 0 ? '1' : '0');
  }
  bits.insert(0, (4 - bits.size() % 4) % 4, '0');
  std::string hex = "0x";
  for (std::size_t i = 0; i < bits.size(); i += 4) {
    const int v =
        (bits[i] - '0') * 8 + (bits[i + 1] - '0') * 4 + (bits[i + 2] - '0') * 2 + (bits[i + 3] - '0');
    hex.push_back("0123456789abcdef"[v]);
  }
  return std::strtod(hex.c_str(), nullptr);  // hexadecimal: the same in every locale
}

std::size_t skip_digits(std::string_view s, std::size_t i) {
  while (i < s.size() && is_digit(s[i])) ++i;
  return i;
}

// Where a correctly rounded conversion overflowed or underflowed: the power of ten of the first significant
// digit decides (overflow only happens far above 1, underflow far below).
double out_of_range(std::string_view mantissa, std::string_view exponent) {
  const auto first = mantissa.find_first_of("123456789");
  if (first == std::string_view::npos) return 0.0;
  const auto dot = std::min(mantissa.find('.'), mantissa.size());
  long long magnitude =
      first < dot ? static_cast<long long>(dot - first) : -static_cast<long long>(first - dot);
  long long e = 0;
  const bool negative = !exponent.empty() && exponent[0] == '-';
  for (char c : exponent) {
    if (is_digit(c) && e < 1'000'000'000) e = e * 10 + (c - '0');
  }
  magnitude += negative ? -e : e;
  return magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

// StrUnsignedDecimalLiteral without "Infinity": digits [. digits] [e|E [+|-] digits], a digit somewhere in
// the mantissa; from_chars rounds correctly and ignores the locale.
std::optional<double> unsigned_decimal(std::string_view s) {
  std::size_t i = skip_digits(s, 0);
  std::size_t digits = i;
  if (i < s.size() && s[i] == '.') {
    const std::size_t j = skip_digits(s, i + 1);
    digits += j - i - 1;
    i = j;
  }
  if (digits == 0) return std::nullopt;
  const std::size_t mantissa_end = i;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    const std::size_t exp_digits = skip_digits(s, i);
    if (exp_digits == i) return std::nullopt;
    i = exp_digits;
  }
  if (i != s.size()) return std::nullopt;
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec == std::errc::result_out_of_range) {
    const std::string_view exponent =
        mantissa_end < s.size() ? s.substr(mantissa_end + 1) : std::string_view();
    return out_of_range(s.substr(0, mantissa_end), exponent);
  }
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<double> js_number(std::string_view text) {
  std::string_view s = trim_js(text);
  if (s.empty()) return 0.0;
  if (s.size() > 2 && s[0] == '0') {
    const char p = s[1];
    if (p == 'x' || p == 'X') return non_decimal(s.substr(2), 4);
    if (p == 'o' || p == 'O') return non_decimal(s.substr(2), 3);
    if (p == 'b' || p == 'B') return non_decimal(s.substr(2), 1);
  }
  double sign = 1;
  if (s[0] == '+' || s[0] == '-') {
    sign = s[0] == '-' ? -1 : 1;
    s.remove_prefix(1);
  }
  if (s == "Infinity") return sign * std::numeric_limits<double>::infinity();
  auto v = unsigned_decimal(s);
  if (!v) return std::nullopt;
  return sign * *v;
}

}  // namespace forkant
