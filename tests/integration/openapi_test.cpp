// The OpenAPI document matches what is served: it parses, and every documented path answers its
// documented method with something other than 404 or 405. The path list is read from the served
// document, so paths added later are checked without touching this test.
//
// Path parameters are filled in this order: {org_id} with the demo organisation; any other {x} with the
// first "id" listed by a collection: the path up to the parameter, else a documented GET path ending in
// the same segment (".../rounds" for "rounds/{round_id}"); else the parameter's `example`; else "0".
// Whether the router knows the route is read from the access log, which names the matched route pattern
// (unmatched requests log their raw path). So a route is proven to exist even when its parameter cannot
// be filled with a real object (a respondent's secret token); when every parameter was filled from a
// listing, the answer must also not be 404.
#include <gtest/gtest.h>

#include <regex>

#include "support/world.hpp"

namespace forkant::test {
namespace {

class OpenApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    auto browser = world->server.browser();
    const auto res = browser.get("/api/v1/openapi.json");
    served_status = res.status;
    content_type = res.header("Content-Type");
    document = res.json();
  }
  static void TearDownTestSuite() { world.reset(); }

  static std::string id_text(const nlohmann::json& v) {
    return v.is_string() ? v.get<std::string>() : v.dump();
  }

  // The first "id" of an object in an array, at the top of a JSON answer or one level down.
  static std::optional<std::string> first_listed_id(const nlohmann::json& j) {
    auto from_array = [](const nlohmann::json& a) -> std::optional<std::string> {
      for (const auto& e : a) {
        if (e.is_object() && e.contains("id")) return id_text(e["id"]);
      }
      return std::nullopt;
    };
    if (j.is_array()) return from_array(j);
    if (j.is_object()) {
      for (const auto& [k, v] : j.items()) {
        if (v.is_array()) {
          if (auto id = from_array(v)) return id;
        }
      }
    }
    return std::nullopt;
  }

  static std::optional<std::string> example_of(const nlohmann::json& path_item, const nlohmann::json& op,
                                               const std::string& name) {
    for (const auto* holder : {&op, &path_item}) {
      if (!holder->contains("parameters")) continue;
      for (const auto& p : (*holder)["parameters"]) {
        if (p.value("name", "") != name) continue;
        if (p.contains("example")) return id_text(p["example"]);
        if (p.contains("schema") && p["schema"].contains("example")) return id_text(p["schema"]["example"]);
      }
    }
    return std::nullopt;
  }

  static std::string with_org(std::string path) {
    const std::string key = "{org_id}";
    for (auto at = path.find(key); at != std::string::npos; at = path.find(key)) {
      path.replace(at, key.size(), std::to_string(world->demo_org));
    }
    return path;
  }

  // An id listed by a collection of the resource named `segment` (e.g. "rounds").
  static std::optional<std::string> listed_id(const std::string& collection, const std::string& segment,
                                              Browser& api) {
    std::vector<std::string> candidates{collection};
    for (const auto& [path, item] : document["paths"].items()) {
      if (item.contains("get") && path.ends_with("/" + segment)) candidates.push_back(with_org(path));
    }
    for (const auto& url : candidates) {
      if (url.find('{') != std::string::npos) continue;
      const auto res = api.get(url);
      if (res.status != 200) continue;
      if (auto id = first_listed_id(res.json())) return id;
    }
    return std::nullopt;
  }

  struct Target {
    std::string url;
    bool all_real = true;  // every parameter was filled with an existing object's id
  };

  static Target concrete(const std::string& path, const nlohmann::json& path_item, const nlohmann::json& op,
                         Browser& api) {
    Target t{path, true};
    static const std::regex parameter(R"(\{([A-Za-z0-9_]+)\})");
    std::smatch m;
    while (std::regex_search(t.url, m, parameter)) {
      const std::string name = m[1];
      const std::string prefix = m.prefix();
      const std::string suffix = m.suffix();
      const std::string collection = prefix.substr(0, prefix.size() - 1);
      const std::string segment = collection.substr(collection.rfind('/') + 1);
      std::optional<std::string> value;
      if (name == "org_id") value = std::to_string(world->demo_org);
      if (!value) value = listed_id(collection, segment, api);
      if (!value) {
        value = example_of(path_item, op, name);
        t.all_real = false;  // an example may name an object the demo data does not have
      }
      if (!value) value = "0";
      t.url = prefix + *value + suffix;
    }
    return t;
  }

  static inline std::unique_ptr<TwoOrganisations> world;
  static inline int served_status = 0;
  static inline std::string content_type;
  static inline nlohmann::json document;
};

TEST_F(OpenApi, TheDocumentIsServedAsJsonInOpenApi3Form) {
  EXPECT_EQ(served_status, 200);
  EXPECT_TRUE(content_type.starts_with("application/json")) << content_type;
  ASSERT_TRUE(document.is_object()) << "the document does not parse as JSON";
  EXPECT_TRUE(document.value("openapi", "").starts_with("3.")) << document.value("openapi", "");
  ASSERT_TRUE(document.contains("paths"));
  EXPECT_GE(document["paths"].size(), 6u);
  for (const auto& [path, item] : document["paths"].items())
    EXPECT_TRUE(path.starts_with("/api/v1/")) << path;
}

TEST_F(OpenApi, EveryDocumentedPathAnswersItsDocumentedMethod) {
  ASSERT_TRUE(document.contains("paths"));
  auto api = world->api(world->owner);
  // Reads first, then writes, deletions last, so a deletion cannot make a later read miss its object.
  for (const std::string& method : std::vector<std::string>{"get", "post", "put", "patch", "delete"}) {
    for (const auto& [path, item] : document["paths"].items()) {
      if (!item.contains(method)) continue;
      const auto target = concrete(path, item, item[method], api);
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      const auto res =
          method == "get" ? api.get(target.url) : api.request(upper, target.url, "{}", "application/json");
      const std::string what = upper + " " + target.url + " (documented as " + path + ")";
      EXPECT_NE(res.status, 0) << what << ": " << res.error;
      EXPECT_NE(res.status, 405) << what;
      EXPECT_LT(res.status, 500) << what << ": " << res.body;
      const std::string logged = R"("method":")" + upper + R"(","path":")" + path + R"(")";
      EXPECT_NE(world->server.log().find(logged), std::string::npos)
          << what << ": no route with this pattern answered (the access log names the matched route)";
      if (target.all_real) {
        EXPECT_NE(res.status, 404) << what << ": " << res.body;
      }
    }
  }
}

}  // namespace
}  // namespace forkant::test
