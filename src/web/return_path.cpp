#include "web/return_path.hpp"

namespace forkant::web {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string safe_return_path(std::string_view candidate) {
  std::string fallback = "/";  // not const: each return moves it
  // 1. What the browser strips at both ends: C0 controls and space.
  std::size_t begin = 0, end = candidate.size();
  while (begin < end && static_cast<unsigned char>(candidate[begin]) <= 0x20) ++begin;
  while (end > begin && static_cast<unsigned char>(candidate[end - 1]) <= 0x20) --end;
  // 2. What it removes anywhere (tab, LF, CR), and 3. backslash read as slash.
  std::string path;
  for (std::size_t i = begin; i < end; ++i) {
    const char c = candidate[i];
    if (c == '\t' || c == '\n' || c == '\r') continue;
    path += c == '\\' ? '/' : c;
  }
  // A path on this origin: one slash, then not another (that would name a host).
  if (path.empty() || path[0] != '/' || (path.size() > 1 && path[1] == '/')) return fallback;
  for (std::size_t i = 0; i < path.size(); ++i) {
    const auto c = static_cast<unsigned char>(path[i]);
    if (c <= 0x20 || c >= 0x7f) return fallback;  // controls, space, DEL, non-ASCII
    if (c == '%') {
      const int hi = i + 2 < path.size() ? hex_value(path[i + 1]) : -1;
      const int lo = hi >= 0 ? hex_value(path[i + 2]) : -1;
      if (lo < 0) return fallback;  // a lone '%' is not a valid escape
      const int v = hi * 16 + lo;
      if (v < 0x20 || v == 0x7f || v == '/' || v == '\\' || v == '%') return fallback;
    }
  }
  return path;
}

}  // namespace forkant::web
