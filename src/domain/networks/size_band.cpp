#include "domain/networks/size_band.hpp"

namespace forkant {

SizeBand size_band(std::optional<std::int64_t> inhabitants) {
  if (!inhabitants || *inhabitants < 0) return SizeBand::unknown;
  const std::int64_t n = *inhabitants;
  if (n < 20'000) return SizeBand::under_20k;
  if (n < 40'000) return SizeBand::from_20k_to_40k;
  if (n < 60'000) return SizeBand::from_40k_to_60k;
  if (n < 100'000) return SizeBand::from_60k_to_100k;
  return SizeBand::from_100k;
}

std::string_view size_band_key(SizeBand band) {
  switch (band) {
    case SizeBand::under_20k:
      return "under_20000";
    case SizeBand::from_20k_to_40k:
      return "20000_40000";
    case SizeBand::from_40k_to_60k:
      return "40000_60000";
    case SizeBand::from_60k_to_100k:
      return "60000_100000";
    case SizeBand::from_100k:
      return "100000_plus";
    case SizeBand::unknown:
      return "unknown";
  }
  return "unknown";
}

std::optional<SizeBand> parse_size_band(std::string_view key) {
  for (SizeBand band : kSizeBands) {
    if (size_band_key(band) == key) return band;
  }
  return std::nullopt;
}

SizeBandBounds size_band_bounds(SizeBand band) {
  switch (band) {
    case SizeBand::under_20k:
      return {0, 20'000};
    case SizeBand::from_20k_to_40k:
      return {20'000, 40'000};
    case SizeBand::from_40k_to_60k:
      return {40'000, 60'000};
    case SizeBand::from_60k_to_100k:
      return {60'000, 100'000};
    case SizeBand::from_100k:
      return {100'000, std::nullopt};
    case SizeBand::unknown:
      return {};
  }
  return {};
}

}  // namespace forkant
