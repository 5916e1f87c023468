#include "web/client_address.hpp"

#include <algorithm>
#include <boost/url/ipv4_address.hpp>
#include <boost/url/ipv6_address.hpp>

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

// The address in one written form, by Boost.URL's RFC 3986 grammar: IPv6 compressed and in lower case,
// an IPv4-mapped IPv6 address as IPv4. "" when it is neither.
std::string canonical(std::string_view s) {
  if (auto v4 = boost::urls::parse_ipv4_address(s)) return v4->to_string();
  auto v6 = boost::urls::parse_ipv6_address(s);
  if (!v6) return "";
  if (v6->is_v4_mapped()) {
    const auto b = v6->to_bytes();
    return boost::urls::ipv4_address(boost::urls::ipv4_address::bytes_type{b[12], b[13], b[14], b[15]})
        .to_string();
  }
  return v6->to_string();
}

}  // namespace

std::string normalise_address(std::string_view text) {
  std::string_view s = trim(text);
  if (!s.empty() && s.front() == '[') {  // [v6] or [v6]:port
    const auto close = s.find(']');
    if (close == std::string_view::npos) return "";
    const auto rest = s.substr(close + 1);
    if (!rest.empty() &&
        (rest[0] != ':' || rest.size() == 1 || !std::all_of(rest.begin() + 1, rest.end(), digit)))
      return "";
    s = s.substr(1, close - 1);
  } else if (std::count(s.begin(), s.end(), ':') == 1) {  // v4:port
    const auto colon = s.find(':');
    const auto port = s.substr(colon + 1);
    if (port.empty() || !std::all_of(port.begin(), port.end(), digit)) return "";
    s = s.substr(0, colon);
  }
  return canonical(s);
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
