// The political briefing's draft from the register and the goals, and the limits that keep it on two
// pages.
#include "domain/decisions/briefing.hpp"

#include <gtest/gtest.h>

#include "builders.hpp"
#include "domain/utf8.hpp"

namespace forkant {
namespace {

using test::day;

// "key{name=value,...}": the test sees which sentence was chosen and with what.
std::string fake_translate(std::string_view key, const std::map<std::string, std::string>& params) {
  std::string out(key);
  if (params.empty()) return out;
  out += "{";
  bool first = true;
  for (const auto& [k, v] : params) {
    out += (first ? "" : ",") + k + "=" + v;
    first = false;
  }
  return out + "}";
}

std::string fake_day(Date d) {
  return "day " + format_iso_date(d);
}

BriefingInput input() {
  BriefingInput in;
  in.today = day("2026-06-01");
  for (int q = 1; q <= 10; ++q) in.question_titles.at(q - 1) = "Titel" + std::to_string(q);
  in.question_titles.at(4) = "Organisationen";
  in.question_titles.at(5) = "Kompetencerne";
  in.question_titles.at(6) = "Borgerne";
  return in;
}

Decision decision(std::int64_t id, DecisionKind kind, std::string title, std::string rationale,
                  std::string_view decided_on, std::string body = "Direktionen") {
  auto d = test::decision(id, kind, {4}, decided_on);
  d.content.title = std::move(title);
  d.content.rationale = std::move(rationale);
  d.content.body = std::move(body);
  return d;
}

BriefingText draft(const BriefingInput& in) {
  return draft_briefing(in, fake_translate, fake_day);
}

TEST(BriefingDraftTest, ProposalsAreTheYearsChosenDecisionsNewestFirstWithTheirFirstSentence) {
  auto in = input();
  in.decisions = {
      decision(1, DecisionKind::decided, "Fælles indgang", "Borgerne får ét sted. Mere tekst.", "2026-01-10"),
      decision(2, DecisionKind::decided, "Robotter i løn.", "Tid til de svære sager.", "2026-03-01"),
      decision(3, DecisionKind::decided, "For gammel", "Over et år siden.", "2025-05-01"),
      decision(4, DecisionKind::deselected, "Ingen chatbot", "For komplekst.", "2026-02-01")};
  auto superseded = decision(5, DecisionKind::decided, "Erstattet", "Gammel kurs.", "2026-04-01");
  superseded.superseded_by_id = 6;
  in.decisions.push_back(superseded);
  EXPECT_EQ(draft(in)[BriefingSection::proposals],
            "briefing.draft.proposals_intro\n"
            "- Robotter i løn. Tid til de svære sager.\n"
            "- Fælles indgang. Borgerne får ét sted.");
}

TEST(BriefingDraftTest, WithoutChosenDecisionsTheProposalsAskTheCoordinatorToWriteThem) {
  EXPECT_EQ(draft(input())[BriefingSection::proposals], "briefing.draft.proposals_none");
}

TEST(BriefingDraftTest, DeselectionsCarryTheirReasonsAndTheTermIsExplainedFirst) {
  auto in = input();
  in.decisions = {decision(4, DecisionKind::deselected, "Ingen chatbot", "For komplekst. Vi ser på det igen.",
                           "2026-02-01")};
  EXPECT_EQ(draft(in)[BriefingSection::not_doing],
            "briefing.draft.not_doing_intro\n"
            "- briefing.draft.not_doing_item{title=Ingen chatbot,why=For komplekst.}");
  EXPECT_EQ(draft(input())[BriefingSection::not_doing],
            "briefing.draft.not_doing_intro\nbriefing.draft.not_doing_none");
}

TEST(BriefingDraftTest, AsksArePoliticalBodiesAndPostponementsElseAPlaceholder) {
  auto in = input();
  in.decisions = {
      decision(1, DecisionKind::decided, "Genbrug af komponenter", "x", "2026-03-01", "Kommunalbestyrelsen"),
      decision(2, DecisionKind::postponed, "Dataplatform", "x", "2026-02-01"),
      decision(3, DecisionKind::decided, "Kompetencer", "x", "2026-04-01", "Direktionen og HR-udvalget")};
  EXPECT_EQ(draft(in)[BriefingSection::asks],
            "briefing.draft.asks_intro\n"
            "- briefing.draft.ask_political{body=kommunalbestyrelsen,title=Genbrug af komponenter}\n"
            "- briefing.draft.ask_postponed{title=Dataplatform}");
  EXPECT_EQ(draft(input())[BriefingSection::asks], "briefing.draft.asks_intro\nbriefing.draft.asks_none");
}

TEST(BriefingDraftTest, PoliticalBodiesAreTheCouncilAndItsCommitteesNotTheAdministrations) {
  EXPECT_TRUE(is_political_body("Byrådet"));
  EXPECT_TRUE(is_political_body("Økonomiudvalget"));
  EXPECT_TRUE(is_political_body("the council"));
  EXPECT_FALSE(is_political_body("Direktionen"));
  EXPECT_FALSE(is_political_body("HR-udvalget"));
}

TEST(BriefingDraftTest, NoticedNamesCitizensFirstThenEmployeesByThePlainQuestionTitleWithTheNextStep) {
  auto in = input();
  in.goals = {test::goal(21, "Bedre lederuddannelse", {6}), test::goal(22, "Digital indgang", {7, 1}),
              test::goal(23, "Uden for emnet", {2})};
  in.steps = {test::step(31, 22, "2026-07-01", StepStatus::done),
              test::step(32, 22, "2026-08-01", StepStatus::running), test::step(33, 22, "2026-09-01")};
  const auto text = draft(in)[BriefingSection::noticed];
  EXPECT_EQ(text,
            "briefing.draft.noticed_intro\n"
            "- briefing.draft.noticed_citizens{goal=Digital indgang} "
            "briefing.draft.noticed_next{date=day 2026-08-01,step=Hvis vi prøver 32, så lærer vi noget}\n"
            "- briefing.draft.noticed_employees{goal=Bedre lederuddannelse,question=kompetencerne}");
  EXPECT_EQ(text.find("Q6"), std::string::npos);
  EXPECT_EQ(text.find("6."), std::string::npos);
}

TEST(BriefingDraftTest, ANextStepPastItsDateIsCalledLateNotDueByAPastDate) {
  auto in = input();
  in.goals = {test::goal(22, "Digital indgang", {7})};
  in.steps = {test::step(32, 22, "2026-05-01", StepStatus::running)};
  EXPECT_EQ(draft(in)[BriefingSection::noticed],
            "briefing.draft.noticed_intro\n"
            "- briefing.draft.noticed_citizens{goal=Digital indgang} "
            "briefing.draft.noticed_next_late{step=Hvis vi prøver 32, så lærer vi noget}");
}

TEST(BriefingDraftTest, BenefitsAreTheGoalsAimsByHorizonLeavingOutPassedOnes) {
  auto in = input();
  auto later = test::goal(21, "Halvdelen digitalt", {1});
  later.description = "Halvdelen af henvendelserne digitalt. Uden dårligere service.";
  auto sooner = test::goal(22, "Nøgletal", {9});
  sooner.horizon = day("2026-12-31");
  auto passed = test::goal(23, "Gammelt mål", {9});
  passed.horizon = day("2026-05-01");
  in.goals = {later, sooner, passed};
  EXPECT_EQ(draft(in)[BriefingSection::benefits],
            "briefing.draft.benefits_intro\n"
            "- briefing.draft.benefit_title{aim=,date=day 2026-12-31,goal=Nøgletal}\n"
            "- briefing.draft.benefit_item{aim=Halvdelen af henvendelserne digitalt.,date=day "
            "2027-12-31,goal=Halvdelen digitalt}");
}

TEST(BriefingDraftTest, ADraftFromAFullRegisterStaysWithinTheLimits) {
  auto in = input();
  const std::string long_text(400, 'x');
  for (int i = 1; i <= 30; ++i) {
    const auto kind = i % 3 == 0   ? DecisionKind::deselected
                      : i % 3 == 1 ? DecisionKind::decided
                                   : DecisionKind::postponed;
    in.decisions.push_back(decision(i, kind, "Æble " + long_text, "Grøn " + long_text, "2026-05-01"));
    auto g = test::goal(100 + i, "Mål " + long_text, {5, 6, 7});
    g.description = long_text;
    in.goals.push_back(g);
  }
  const auto text = draft(in);
  EXPECT_TRUE(validate(text).ok());
  for (const auto s : kBriefingSections) {
    EXPECT_LE(utf8_length(text[s]), kMaxBriefingSectionChars) << to_string(s);
    EXPECT_NE(text[s].find("…"), std::string::npos) << to_string(s) << ": long items are shortened";
  }
}

TEST(BriefingValidateTest, ASectionTooLongNamesTheSectionAndTheLimit) {
  BriefingText text;
  text[BriefingSection::asks] = std::string(kMaxBriefingSectionChars, 'a');
  EXPECT_TRUE(validate(text).ok());
  text[BriefingSection::asks] += "ø";  // characters, not bytes: one more is one too many
  const auto status = validate(text);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, "briefing_section_too_long");
  EXPECT_EQ(status.error().params.at("section"), "asks");
  EXPECT_EQ(status.error().params.at("max"), std::to_string(kMaxBriefingSectionChars));
}

TEST(BriefingValidateTest, TooManyParagraphsAndBrokenUtf8AreRefused) {
  BriefingText text;
  for (std::size_t i = 0; i <= kMaxBriefingSectionParagraphs; ++i) text[BriefingSection::noticed] += "a\n\n";
  EXPECT_EQ(validate(text).error().code, "briefing_too_many_paragraphs");
  text[BriefingSection::noticed] = "";
  text[BriefingSection::benefits] = "\xC3";
  EXPECT_EQ(validate(text).error().code, "invalid_utf8");
  EXPECT_EQ(validate(text).error().params.at("section"), "benefits");
}

TEST(BriefingParagraphsTest, LinesAreParagraphsAndADashMakesABullet) {
  EXPECT_EQ(briefing_paragraphs("Indledning.\n\n- Første\n  -  Anden  \n-\nSlut"),
            (std::vector<BriefingParagraph>{
                {"Indledning.", false}, {"Første", true}, {"Anden", true}, {"Slut", false}}));
}

}  // namespace
}  // namespace forkant
