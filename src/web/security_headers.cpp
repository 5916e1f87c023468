#include "web/security_headers.hpp"

namespace forkant::web {

void add_security_headers(Response& res, bool transport_security) {
  if (transport_security) res.set_header("Strict-Transport-Security", kStrictTransportSecurity);
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                 "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("X-Frame-Options", "DENY");
  // Respondent links carry their secret in the path: never send it to another site. (Not "no-referrer":
  // with it browsers send "Origin: null" on same-site form posts, which the CSRF check must refuse.)
  res.set_header("Referrer-Policy", "same-origin");
  res.set_header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  res.set_header("Cross-Origin-Opener-Policy", "same-origin");
  if (!res.has_header("Cache-Control")) res.set_header("Cache-Control", "no-store");
}

}  // namespace forkant::web
