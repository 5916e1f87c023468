#include "domain/accounts/own_sessions.hpp"

#include <array>
#include <utility>

#include "domain/hex.hpp"

namespace forkant {
namespace {

bool has(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

// The first family whose marker appears. Order matters: Edge and Opera also say "Chrome", Chrome also
// says "Safari", and iPhones also say "Mac OS X".
std::string_view first_match(std::string_view ua, const auto& families) {
  for (const auto& [marker, name] : families)
    if (has(ua, marker)) return name;
  return {};
}

constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kBrowsers{{
    {"Edg/", "Edge"},
    {"EdgA/", "Edge"},
    {"OPR/", "Opera"},
    {"SamsungBrowser/", "Samsung Internet"},
    {"Firefox/", "Firefox"},
    {"FxiOS/", "Firefox"},
    {"CriOS/", "Chrome"},
    {"Chrome/", "Chrome"},
    {"Safari/", "Safari"},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kSystems{{
    {"Windows", "Windows"},
    {"iPhone", "iOS"},
    {"iPad", "iPadOS"},
    {"Android", "Android"},
    {"CrOS", "ChromeOS"},
    {"Macintosh", "macOS"},
    {"Linux", "Linux"},
}};

}  // namespace

std::string device_label(std::string_view user_agent) {
  // Headless Chrome names itself "HeadlessChrome/": still Chrome.
  const std::string_view browser = first_match(user_agent, kBrowsers);
  const std::string_view system = first_match(user_agent, kSystems);
  std::string out(browser);
  if (!browser.empty() && !system.empty()) out += " · ";
  out += system;
  return out;
}

std::string session_ref(std::string_view id_hash) {
  return hex_lower(id_hash.substr(0, 8));
}

}  // namespace forkant
