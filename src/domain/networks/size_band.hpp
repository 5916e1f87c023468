#pragma once
// An organisation's size band by inhabitants (issue 15): what a network's peer benchmark filters by and
// what an anonymously shared item says instead of a name ("a municipality of 40,000–60,000
// inhabitants"). Bands, not numbers, so that a label names dozens of organisations rather than one. The
// bounds follow the spread of Danish municipalities (median about 43,000 inhabitants).

#include <cstdint>
#include <optional>
#include <string_view>

namespace forkant {

enum class SizeBand { unknown, under_20k, from_20k_to_40k, from_40k_to_60k, from_60k_to_100k, from_100k };

// The band of a number of inhabitants; unknown when the organisation has not stated it. A lower bound
// belongs to its band: 40,000 is in 40,000–60,000.
SizeBand size_band(std::optional<std::int64_t> inhabitants);

// The stable key of a band, stored and used in URLs: "unknown", "under_20000", "20000_40000",
// "40000_60000", "60000_100000", "100000_plus".
std::string_view size_band_key(SizeBand band);
std::optional<SizeBand> parse_size_band(std::string_view key);

// The band's bounds in inhabitants: [lower, upper); upper is nullopt for the open top band, both are
// nullopt for unknown. For labels, formatted in the reader's language by the caller.
struct SizeBandBounds {
  std::optional<std::int64_t> lower;
  std::optional<std::int64_t> upper;
};
SizeBandBounds size_band_bounds(SizeBand band);

// Every band from the smallest to the largest, unknown last.
inline constexpr SizeBand kSizeBands[] = {SizeBand::under_20k,       SizeBand::from_20k_to_40k,
                                          SizeBand::from_40k_to_60k, SizeBand::from_60k_to_100k,
                                          SizeBand::from_100k,       SizeBand::unknown};

}  // namespace forkant
