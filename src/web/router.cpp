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

namespace {

// Whether `route`'s pattern matches the split path; fills `params` with the decoded parameters.
bool path_matches(const Route& route, const std::vector<std::string_view>& parts,
                  std::map<std::string, std::string>& params) {
  const auto pattern = split_path(route.pattern);
  if (pattern.size() != parts.size()) return false;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const auto& p = pattern[i];
    const auto close = p.find('}');
    if (p.size() > 2 && p.front() == '{' && close != std::string_view::npos) {
      // "{version}.pdf": a parameter with a literal suffix, so that a page and its printed form can be
      // two routes (the printed one on the report lane) without the handler parsing the suffix.
      const auto suffix = p.substr(close + 1);
      auto segment = parts[i];
      if (!segment.ends_with(suffix)) return false;
      segment.remove_suffix(suffix.size());
      auto decoded = decode_path_segment(segment);
      if (!decoded || decoded->empty()) return false;
      params.emplace(std::string(p.substr(1, close - 1)), std::move(*decoded));
    } else if (p != parts[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::variant<RouteMatch, RouteMiss> Router::match(std::string_view method, std::string_view path) const {
  if (path.empty() || path.front() != '/') return RouteMiss::bad_path;
  const auto parts = split_path(path);
  bool path_matched = false;
  for (const auto& route : routes_) {
    RouteMatch m{&route, {}};
    if (!path_matches(route, parts, m.params)) continue;
    path_matched = true;
    if (route.method == method || (method == "HEAD" && route.method == "GET")) return m;
  }
  return path_matched ? RouteMiss::method_not_allowed : RouteMiss::not_found;
}

bool Router::prints_report(std::string_view method, std::string_view path) const {
  const auto found = match(method, path);
  const auto* hit = std::get_if<RouteMatch>(&found);
  return hit && hit->route->report;
}

const Route* Router::route_for_path(std::string_view path) const {
  if (path.empty() || path.front() != '/') return nullptr;
  const auto parts = split_path(path);
  for (const auto& route : routes_) {
    std::map<std::string, std::string> params;
    if (path_matches(route, parts, params)) return &route;
  }
  return nullptr;
}

}  // namespace forkant::web
