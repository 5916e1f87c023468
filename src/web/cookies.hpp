#pragma once
// The cookies forkant sets. All are HttpOnly and SameSite=Lax; over TLS they are Secure and the session
// cookie takes the __Host- prefix (no Domain, Path=/), so a sibling subdomain cannot plant one.

#include <cstdint>
#include <string>

namespace forkant::web {

inline constexpr const char* kPreSessionCookie = "forkant_csrf";
inline constexpr const char* kLanguageCookie = "forkant_lang";

std::string session_cookie_name(bool secure);
// A Set-Cookie value; max_age < 0: a browser-session cookie, 0: delete.
std::string set_cookie(const std::string& name, const std::string& value, bool secure,
                       std::int64_t max_age = -1);

}  // namespace forkant::web
