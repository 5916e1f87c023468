#pragma once
// The address of the person behind a request, for the sign-in throttle. X-Forwarded-For is believed only
// when the TCP peer is one of the proxies the operator named (`forkant serve --trusted-proxy`): then the
// right-most address in the chain that is not itself a trusted proxy is the client (every proxy appends
// the address it saw, so only entries right of the first untrusted one were written by our proxies).
// Otherwise, or when the header holds something that is not an address, the peer address (or the last
// trusted hop) is used: a client cannot choose its own address by sending the header.

#include <string>
#include <string_view>
#include <vector>

namespace forkant::web {

// `forwarded_for`: the values of every X-Forwarded-For header, in the order received.
std::string client_address(std::string_view peer, const std::vector<std::string_view>& forwarded_for,
                           const std::vector<std::string>& trusted_proxies);

// An IP address as written by people and proxies, made comparable: lower case, brackets and a port
// removed, an IPv4-mapped IPv6 address ("::ffff:10.0.0.1") written as IPv4. "" when it is not an address.
std::string normalise_address(std::string_view text);

}  // namespace forkant::web
