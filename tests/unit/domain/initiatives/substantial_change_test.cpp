// Which edits of an initiative need a new impact assessment (domain/initiatives/substantial_change.hpp).

#include "domain/initiatives/substantial_change.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

InitiativeDraft base() {
  InitiativeDraft d;
  d.title = "Genoptræningsplanlægning med AI";
  d.description = "Forslag til forløb";
  d.purposes = {{"p.citizens", 60}, {"p.efficiency", 40}};
  d.technologies = {Technology::machine_learning};
  d.data_types = {"helbredsoplysninger", "træningsdata"};
  d.personal_data = true;
  d.special_categories = true;
  d.data_sources = {{"Cura", Quality::uncertain}, {"Fælles Sprog III", Quality::good}};
  d.partners = {{"Aarhus Universitet", PartnerKind::university, "Evaluering"}};
  d.benefits = {{"Ventetid", "dage", 30, 20, Date{}, "Sundhed"}};
  return d;
}

TEST(SubstantialChange, WordingCommunicationAndBenefitsAreNot) {
  auto after = base();
  after.title = "AI-støttet genoptræning";
  after.description = "Nyt tekst";
  after.communication = {
      {Audience::citizens, "Centerleder", "Nyt forløb", parse_iso_date("2026-10-01").value(), "Brev"}};
  after.benefits[0].target = 15;
  after.partners[0].role = "Evaluering og følgeforskning";     // who is the same
  after.data_types = {"træningsdata", "helbredsoplysninger"};  // the same kinds, another order
  after.data_sources[0].quality = Quality::good;               // quality is readiness, not what is processed
  EXPECT_FALSE(is_substantial_change(base(), after));
}

TEST(SubstantialChange, TechnologyPersonalDataSpecialCategoriesDataAndPartnersAre) {
  auto after = base();
  after.technologies.insert(Technology::generative_ai);
  EXPECT_EQ(substantial_changes(base(), after), std::vector<InitiativeField>{InitiativeField::technologies});
  after = base();
  after.special_categories = false;
  EXPECT_EQ(substantial_changes(base(), after),
            std::vector<InitiativeField>{InitiativeField::special_categories});
  after = base();
  after.personal_data = false;
  EXPECT_EQ(substantial_changes(base(), after), std::vector<InitiativeField>{InitiativeField::personal_data});
  after = base();
  after.data_types.push_back("CPR-nummer");
  EXPECT_EQ(substantial_changes(base(), after), std::vector<InitiativeField>{InitiativeField::data_types});
  after = base();
  after.data_sources.push_back({"MedCom", Quality::good});
  EXPECT_EQ(substantial_changes(base(), after), std::vector<InitiativeField>{InitiativeField::data_sources});
  after = base();
  after.partners.push_back({"Leverandør A/S", PartnerKind::company, "Drift"});
  EXPECT_EQ(substantial_changes(base(), after), std::vector<InitiativeField>{InitiativeField::partners});
  after = base();
  after.partners[0].kind = PartnerKind::company;
  EXPECT_TRUE(is_substantial_change(base(), after));
}

TEST(SubstantialChange, PurposesOnlyWhenTheyChangeMaterially) {
  auto after = base();
  after.purposes = {{"p.citizens", 60 - kMaterialWeightShift + 1},
                    {"p.efficiency", 40 + kMaterialWeightShift - 1}};
  EXPECT_FALSE(is_substantial_change(base(), after));  // a shift just below the threshold
  after.purposes = {{"p.citizens", 60 - kMaterialWeightShift}, {"p.efficiency", 40 + kMaterialWeightShift}};
  EXPECT_EQ(substantial_changes(base(), after), std::vector<InitiativeField>{InitiativeField::purposes});
  after.purposes = {{"p.citizens", 60}, {"p.labour", 40}};  // one purpose replaced
  EXPECT_TRUE(is_substantial_change(base(), after));
  after.purposes = {{"p.efficiency", 40}, {"p.citizens", 60}};  // the same, reordered
  EXPECT_FALSE(is_substantial_change(base(), after));
}

}  // namespace
}  // namespace forkant
