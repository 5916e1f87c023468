// Which routes the CSRF check covers (OWASP ASVS 4.2.2, 13.2.3), read from the router's own table: every
// route that changes state (any method but GET and HEAD) is checked by App::dispatch unless it is marked
// csrf_exempt, and only the respondent links may be: their secret token in the path is the credential, no
// cookie is involved. A new route marked exempt, or a new kind of state-changing GET, fails here.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "web/app.hpp"
#include "web/router.hpp"

namespace forkant::web {
namespace {

TEST(CsrfRoutes, OnlyTheRespondentLinksAreExemptAndTheyAreAnonymousLinksWithTheirToken) {
  Router r;
  register_routes(r);
  const std::set<std::string> respondent_links{"POST /r/{token}/q/{n}", "POST /r/{token}/submit",
                                               "GET /api/v1/responses/{token}",
                                               "PUT /api/v1/responses/{token}"};
  std::set<std::string> exempt;
  int unsafe = 0;
  for (const auto& route : r.routes()) {
    const std::string name = route.method + " " + route.pattern;
    if (route.method != "GET" && route.method != "HEAD") ++unsafe;
    if (!route.csrf_exempt) continue;
    exempt.insert(name);
    EXPECT_EQ(route.access, Access::anyone) << name << ": a signed-in route must check CSRF";
    EXPECT_NE(route.pattern.find("{token}"), std::string::npos) << name << ": no token in its path";
  }
  EXPECT_EQ(exempt, respondent_links);
  EXPECT_GT(unsafe, 100) << "the state-changing routes the check covers";
}

}  // namespace
}  // namespace forkant::web
