#include "domain/networks/size_band.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

TEST(SizeBand, LowerBoundsBelongToTheirBand) {
  EXPECT_EQ(size_band(std::nullopt), SizeBand::unknown);
  EXPECT_EQ(size_band(-1), SizeBand::unknown);
  EXPECT_EQ(size_band(0), SizeBand::under_20k);
  EXPECT_EQ(size_band(19'999), SizeBand::under_20k);
  EXPECT_EQ(size_band(20'000), SizeBand::from_20k_to_40k);
  EXPECT_EQ(size_band(39'999), SizeBand::from_20k_to_40k);
  EXPECT_EQ(size_band(40'000), SizeBand::from_40k_to_60k);
  EXPECT_EQ(size_band(59'999), SizeBand::from_40k_to_60k);
  EXPECT_EQ(size_band(60'000), SizeBand::from_60k_to_100k);
  EXPECT_EQ(size_band(100'000), SizeBand::from_100k);
  EXPECT_EQ(size_band(650'000), SizeBand::from_100k);
}

TEST(SizeBand, KeysRoundTripAndBoundsAgreeWithTheBands) {
  for (SizeBand band : kSizeBands) {
    EXPECT_EQ(parse_size_band(size_band_key(band)), band);
    const SizeBandBounds b = size_band_bounds(band);
    if (band == SizeBand::unknown) {
      EXPECT_FALSE(b.lower.has_value());
      continue;
    }
    ASSERT_TRUE(b.lower.has_value());
    EXPECT_EQ(size_band(*b.lower), band);
    if (b.upper) {
      EXPECT_NE(size_band(*b.upper), band);
    }
  }
  EXPECT_EQ(parse_size_band("40000-60000"), std::nullopt);
}

}  // namespace
}  // namespace forkant
