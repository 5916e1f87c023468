// read_screening_toml, read_findings_toml and read_routing_toml (frameworks/impact/*.toml). Oracles: a
// refusal names a line inside the file and a catalogue key of its code; a routing table that was read
// reads back equal from what write_routing_toml makes of it.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "formats/screening_toml.hpp"
#include "fuzz_check.hpp"

namespace {

void check_refusal(const forkant::Error& e, int lines) {
  FUZZ_CHECK(e.key == "error.impact_file." + e.code, "refusal key does not name its code");
  const auto line = e.params.find("line");
  FUZZ_CHECK(line != e.params.end(), "refusal without a line");
  const int n = std::stoi(line->second);
  FUZZ_CHECK(n >= 1 && n <= lines + 1, "refusal line outside the file");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  const int lines = static_cast<int>(std::count(s.begin(), s.end(), '\n')) + 1;
  if (auto screening = forkant::read_screening_toml(s); !screening) {
    check_refusal(screening.error(), lines);
  } else {
    FUZZ_CHECK(!screening->questionnaire.pages.empty(), "valid screening without pages");
  }
  if (auto findings = forkant::read_findings_toml(s); !findings) check_refusal(findings.error(), lines);
  if (auto table = forkant::read_routing_toml(s); !table) {
    check_refusal(table.error(), lines);
  } else {
    auto again = forkant::read_routing_toml(forkant::write_routing_toml(*table));
    FUZZ_CHECK(again.ok() && *again == *table, "routing table does not survive writing and reading");
  }
  return 0;
}
