// parse_json_object and FieldReader: an API request body as the handlers read it. The first input byte
// chooses the content type; the rest is the body. Oracles: a parsed body is an object of valid UTF-8;
// the FieldReader reads the fields an API handler reads (round creation) and finish() reports unknown
// fields exactly when the object has a key outside that set.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "domain/utf8.hpp"
#include "fuzz_check.hpp"
#include "web/api/json_body.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* types[] = {"application/json", "application/json; charset=utf-8", "text/plain",
                                "application/x-www-form-urlencoded"};
  forkant::web::Request req;
  req.method = "POST";
  req.target = req.path = "/api/v1/orgs/1/rounds";
  req.headers.emplace_back("content-type", types[data[0] % 4]);
  req.body.assign(reinterpret_cast<const char*>(data) + 1, size - 1);

  auto parsed = forkant::web::api::parse_json_object(req);
  if (!parsed) {
    FUZZ_CHECK(!parsed.error().code.empty(), "error without a code");
    return 0;
  }
  FUZZ_CHECK(data[0] % 4 < 2, "non-JSON content type accepted");
  FUZZ_CHECK(parsed->is_object(), "accepted body is not an object");
  FUZZ_CHECK(forkant::is_valid_utf8(req.body), "accepted body is not UTF-8");

  forkant::web::api::FieldReader r(*parsed);
  auto title = r.string("title");
  auto framework = r.string("framework", false);
  auto min = r.integer("min_respondents", false);
  auto open = r.boolean("open", false);
  const auto* groups = r.any("groups", false);
  if (title) fuzz_sink(*title);
  if (framework) fuzz_sink(*framework);
  if (min) fuzz_sink(std::to_string(*min));
  if (open) fuzz_sink(*open ? "t" : "f");
  if (groups) fuzz_sink(groups->dump());
  const auto problem = r.finish();

  static const std::set<std::string> known{"title", "framework", "min_respondents", "open", "groups"};
  bool unknown = false;
  for (const auto& [k, v] : parsed->items()) unknown |= !known.count(k);
  const bool title_ok = parsed->contains("title") && (*parsed)["title"].is_string();
  if (unknown && title_ok && !problem) FUZZ_CHECK(false, "an unknown field was not refused");
  if (!title_ok) FUZZ_CHECK(problem.has_value(), "a missing or mistyped required field was not refused");
  return 0;
}
