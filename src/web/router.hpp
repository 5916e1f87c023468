#pragma once
// The route table: method + path pattern ("/orgs/{org_id}/members") -> handler, with the access each
// route requires declared next to it. routes.cpp is the sitemap: every URL forkant answers is there.

#include <functional>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "web/http.hpp"

namespace forkant::web {

struct Context;

enum class Access {
  anyone,     // login page, health checks, respondents (their link is their key)
  signed_in,  // a session or an API token; organisation roles are checked by the handler via authorize()
};

struct Route {
  std::string method;
  std::string pattern;
  Access access = Access::signed_in;
  std::function<Response(Context&)> handler;
  // Respondent links carry a secret token that already proves intent; everything else checks CSRF.
  bool csrf_exempt = false;
  // Prints a report (PDF, XLSX): the server runs it on its report lane, so that a board printing reports
  // never holds up the workers that answer pages (web/server/http_server.hpp).
  bool report = false;
};

// The route, marked as printing a report.
inline Route report(Route route) {
  route.report = true;
  return route;
}

struct RouteMatch {
  const Route* route = nullptr;
  std::map<std::string, std::string> params;
};
enum class RouteMiss { not_found, method_not_allowed, bad_path };

class Router {
 public:
  void add(Route route);
  std::variant<RouteMatch, RouteMiss> match(std::string_view method, std::string_view path) const;
  // The first route whose pattern matches `path`, whatever its method (what a 405 logs); null if none.
  const Route* route_for_path(std::string_view path) const;
  // Whether `method` `path` is a route that prints a report.
  bool prints_report(std::string_view method, std::string_view path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace forkant::web
