// The router: literal and parameter segments, 404 vs 405, percent-decoding of parameters, and paths that
// must not match at all.
#include "web/router.hpp"

#include <gtest/gtest.h>

#include "web/app.hpp"
#include "web/context.hpp"

namespace forkant::web {
namespace {

Response named(std::string name) {
  Response r;
  r.body = std::move(name);
  return r;
}

Router sample() {
  Router r;
  r.add({"GET", "/orgs/{org_id}", Access::signed_in, [](Context&) { return named("org"); }});
  r.add({"GET", "/orgs/{org_id}/members", Access::signed_in, [](Context&) { return named("members"); }});
  r.add({"POST", "/orgs/{org_id}/members", Access::signed_in, [](Context&) { return named("invite"); }});
  r.add({"GET", "/orgs/new", Access::signed_in, [](Context&) { return named("new"); }});
  r.add({"GET", "/", Access::anyone, [](Context&) { return named("home"); }});
  r.add({"GET", "/join/{token}", Access::anyone, [](Context&) { return named("join"); }});
  return r;
}

const RouteMatch& hit(const std::variant<RouteMatch, RouteMiss>& v) {
  EXPECT_TRUE(std::holds_alternative<RouteMatch>(v));
  static const RouteMatch none;
  return std::holds_alternative<RouteMatch>(v) ? std::get<RouteMatch>(v) : none;
}

TEST(Router, MatchesParametersAndHandsThemOver) {
  const Router r = sample();
  const auto m = r.match("GET", "/orgs/42/members");
  ASSERT_TRUE(std::holds_alternative<RouteMatch>(m));
  EXPECT_EQ(std::get<RouteMatch>(m).route->pattern, "/orgs/{org_id}/members");
  EXPECT_EQ(std::get<RouteMatch>(m).params.at("org_id"), "42");
  EXPECT_EQ(hit(r.match("GET", "/")).route->pattern, "/");
}

TEST(Router, TheFirstRegisteredRouteWinsSoOrderIsTheTieBreaker) {
  const Router r = sample();
  EXPECT_EQ(hit(r.match("GET", "/orgs/new")).route->pattern, "/orgs/{org_id}");
}

TEST(Router, SelectsTheRouteByMethod) {
  const Router r = sample();
  EXPECT_EQ(hit(r.match("POST", "/orgs/1/members")).route->method, "POST");
  EXPECT_EQ(hit(r.match("GET", "/orgs/1/members")).route->method, "GET");
}

TEST(Router, HeadIsAnsweredByTheGetRoute) {
  const Router r = sample();
  EXPECT_EQ(hit(r.match("HEAD", "/orgs/1")).route->method, "GET");
}

TEST(Router, AKnownPathWithAnotherMethodIs405AndAnUnknownPathIs404) {
  const Router r = sample();
  EXPECT_EQ(std::get<RouteMiss>(r.match("DELETE", "/orgs/1/members")), RouteMiss::method_not_allowed);
  EXPECT_EQ(std::get<RouteMiss>(r.match("POST", "/orgs/1")), RouteMiss::method_not_allowed);
  EXPECT_EQ(std::get<RouteMiss>(r.match("GET", "/orgs/1/secrets")), RouteMiss::not_found);
  EXPECT_EQ(std::get<RouteMiss>(r.match("GET", "/orgs/1/members/")), RouteMiss::not_found)
      << "trailing slash";
  EXPECT_EQ(std::get<RouteMiss>(r.match("GET", "/orgs")), RouteMiss::not_found);
  EXPECT_EQ(std::get<RouteMiss>(r.match("GET", "orgs/1")), RouteMiss::bad_path);
  EXPECT_EQ(std::get<RouteMiss>(r.match("GET", "")), RouteMiss::bad_path);
}

TEST(Router, PercentEncodedParametersAreDecodedButLiteralSegmentsAreNot) {
  const Router r = sample();
  EXPECT_EQ(hit(r.match("GET", "/join/abc%2Ddef")).params.at("token"), "abc-def");
  EXPECT_EQ(hit(r.match("GET", "/orgs/%34%32")).params.at("org_id"), "42");
  EXPECT_EQ(std::get<RouteMiss>(r.match("GET", "/orgs/1/%6Dembers")), RouteMiss::not_found);
}

TEST(Router, ASlashSmuggledAsPercent2FIntoAParameterIsRefused) {
  const Router r = sample();
  EXPECT_TRUE(std::holds_alternative<RouteMiss>(r.match("GET", "/orgs/1%2Fmembers")));
  EXPECT_TRUE(std::holds_alternative<RouteMiss>(r.match("GET", "/join/..%2F..%2Fetc")));
}

TEST(Router, EmptyBrokenOrNonUtf8ParametersDoNotMatch) {
  const Router r = sample();
  for (const char* path : {"/orgs//members", "/orgs/%zz", "/orgs/%FF", "/join/", "/join/%00"}) {
    EXPECT_TRUE(std::holds_alternative<RouteMiss>(r.match("GET", path))) << path;
  }
}

TEST(Router, EveryRouteOfForkantHasAHandlerAndAUniqueMethodAndPattern) {
  Router r;
  register_routes(r);
  ASSERT_FALSE(r.routes().empty());
  std::set<std::string> seen;
  for (const auto& route : r.routes()) {
    EXPECT_TRUE(static_cast<bool>(route.handler)) << route.pattern;
    EXPECT_TRUE(route.pattern.starts_with("/")) << route.pattern;
    EXPECT_TRUE(seen.insert(route.method + " " + route.pattern).second) << "twice: " << route.pattern;
  }
}

TEST(Router, OnlyLoginHealthJoinAndPublicDocumentsAreOpenToAnonymousVisitors) {
  // A new route is signed-in unless someone decides otherwise here, on purpose (OWASP ASVS 1.4.4).
  Router r;
  register_routes(r);
  const std::set<std::string> open{
      "GET /healthz", "GET /readyz", "GET /", "GET /login", "POST /login", "POST /language",
      "GET /join/{token}", "POST /join/{token}", "GET /api/v1/openapi.json",
      // The opt-in public page of decisions and its feed (issue 11).
      "GET /p/{organisation}", "GET /p/{organisation}/feed.atom",
      // Issue 16: single sign-on's discovery, start and callback; asking for a
      // password reset; the second step of a password sign-in (its cookie is
      // the key).
      "POST /sso", "GET /sso/{org_id}", "GET /sso/callback", "GET /password/forgot", "POST /password/forgot",
      "GET /login/two-factor", "POST /login/two-factor"};
  for (const auto& route : r.routes()) {
    const std::string key = route.method + " " + route.pattern;
    if (route.access != Access::anyone) continue;
    // Respondents' links (their token is their key) are added by the assessment area.
    if (route.pattern.find("{token}") != std::string::npos) continue;
    EXPECT_TRUE(open.count(key)) << key << " is open to anyone: add it here if that is intended";
  }
}

// "{version}.pdf": a parameter with a literal suffix; the segment must end with it and keep a value.
TEST(Router, ParameterWithSuffixMatchesOnlySegmentsEndingWithIt) {
  Router r;
  r.add({"GET", "/v/{n}.pdf", Access::signed_in, [](Context&) { return named("pdf"); }});
  r.add({"GET", "/v/{n}", Access::signed_in, [](Context&) { return named("page"); }});
  const auto pdf_match = r.match("GET", "/v/3.pdf");
  const auto& pdf = hit(pdf_match);
  ASSERT_NE(pdf.route, nullptr);
  EXPECT_EQ(pdf.route->pattern, "/v/{n}.pdf");
  EXPECT_EQ(pdf.params.at("n"), "3");
  const auto page_match = r.match("GET", "/v/3");
  const auto& page = hit(page_match);
  ASSERT_NE(page.route, nullptr);
  EXPECT_EQ(page.route->pattern, "/v/{n}");
  EXPECT_EQ(page.params.at("n"), "3");
  // ".pdf" alone leaves no value: not the PDF route (the page route takes it as its value).
  const auto bare_match = r.match("GET", "/v/.pdf");
  const auto& bare = hit(bare_match);
  ASSERT_NE(bare.route, nullptr);
  EXPECT_EQ(bare.route->pattern, "/v/{n}");
  Router only_pdf;
  only_pdf.add({"GET", "/v/{n}.pdf", Access::signed_in, [](Context&) { return named("pdf"); }});
  EXPECT_EQ(std::get<RouteMiss>(only_pdf.match("GET", "/v/3.xlsx")), RouteMiss::not_found);
}

// Every route that prints a PDF or a workbook runs on the server's report lane, and no page does.
TEST(Router, EveryReportRouteIsMarkedForTheReportLaneAndNoPageIs) {
  Router r;
  register_routes(r);
  for (const auto& route : r.routes()) {
    const bool prints = route.pattern.ends_with(".pdf") || route.pattern.ends_with(".xlsx");
    EXPECT_EQ(route.report, prints) << route.pattern;
  }
  EXPECT_TRUE(r.prints_report("GET", "/rounds/7/report.pdf"));
  EXPECT_TRUE(r.prints_report("GET", "/api/v1/rounds/7/report.xlsx"));
  EXPECT_TRUE(r.prints_report("GET", "/orgs/1/meetings/2/held/3/minutes.pdf"));
  EXPECT_TRUE(r.prints_report("GET", "/orgs/1/briefing/versions/2.pdf"));
  EXPECT_FALSE(r.prints_report("GET", "/rounds/7/results"));
  EXPECT_FALSE(r.prints_report("GET", "/orgs/1/briefing"));
  EXPECT_FALSE(r.prints_report("GET", "/orgs/1/briefing/versions/2"));  // the page of the same version
  EXPECT_FALSE(r.prints_report("POST", "/rounds/7/report.pdf"));
  EXPECT_FALSE(r.prints_report("GET", "/no/such/page"));
}

}  // namespace
}  // namespace forkant::web
