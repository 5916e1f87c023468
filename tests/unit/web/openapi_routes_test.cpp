// docs/openapi.json and the route table describe the same API: every /api/ route is documented with its
// method, and every documented operation is a route. (The integration test OpenApi.* then proves each one
// answers over HTTP.)
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "web/app.hpp"
#include "web/router.hpp"

namespace forkant::web {
namespace {

nlohmann::json document() {
  std::ifstream in(std::string(FORKANT_SOURCE_DIR) + "/docs/openapi.json");
  std::ostringstream s;
  s << in.rdbuf();
  return nlohmann::json::parse(s.str(), nullptr, false);
}

std::set<std::string> documented() {
  std::set<std::string> out;
  const auto doc = document();
  if (!doc.is_object() || !doc.contains("paths")) return out;
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const char* m : {"get", "post", "put", "patch", "delete"}) {
      if (!item.contains(m)) continue;
      std::string upper = m;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      out.insert(upper + " " + path);
    }
  }
  return out;
}

std::set<std::string> routed() {
  Router r;
  register_routes(r);
  std::set<std::string> out;
  for (const auto& route : r.routes()) {
    if (route.pattern.starts_with("/api/")) out.insert(route.method + " " + route.pattern);
  }
  return out;
}

TEST(OpenApiDocument, ParsesAsJson) {
  const auto doc = document();
  ASSERT_FALSE(doc.is_discarded());
  EXPECT_TRUE(doc.contains("paths"));
}

TEST(OpenApiDocument, DocumentsEveryApiRoute) {
  const auto docs = documented();
  for (const auto& r : routed()) EXPECT_TRUE(docs.count(r)) << r << " is served but not in docs/openapi.json";
}

TEST(OpenApiDocument, DocumentsNoOperationThatIsNotARoute) {
  const auto routes = routed();
  for (const auto& d : documented()) EXPECT_TRUE(routes.count(d)) << d << " is documented but not routed";
}

}  // namespace
}  // namespace forkant::web
