// parse_framework (framework files, TOML). Oracles: exactly one of framework/problems is set; problems
// are sorted by line and point inside the file; a valid framework's ids all resolve to themselves.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "formats/framework_toml.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  const auto parsed = forkant::parse_framework(s, "fuzz.toml");
  const int lines = static_cast<int>(std::count(s.begin(), s.end(), '\n')) + 1;
  if (!parsed.ok()) {
    FUZZ_CHECK(!parsed.problems.empty(), "invalid framework without a problem");
    int last = 1;
    for (const auto& p : parsed.problems) {
      FUZZ_CHECK(p.line >= last, "problems not in line order");
      FUZZ_CHECK(p.line <= lines + 1, "problem line past the end of the file");
      FUZZ_CHECK(!p.reason.empty(), "problem without a reason");
      last = p.line;
      fuzz_sink(forkant::format_problem("fuzz.toml", p));
    }
    return 0;
  }
  FUZZ_CHECK(parsed.problems.empty(), "valid framework with problems");
  const forkant::Framework& fw = *parsed.framework;
  FUZZ_CHECK(!fw.id.empty() && !fw.dimensions.empty(), "valid framework without id or dimensions");
  for (const auto& d : fw.dimensions) {
    FUZZ_CHECK(fw.find_dimension(d.id) == &d, "dimension id does not resolve to itself");
    for (const auto& item : d.items) {
      FUZZ_CHECK(fw.find_item(item.id) == &item, "item id does not resolve to itself");
      FUZZ_CHECK(fw.dimension_of_item(item.id) == &d, "item resolves to another dimension");
      fuzz_sink(item.text.get("da"));
    }
  }
  for (const auto& p : fw.purposes) FUZZ_CHECK(fw.find_purpose(p.id) == &p, "purpose id does not resolve");
  return 0;
}
