// import_responses_csv (paper responses) against the built-in framework. Oracles: an accepted import
// holds only the round's groups and answers that pass validate_for_submit; a refused one names a code
// with the "error." key.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "builtin_framework.hpp"
#include "formats/response_csv.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  static const std::array<std::string, 2> groups{"Direktion", "Ledere"};
  const auto& fw = builtin_framework();
  auto result = forkant::import_responses_csv(s, fw, groups);
  if (!result) {
    FUZZ_CHECK(result.error().key == "error." + result.error().code, "error key does not match its code");
    for (const auto& [k, v] : result.error().params) fuzz_sink(v);
    return 0;
  }
  FUZZ_CHECK(!result->empty(), "accepted import without responses");
  for (const auto& r : *result) {
    FUZZ_CHECK(r.group == groups[0] || r.group == groups[1], "response in an unknown group");
    FUZZ_CHECK(forkant::validate_for_submit(fw, r.answers).ok(), "imported answers do not validate");
  }
  return 0;
}
