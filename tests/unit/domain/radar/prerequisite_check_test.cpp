// What a radar entry demands, against what its linked initiatives record (prerequisite_check.hpp).

#include "domain/radar/prerequisite_check.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace forkant {
namespace {

Initiative initiative(std::int64_t id, std::string title) {
  Initiative i;
  i.id = id;
  i.content.title = std::move(title);
  return i;
}

RadarEntryDraft demanding(std::vector<Prerequisite> prerequisites) {
  RadarEntryDraft e;
  e.name = "Jobmatch-AI";
  e.prerequisites = std::move(prerequisites);
  return e;
}

TEST(PrerequisiteCheck, DataTypeAndItsQuality) {
  auto good = initiative(1, "Jobmatch");
  good.content.data_types = {"Borgerdata"};
  good.content.data_sources = {{"Borgerdata", Quality::good}, {"Fagsystem", Quality::poor}};
  auto weakest = initiative(2, "Ydelser");
  weakest.content.data_types = {"borgerdata "};
  weakest.content.data_sources = {{"Fagsystem", Quality::uncertain}, {"KMD", Quality::good}};
  auto unknown = initiative(3, "Ukendt");
  unknown.content.data_types = {"Borgerdata"};
  auto none = initiative(4, "Intet");
  const std::vector<Initiative> linked{good, weakest, unknown, none};
  const auto f =
      check_prerequisites(demanding({{PrerequisiteKind::data, "Borgerdata", Quality::good}}), linked);
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0].outcome, PrerequisiteOutcome::met);                 // the source of that name decides
  EXPECT_EQ(f[1].outcome, PrerequisiteOutcome::data_quality_below);  // the weakest source
  EXPECT_EQ(f[1].recorded_quality, Quality::uncertain);
  EXPECT_EQ(f[1].initiative_title, "Ydelser");
  EXPECT_EQ(f[2].outcome, PrerequisiteOutcome::data_quality_unknown);
  EXPECT_EQ(f[3].outcome, PrerequisiteOutcome::data_type_missing);
  EXPECT_EQ(f[3].initiative_id, 4);
  const auto lenient =
      check_prerequisites(demanding({{PrerequisiteKind::data, "Borgerdata", Quality::uncertain}}), linked);
  EXPECT_EQ(lenient[1].outcome, PrerequisiteOutcome::met);
}

TEST(PrerequisiteCheck, StandardsAndPartnersByName) {
  auto i = initiative(1, "Jobmatch");
  i.content.standards = {"OIO REST"};
  i.content.partners = {{"KL", PartnerKind::public_body, "sparring"}};
  const std::vector<Initiative> linked{i};
  const auto f = check_prerequisites(demanding({{PrerequisiteKind::standard, "oio rest", Quality::good},
                                                {PrerequisiteKind::standard, "FHIR", Quality::good},
                                                {PrerequisiteKind::partner, "KL", Quality::good},
                                                {PrerequisiteKind::partner, "Netcompany", Quality::good}}),
                                     linked);
  ASSERT_EQ(f.size(), 4u);
  EXPECT_TRUE(f[0].met());
  EXPECT_EQ(f[1].outcome, PrerequisiteOutcome::standard_missing);
  EXPECT_EQ(f[1].prerequisite, 1u);
  EXPECT_TRUE(f[2].met());
  EXPECT_EQ(f[3].outcome, PrerequisiteOutcome::partner_missing);
}

TEST(PrerequisiteCheck, CompetenceAsksTheMatrixFirstThenTheInitiativesReadiness) {
  auto ready = initiative(1, "Klar");
  ready.content.competence_readiness = Quality::good;
  auto unready = initiative(2, "Ikke klar");
  unready.content.competence_readiness = Quality::uncertain;
  const std::vector<Initiative> linked{ready, unready};
  const auto e = demanding({{PrerequisiteKind::competence, "AI-risiko", Quality::good}});
  const auto without = check_prerequisites(e, linked);
  EXPECT_TRUE(without[0].met());
  EXPECT_EQ(without[1].outcome, PrerequisiteOutcome::competence_readiness_low);
  const auto open_gap =
      check_prerequisites(e, linked, [](std::string_view) { return std::optional<bool>(true); });
  EXPECT_EQ(open_gap[0].outcome, PrerequisiteOutcome::competence_gap);
  const auto closed =
      check_prerequisites(e, linked, [](std::string_view) { return std::optional<bool>(false); });
  EXPECT_TRUE(closed[1].met());
  const auto unknown = check_prerequisites(e, linked, [](std::string_view) { return std::optional<bool>(); });
  EXPECT_EQ(unknown[1].outcome, PrerequisiteOutcome::competence_readiness_low);
}

TEST(PrerequisiteCheck, NothingToCheckWithoutLinksOrPrerequisites) {
  EXPECT_TRUE(check_prerequisites(demanding({{PrerequisiteKind::partner, "KL", Quality::good}}), {}).empty());
  const std::vector<Initiative> linked{initiative(1, "x")};
  EXPECT_TRUE(check_prerequisites(demanding({}), linked).empty());
}

}  // namespace
}  // namespace forkant
