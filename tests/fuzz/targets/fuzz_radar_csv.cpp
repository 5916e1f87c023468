// read_byor_csv (a radar in Build Your Own Radar's CSV). Oracles: a refusal names a code with its
// "error." key; an accepted radar has four named quadrants, every blip in one of them with a valid
// name, and writing it and reading it back gives the same radar (the round trip).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "domain/radar/radar.hpp"
#include "formats/byor_csv.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  auto result = forkant::read_byor_csv(s);
  if (!result) {
    FUZZ_CHECK(result.error().key == "error." + result.error().code, "error key does not match its code");
    for (const auto& [k, v] : result.error().params) fuzz_sink(v);
    return 0;
  }
  const forkant::ByorRadar& radar = *result;
  FUZZ_CHECK(!radar.blips.empty(), "accepted radar without blips");
  for (const auto& q : radar.quadrants) FUZZ_CHECK(!q.empty(), "a quadrant without a name");
  for (const auto& b : radar.blips) {
    FUZZ_CHECK(b.quadrant >= 0 && b.quadrant < forkant::kQuadrantCount, "blip outside the quadrants");
    forkant::RadarEntryDraft e;
    e.name = b.name;
    e.quadrant = b.quadrant;
    e.ring = forkant::Ring::assess;
    e.description = b.description;
    FUZZ_CHECK(forkant::validate_entry(e).ok(), "an accepted blip does not validate as an entry");
  }
  // The round trip: what forkant writes, it reads back as the same radar (blips in quadrant order).
  forkant::ByorRadar ordered = radar;
  std::stable_sort(ordered.blips.begin(), ordered.blips.end(),
                   [](const auto& a, const auto& b) { return a.quadrant < b.quadrant; });
  for (auto& b : ordered.blips) b.movement = b.movement.value_or(forkant::Movement::no_change);
  auto again = forkant::read_byor_csv(forkant::write_byor_csv(ordered));
  FUZZ_CHECK(again.ok(), "forkant's own export is refused");
  for (auto& b : again->blips) b.movement = b.movement.value_or(forkant::Movement::no_change);
  FUZZ_CHECK(*again == ordered, "export and import do not give the same radar");
  return 0;
}
