// Router::match over forkant's own route table (read from src/web/routes.cpp at start-up, so that a new
// route is fuzzed without touching this file) with the request line's method and path as the input:
// "METHOD path". Oracles: a match names a route of that method (or GET for HEAD) whose literal segments
// equal the path's; every parameter is non-empty valid UTF-8 without '/' or NUL; route_for_path agrees
// that the path is known; a path not starting with '/' never matches.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <variant>

#include "domain/utf8.hpp"
#include "fuzz_check.hpp"
#include "web/router.hpp"

namespace {

forkant::web::Router& router() {
  static forkant::web::Router r = [] {
    forkant::web::Router built;
    std::ifstream in(FORKANT_ROUTES_FILE);
    std::stringstream text;
    text << in.rdbuf();
    const std::string s = text.str();
    static const std::regex route(R"re(\{"(GET|POST|PUT|PATCH|DELETE)",\s*"([^"]+)")re");
    for (std::sregex_iterator it(s.begin(), s.end(), route), end; it != end; ++it) {
      built.add({(*it)[1].str(), (*it)[2].str(), forkant::web::Access::anyone,
                 [](forkant::web::Context&) { return forkant::web::Response{}; }});
    }
    FUZZ_CHECK(built.routes().size() > 100, "routes.cpp was not read");
    return built;
  }();
  return r;
}

std::size_t segments(std::string_view path) {
  std::size_t n = 0;
  for (char c : path) n += c == '/';
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  const auto space = s.find(' ');
  const std::string_view method =
      space == std::string_view::npos ? std::string_view("GET") : s.substr(0, space);
  const std::string_view path = space == std::string_view::npos ? s : s.substr(space + 1);

  const auto found = router().match(method, path);
  const auto* hit = std::get_if<forkant::web::RouteMatch>(&found);
  if (path.empty() || path.front() != '/') {
    FUZZ_CHECK(!hit && std::get<forkant::web::RouteMiss>(found) == forkant::web::RouteMiss::bad_path,
               "a path without a leading '/' matched");
    return 0;
  }
  if (!hit) {
    const bool known = router().route_for_path(path) != nullptr;
    const bool wrong_method =
        std::get<forkant::web::RouteMiss>(found) == forkant::web::RouteMiss::method_not_allowed;
    FUZZ_CHECK(known == wrong_method, "405 and route_for_path disagree");
    return 0;
  }
  const auto& route = *hit->route;
  FUZZ_CHECK(route.method == method || (method == "HEAD" && route.method == "GET"), "matched another method");
  FUZZ_CHECK(segments(route.pattern) == segments(path), "matched a pattern of another depth");
  FUZZ_CHECK(router().route_for_path(path) != nullptr, "a matched path is unknown to route_for_path");
  for (const auto& [name, value] : hit->params) {
    FUZZ_CHECK(route.pattern.find("{" + name + "}") != std::string::npos, "a parameter the pattern lacks");
    FUZZ_CHECK(!value.empty(), "an empty parameter");
    FUZZ_CHECK(forkant::is_valid_utf8(value), "a parameter that is not valid UTF-8");
    FUZZ_CHECK(value.find('/') == std::string::npos, "a '/' inside a parameter");
    FUZZ_CHECK(value.find('\0') == std::string::npos, "a NUL inside a parameter");
    fuzz_sink(value);
  }
  return 0;
}
