#include "web/router.hpp"

#include "web/forms.hpp"

namespace forkant::web {
namespace {

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t pos = 1;  // skip the leading '/'
  while (pos <= path.size()) {
    auto end = path.find('/', pos);
    if (end == std::string_view::npos) end = path.size();
    out.push_back(path.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

}  // namespace

void Router::add(Route route) {
  routes_.push_back(std::move(route));
}

std::variant<RouteMatch, RouteMiss> Router::match(std::string_view method, std::string_view path) const {
  if (path.empty() || path.front() != '/') return RouteMiss::bad_path;
  const auto parts = split_path(path);
  bool path_matched = false;
  for (const auto& route : routes_) {
    const auto pattern = split_path(route.pattern);
    if (pattern.size() != parts.size()) continue;
    RouteMatch m{&route, {}};
    bool ok = true;
    for (std::size_t i = 0; i < parts.size() && ok; ++i) {
      const auto& p = pattern[i];
      if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
        auto decoded = decode_path_segment(parts[i]);
        if (!decoded || decoded->empty()) {
          ok = false;
        } else {
          m.params.emplace(std::string(p.substr(1, p.size() - 2)), std::move(*decoded));
        }
      } else {
        ok = p == parts[i];
      }
    }
    if (!ok) continue;
    path_matched = true;
    if (route.method == method || (method == "HEAD" && route.method == "GET")) return m;
  }
  return path_matched ? RouteMiss::method_not_allowed : RouteMiss::not_found;
}

}  // namespace forkant::web
