#include "web/client_address.hpp"

#include <algorithm>

namespace forkant::web {
namespace {

bool digit(char c) {
  return c >= '0' && c <= '9';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_ipv4(std::string_view s) {
  int parts = 0;
  std::size_t i = 0;
  while (i <= s.size()) {
    std::size_t j = i;
    int value = 0;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9' && j - i < 3) value = value * 10 + (s[j++] - '0');
    if (j == i || value > 255) return false;
    ++parts;
    if (j == s.size()) break;
    if (s[j] != '.') return false;
    i = j + 1;
  }
  return parts == 4;
}

bool is_ipv6(std::string_view s) {
  if (s.size() < 2 || s.find(':') == std::string_view::npos) return false;
  const auto last_colon = s.rfind(':');
  const auto tail = s.substr(last_colon + 1);
  const auto head = tail.find('.') != std::string_view::npos ? s.substr(0, last_colon + 1) : s;
  if (head != s && !is_ipv4(tail)) return false;
  return std::all_of(head.begin(), head.end(),
                     [](char c) { return c == ':' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace

std::string normalise_address(std::string_view text) {
  std::string s(trim(text));
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!s.empty() && s.front() == '[') {  // [v6] or [v6]:port
    const auto close = s.find(']');
    if (close == std::string::npos) return "";
    const std::string rest = s.substr(close + 1);
    if (!rest.empty() &&
        (rest[0] != ':' || rest.size() == 1 || !std::all_of(rest.begin() + 1, rest.end(), digit)))
      return "";
    s = s.substr(1, close - 1);
  } else if (std::count(s.begin(), s.end(), ':') == 1) {  // v4:port
    const auto colon = s.find(':');
    const std::string port = s.substr(colon + 1);
    if (port.empty() || !std::all_of(port.begin(), port.end(), digit)) return "";
    s = s.substr(0, colon);
  }
  if (s.starts_with("::ffff:") && is_ipv4(s.substr(7))) s = s.substr(7);
  if (is_ipv4(s) || is_ipv6(s)) return s;
  return "";
}

std::string client_address(std::string_view peer, const std::vector<std::string_view>& forwarded_for,
                           const std::vector<std::string>& trusted_proxies) {
  std::vector<std::string> trusted;
  for (const auto& t : trusted_proxies) {
    if (auto n = normalise_address(t); !n.empty()) trusted.push_back(n);
  }
  const auto is_trusted = [&](const std::string& a) {
    return std::find(trusted.begin(), trusted.end(), a) != trusted.end();
  };
  std::string current = normalise_address(peer);
  if (current.empty()) return std::string(peer);
  if (!is_trusted(current)) return current;
  // The chain, left to right over every header, then walked from the right.
  std::vector<std::string_view> chain;
  for (auto header : forwarded_for) {
    while (!header.empty()) {
      const auto comma = header.find(',');
      chain.push_back(header.substr(0, comma));
      if (comma == std::string_view::npos) break;
      header.remove_prefix(comma + 1);
    }
  }
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const std::string hop = normalise_address(*it);
    if (hop.empty()) return current;  // not an address: trust nothing further left
    current = hop;
    if (!is_trusted(hop)) return current;
  }
  return current;
}

}  // namespace forkant::web
