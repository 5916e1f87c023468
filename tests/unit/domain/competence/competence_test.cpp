// The competence matrix's rules (domain/competence/competence.hpp): codes of roles and routes, the AI
// Act's built-in row, and validation with the field named.

#include "domain/competence/competence.hpp"

#include <gtest/gtest.h>

#include <string>

namespace forkant {
namespace {

TEST(Competence, RoleCodesRoundTripInSeniorityOrder) {
  std::vector<std::string> codes;
  for (const auto role : kCompetenceRoles) {
    codes.emplace_back(to_string(role));
    EXPECT_EQ(competence_role_from_string(to_string(role)), role);
  }
  EXPECT_EQ(codes, (std::vector<std::string>{"direktion", "chefer", "ledere", "medarbejdere", "politikere",
                                             "borgere"}));
  EXPECT_FALSE(competence_role_from_string("Direktion").has_value());
  EXPECT_FALSE(competence_role_from_string("").has_value());
}

TEST(Competence, RouteCodesRoundTrip) {
  for (const char* code : {"train", "hire", "partner", "buy"}) {
    const auto route = competence_route_from_string(code);
    ASSERT_TRUE(route.has_value()) << code;
    EXPECT_EQ(to_string(*route), code);
  }
  EXPECT_FALSE(competence_route_from_string("outsource").has_value());
}

TEST(Competence, TheAiActArticle4DutyIsInForceSinceTheSecondOfFebruary2025) {
  EXPECT_EQ(format_iso_date(kAiLiteracy.in_force), "2025-02-02");
  EXPECT_EQ(kAiLiteracy.key, "ai_act_art4");
  EXPECT_TRUE(ai_literacy_concerns(CompetenceRole::direktion));
  EXPECT_TRUE(ai_literacy_concerns(CompetenceRole::chefer));
  EXPECT_TRUE(ai_literacy_concerns(CompetenceRole::ledere));
  EXPECT_TRUE(ai_literacy_concerns(CompetenceRole::medarbejdere));
  EXPECT_FALSE(ai_literacy_concerns(CompetenceRole::politikere));
  EXPECT_FALSE(ai_literacy_concerns(CompetenceRole::borgere));
  Competence builtin{1, 1, "x", "", std::string{kAiLiteracy.key}};
  EXPECT_TRUE(builtin.legal_duty());
  EXPECT_FALSE((Competence{2, 1, "y", "", ""}).legal_duty());
}

TEST(Competence, ANameIsRequiredAndLimited) {
  EXPECT_TRUE(validate(Competence{0, 1, "Datakyndighed", "", ""}));
  EXPECT_EQ(validate(Competence{0, 1, "  ", "", ""}).error().code, "competence_name_required");
  EXPECT_EQ(validate(Competence{0, 1, std::string(121, 'a'), "", ""}).error().code,
            "competence_name_too_long");
  EXPECT_TRUE(validate(Competence{0, 1, std::string(120, 'a'), "", ""}));
  EXPECT_EQ(validate(Competence{0, 1, "ok", std::string(2001, 'a'), ""}).error().code,
            "competence_description_too_long");
  EXPECT_EQ(validate(Competence{0, 1, "\xff", "", ""}).error().code, "invalid_utf8");
  EXPECT_EQ(validate(Sector{0, 1, ""}).error().code, "sector_name_required");
  EXPECT_EQ(validate(Sector{0, 1, std::string(121, 's')}).error().code, "sector_name_too_long");
  EXPECT_EQ(validate(Sector{0, 1, std::string(120, 's')}).ok(), true);
}

TEST(Competence, ACellsLevelsAndReferencesAreChecked) {
  const CellContext context{{1}, {10}, {100}};
  CompetenceCell c;
  c.competence_id = 1;
  c.current_level = 0;
  c.needed_level = 4;
  EXPECT_TRUE(validate(c, context));
  c.sector_id = 10;
  c.owner_user_id = 100;
  EXPECT_TRUE(validate(c, context));

  auto bad = c;
  bad.needed_level = 5;
  EXPECT_EQ(validate(bad, context).error().code, "level_out_of_range");
  EXPECT_EQ(validate(bad, context).error().params.at("field"), "needed_level");
  bad = c;
  bad.current_level = -1;
  EXPECT_EQ(validate(bad, context).error().params.at("field"), "current_level");
  bad = c;
  bad.competence_id = 2;
  EXPECT_EQ(validate(bad, context).error().code, "unknown_competence");
  bad = c;
  bad.sector_id = 11;
  EXPECT_EQ(validate(bad, context).error().code, "unknown_sector");
  bad = c;
  bad.owner_user_id = 101;
  EXPECT_EQ(validate(bad, context).error().code, "unknown_owner");
  bad = c;
  bad.note = std::string(1001, 'n');
  EXPECT_EQ(validate(bad, context).error().code, "note_too_long");
}

TEST(Competence, NameKeysFoldAsciiCaseAndSurroundingBlanks) {
  EXPECT_EQ(name_key("  Data Literacy \t"), "data literacy");
  EXPECT_EQ(name_key("ÆBLE"), "Æble");  // only ASCII letters fold
  EXPECT_EQ(name_key("   "), "");
}

}  // namespace
}  // namespace forkant
