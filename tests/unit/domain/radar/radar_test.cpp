// The radar's rules (domain/radar/radar.hpp): entries, editions, movement, holds.

#include "domain/radar/radar.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace forkant {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

Date d(int y, unsigned m, unsigned dd) {
  return Date{year{y}, month{m}, day{dd}};
}

RadarEntryDraft entry(std::string name, Ring ring) {
  RadarEntryDraft e;
  e.name = std::move(name);
  e.ring = ring;
  if (ring == Ring::hold) e.hold = HoldDetails{d(2026, 1, 1), d(2027, 1, 1), "Ikke til nye initiativer"};
  return e;
}

std::string code(const Status& s) {
  return s.ok() ? "ok" : s.error().code;
}

TEST(RadarEntry, NameRules) {
  EXPECT_EQ(code(validate_entry(entry("Kubernetes", Ring::adopt))), "ok");
  EXPECT_EQ(code(validate_entry(entry("  ", Ring::adopt))), "radar_name_required");
  EXPECT_EQ(code(validate_entry(entry(std::string(201, 'x'), Ring::adopt))), "radar_name_too_long");
  EXPECT_EQ(code(validate_entry(entry(std::string(200, 'x'), Ring::adopt))), "ok");
  EXPECT_EQ(code(validate_entry(entry("a<b", Ring::adopt))), "radar_name_markup");
}

TEST(RadarEntry, QuadrantAndDescription) {
  auto e = entry("A", Ring::trial);
  e.quadrant = 4;
  EXPECT_EQ(code(validate_entry(e)), "radar_quadrant");
  e.quadrant = -1;
  EXPECT_EQ(code(validate_entry(e)), "radar_quadrant");
  e.quadrant = 3;
  e.description = std::string(4001, 'x');
  EXPECT_EQ(code(validate_entry(e)), "radar_description_too_long");
}

TEST(RadarEntry, AHoldHasItsReasonAndDatesAndOnlyAHoldHasThem) {
  auto hold = entry("Lotus Notes", Ring::hold);
  EXPECT_EQ(code(validate_entry(hold)), "ok");
  hold.hold->reason = " ";
  EXPECT_EQ(code(validate_entry(hold)), "radar_hold_details");
  hold = entry("Lotus Notes", Ring::hold);
  hold.hold->revisit_on = d(2025, 12, 31);
  EXPECT_EQ(code(validate_entry(hold)), "radar_hold_revisit_before");
  hold.hold.reset();
  EXPECT_EQ(code(validate_entry(hold)), "radar_hold_details");
  auto adopt = entry("A", Ring::adopt);
  adopt.hold = HoldDetails{d(2026, 1, 1), d(2027, 1, 1), "x"};
  EXPECT_EQ(code(validate_entry(adopt)), "radar_hold_details");
}

TEST(RadarEntry, PrerequisitesAreNamedOnceEach) {
  auto e = entry("A", Ring::adopt);
  e.prerequisites = {{PrerequisiteKind::data, "Borgerdata", Quality::good},
                     {PrerequisiteKind::standard, "borgerdata", Quality::good}};
  EXPECT_EQ(code(validate_entry(e)), "ok");  // another kind
  e.prerequisites.push_back({PrerequisiteKind::data, " BORGERDATA", Quality::poor});
  EXPECT_EQ(code(validate_entry(e)), "radar_prerequisite_duplicate");
  e.prerequisites = {{PrerequisiteKind::partner, "", Quality::good}};
  EXPECT_EQ(code(validate_entry(e)), "radar_prerequisite_name");
  e.prerequisites.assign(31, {PrerequisiteKind::partner, "p", Quality::good});
  EXPECT_EQ(code(validate_entry(e)), "radar_too_many_prerequisites");
}

TEST(RadarEdition, TitleAndFourDistinctQuadrantNames) {
  EXPECT_EQ(code(validate_edition("2026", default_quadrant_names())), "ok");
  EXPECT_EQ(code(validate_edition(" ", default_quadrant_names())), "radar_title_required");
  EXPECT_EQ(code(validate_edition(std::string(101, 'x'), default_quadrant_names())), "radar_title_too_long");
  EXPECT_EQ(code(validate_edition("2026", {"A", "", "C", "D"})), "radar_quadrant_name");
  EXPECT_EQ(code(validate_edition("2026", {"A", "b", "C", "B"})), "radar_quadrant_duplicate");
}

TEST(RadarMovement, AgainstThePreviousEdition) {
  const std::vector<RadarEntryDraft> before{entry("Kafka", Ring::trial), entry("Lotus", Ring::assess)};
  EXPECT_EQ(compute_movement(entry("kafka ", Ring::adopt), before), Movement::moved_in);
  EXPECT_EQ(compute_movement(entry("Kafka", Ring::hold), before), Movement::moved_out);
  EXPECT_EQ(compute_movement(entry("Kafka", Ring::trial), before), Movement::no_change);
  EXPECT_EQ(compute_movement(entry("Rust", Ring::trial), before), Movement::new_entry);
  EXPECT_EQ(compute_movement(entry("Rust", Ring::trial), {}), Movement::new_entry);
  auto recorded = entry("Kafka", Ring::trial);
  recorded.recorded_movement = Movement::moved_in;
  EXPECT_EQ(compute_movement(recorded, before), Movement::moved_in);
}

TEST(RadarMovement, ANewEditionCarriesTheEntriesOverWithoutRecordedMovement) {
  auto e = entry("Kafka", Ring::trial);
  e.recorded_movement = Movement::new_entry;
  e.initiative_ids = {4, 5};
  const std::vector<RadarEntryDraft> current{e};
  const auto next = carry_over(current);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].recorded_movement, std::nullopt);
  EXPECT_EQ(next[0].initiative_ids, e.initiative_ids);
  EXPECT_EQ(compute_movement(next[0], current), Movement::no_change);
}

TEST(RadarHold, DueOnItsRevisitDate) {
  const auto hold = entry("Lotus", Ring::hold);
  EXPECT_FALSE(hold_due(hold, d(2026, 12, 31)));
  EXPECT_TRUE(hold_due(hold, d(2027, 1, 1)));
  EXPECT_FALSE(hold_due(entry("A", Ring::adopt), d(2030, 1, 1)));
}

TEST(RadarNames, RingsMovementsAndKindsRoundTripThroughTheirNames) {
  for (Ring r : {Ring::adopt, Ring::trial, Ring::assess, Ring::hold})
    EXPECT_EQ(ring_from_string(to_string(r)), r);
  for (Movement m : {Movement::new_entry, Movement::moved_in, Movement::moved_out, Movement::no_change}) {
    EXPECT_EQ(movement_from_string(to_string(m)), m);
  }
  for (auto k : {PrerequisiteKind::data, PrerequisiteKind::competence, PrerequisiteKind::standard,
                 PrerequisiteKind::partner}) {
    EXPECT_EQ(prerequisite_kind_from_string(to_string(k)), k);
  }
  EXPECT_EQ(ring_from_string("Adopt"), std::nullopt);
}

}  // namespace
}  // namespace forkant
