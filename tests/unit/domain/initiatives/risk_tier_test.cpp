#include <gtest/gtest.h>

#include "domain/initiatives/risk_summary.hpp"

namespace forkant {
namespace {

std::vector<Finding> keys(std::initializer_list<const char*> names) {
  std::vector<Finding> out;
  for (const char* name : names) out.push_back(Finding{name, {}, {}, {}});
  return out;
}

TEST(RiskTier, ProhibitedOutranksEverything) {
  EXPECT_EQ(risk_tier(keys({"ai_system", "transparency_duty", "ai_act_high_risk", "prohibited"})),
            RiskTier::prohibited);
}

TEST(RiskTier, HighOutranksTransparency) {
  EXPECT_EQ(risk_tier(keys({"ai_system", "transparency_duty", "ai_act_high_risk"})), RiskTier::high);
  EXPECT_EQ(risk_tier(keys({"ai_system", "transparency_duty"})), RiskTier::transparency);
}

TEST(RiskTier, AnAiSystemWithNothingAboveIsMinimal) {
  EXPECT_EQ(risk_tier(keys({"ai_system", "dpia_required"})), RiskTier::minimal);
  EXPECT_EQ(risk_tier(keys({"ai_act_art6_3_exception"})), RiskTier::minimal);
}

TEST(RiskTier, NoAiSystemIsNone) {
  EXPECT_EQ(risk_tier({}), RiskTier::none);
  EXPECT_EQ(risk_tier(keys({"dpia_required", "aia_level_4"})), RiskTier::none);
}

TEST(RiskTier, Names) {
  EXPECT_EQ(to_string(RiskTier::none), "none");
  EXPECT_EQ(to_string(RiskTier::minimal), "minimal");
  EXPECT_EQ(to_string(RiskTier::transparency), "transparency");
  EXPECT_EQ(to_string(RiskTier::high), "high");
  EXPECT_EQ(to_string(RiskTier::prohibited), "prohibited");
}

}  // namespace
}  // namespace forkant
