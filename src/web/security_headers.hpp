#pragma once
// The security headers every response carries (OWASP ASVS 14.4): a strict Content-Security-Policy,
// nosniff, no framing, a same-origin Referrer-Policy, and no-store unless the response chose its own
// caching. The application adds them to what it answers, and the server adds them again to everything it
// writes, so that answers the application never sees (431, a garbled request, the last-resort 500) carry
// them too. Adding them twice changes nothing.

#include "web/http.hpp"

namespace forkant::web {

// `transport_security`: TLS is in front (forkant serve --secure-cookies), so browsers are told to use
// HTTPS only for a year, subdomains included (ASVS 14.4.5); never over plain HTTP, where it would lock
// people out of an installation that has no TLS.
void add_security_headers(Response& res, bool transport_security = false);

inline constexpr const char* kStrictTransportSecurity = "max-age=31536000; includeSubDomains";

}  // namespace forkant::web
