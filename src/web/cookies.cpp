#include "web/cookies.hpp"

namespace forkant::web {

std::string session_cookie_name(bool secure) {
  return secure ? "__Host-forkant_session" : "forkant_session";
}

std::string set_cookie(const std::string& name, const std::string& value, bool secure, std::int64_t max_age) {
  std::string c = name + "=" + value + "; Path=/; HttpOnly; SameSite=Lax";
  if (secure) c += "; Secure";
  if (max_age >= 0) c += "; Max-Age=" + std::to_string(max_age);
  return c;
}

}  // namespace forkant::web
