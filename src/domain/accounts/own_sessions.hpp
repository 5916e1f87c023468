#pragma once
// A person's own sign-in sessions, as the session list shows them (ASVS 3.3.4, docs/sign-in.md): which
// device each is, how it is named in a form, and when ending one needs the password again.

#include <cstdint>
#include <string>
#include <string_view>

namespace forkant {

// "Firefox · Windows" from a User-Agent header: only the browser's and the system's family, never the
// whole header (versions and build strings would make the device easier to single out than the list
// needs). "" when neither is recognised.
std::string device_label(std::string_view user_agent);

// How a session is named in the list and its forms: the first 8 bytes of its stored hash, in hex. The
// hash opens nothing (the cookie's token does), and 64 bits tell one person's sessions apart.
std::string session_ref(std::string_view id_hash);

// Ending a session needs the credentials again (ASVS 3.3.4), unless this session signed in a moment ago:
// whoever signed in through their organisation has no password here, and has just shown who they are.
inline constexpr std::int64_t kRecentSignInSeconds = 10 * 60;

inline bool signed_in_recently(std::int64_t created_at, std::int64_t now) {
  return now - created_at < kRecentSignInSeconds;
}

}  // namespace forkant
