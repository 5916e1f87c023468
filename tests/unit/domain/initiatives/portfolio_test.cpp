#include "domain/initiatives/portfolio.hpp"

#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "domain/initiatives/waiting_judgement.hpp"

namespace forkant {
namespace {

Initiative initiative(std::int64_t id, std::string title, Phase phase = Phase::idea) {
  Initiative i;
  i.id = id;
  i.org_id = 1;
  i.phase = phase;
  i.content.title = std::move(title);
  return i;
}

RiskSummary assessed(std::int64_t id, RiskTier tier, std::optional<int> level = std::nullopt, int open = 0) {
  RiskSummary s;
  s.initiative_id = id;
  s.assessed = true;
  s.tier = tier;
  s.aia_level = level;
  s.open_judgements = open;
  if (open > 0) s.forum = Forum::direktion;
  return s;
}

std::vector<std::int64_t> ids(const Portfolio& p) {
  std::vector<std::int64_t> out;
  for (const auto& r : p.rows) out.push_back(r.initiative.id);
  return out;
}

// Four initiatives: jobmatch (pilot, AI high risk, waiting at direktion), robot (operation, minimal),
// cancer plan (analysis, AIA level 4), app (idea, not assessed).
struct Fixture {
  std::vector<Initiative> all;
  std::map<std::int64_t, RiskSummary> summaries;
  Fixture() {
    all = {initiative(1, "Jobmatch med AI", Phase::pilot), initiative(2, "Lønrobot", Phase::operation),
           initiative(3, "Kræftplan", Phase::analysis), initiative(4, "Borgerapp")};
    all[0].content.questions = {2, 4};
    all[0].content.purposes = {{"efficiency", 60}, {"quality", 40}};
    all[1].content.questions = {4};
    all[1].content.purposes = {{"efficiency", 100}};
    all[2].content.questions = {2, 7};
    summaries[1] = assessed(1, RiskTier::high, std::nullopt, 2);
    summaries[2] = assessed(2, RiskTier::minimal, 1);
    summaries[3] = assessed(3, RiskTier::none, 4);
  }
};

TEST(PortfolioFilterTest, EachCriterionNarrowsTheListAndTheyCombine) {
  const Fixture f;
  const auto with = [](auto change) {
    PortfolioFilter filter;
    change(filter);
    return filter;
  };
  struct Case {
    const char* name;
    PortfolioFilter filter;
    std::vector<std::int64_t> expected;  // in title order
  };
  const Case cases[] = {
      {"no criteria", {}, {4, 1, 3, 2}},
      {"phase", with([](auto& x) { x.phase = Phase::pilot; }), {1}},
      {"purpose", with([](auto& x) { x.purpose_id = "efficiency"; }), {1, 2}},
      {"question", with([](auto& x) { x.question = 2; }), {1, 3}},
      {"tier",
       with([](auto& x) {
         x.tier = TierFilter{false, RiskTier::high};
       }),
       {1}},
      {"tier none is an assessed initiative without an AI Act tier",
       with([](auto& x) {
         x.tier = TierFilter{false, RiskTier::none};
       }),
       {3}},
      {"not assessed",
       with([](auto& x) {
         x.tier = TierFilter{true, RiskTier::none};
       }),
       {4}},
      {"AIA level", with([](auto& x) { x.aia_level = 4; }), {3}},
      {"open judgements only", with([](auto& x) { x.open_judgements_only = true; }), {1}},
      {"question and purpose",
       with([](auto& x) {
         x.question = 4;
         x.purpose_id = "quality";
       }),
       {1}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(ids(build_portfolio(f.all, f.summaries, c.filter)), c.expected) << c.name;
  }
}

TEST(PortfolioFilterTest, ParsesEveryParameterAndLeavesEmptyOnesOut) {
  const auto parsed = parse_portfolio_filter({"pilot", "efficiency", "4", "unassessed", "3", "1", "risk"},
                                             {"efficiency", "quality"});
  ASSERT_TRUE(parsed) << parsed.error().code;
  EXPECT_EQ(parsed->phase, Phase::pilot);
  EXPECT_EQ(parsed->purpose_id, "efficiency");
  EXPECT_EQ(parsed->question, 4);
  EXPECT_EQ(parsed->tier, (TierFilter{true, RiskTier::none}));
  EXPECT_EQ(parsed->aia_level, 3);
  EXPECT_TRUE(parsed->open_judgements_only);
  EXPECT_EQ(parsed->sort, PortfolioSort::risk);

  const auto empty = parse_portfolio_filter({}, {});
  ASSERT_TRUE(empty);
  EXPECT_FALSE(empty->phase || empty->purpose_id || empty->question || empty->tier || empty->aia_level);
  EXPECT_FALSE(empty->open_judgements_only);
  EXPECT_EQ(empty->sort, PortfolioSort::title);
  EXPECT_EQ(parse_portfolio_filter({"", "", "", "high"}, {})->tier, (TierFilter{false, RiskTier::high}));
}

TEST(PortfolioFilterTest, RefusesABadValueNamingTheParameterWithTheRightStatus) {
  struct Case {
    PortfolioFilterQuery query;
    ErrorKind kind;
    const char* code;
    const char* field;
  };
  const Case cases[] = {
      {{"done"}, ErrorKind::invalid, "unknown_phase", "phase"},
      {{"", "Efficiency!"}, ErrorKind::malformed, "invalid_purpose", "purpose"},
      {{"", "growth"}, ErrorKind::invalid, "unknown_purpose", "purpose"},
      {{"", "", "x"}, ErrorKind::malformed, "wrong_type", "question"},
      {{"", "", "-1"}, ErrorKind::malformed, "wrong_type", "question"},
      {{"", "", "11"}, ErrorKind::invalid, "unknown_question", "question"},
      {{"", "", "0"}, ErrorKind::invalid, "unknown_question", "question"},
      {{"", "", "99999999999999999999"}, ErrorKind::invalid, "unknown_question", "question"},
      {{"", "", "", "extreme"}, ErrorKind::invalid, "unknown_tier", "tier"},
      {{"", "", "", "", "5"}, ErrorKind::invalid, "unknown_level", "level"},
      {{"", "", "", "", "2.5"}, ErrorKind::malformed, "wrong_type", "level"},
      {{"", "", "", "", "", "yes"}, ErrorKind::malformed, "invalid_open", "open"},
      {{"", "", "", "", "", "", "size"}, ErrorKind::invalid, "unknown_sort", "sort"},
  };
  for (const auto& c : cases) {
    const auto parsed = parse_portfolio_filter(c.query, {"efficiency", "quality"});
    ASSERT_FALSE(parsed) << c.code;
    EXPECT_EQ(parsed.error().kind, c.kind) << c.code;
    EXPECT_EQ(parsed.error().code, c.code);
    EXPECT_EQ(parsed.error().params.at("field"), c.field);
    EXPECT_EQ(parsed.error().key, std::string("error.portfolio_filter_") + c.field);
  }
}

TEST(PortfolioReadinessTest, IsTheMeanOfDataQualityAndCompetenciesAndUnknownWithoutData) {
  InitiativeDraft d;
  d.competence_readiness = Quality::good;
  EXPECT_EQ(data_readiness(d), std::nullopt);
  EXPECT_EQ(readiness(d), std::nullopt) << "no data sources: nothing is guessed";
  EXPECT_EQ(readiness_band(readiness(d)), ReadinessBand::unknown);

  d.data_sources = {
      {"KMD Opera", Quality::good}, {"Sagsystem", Quality::uncertain}, {"Excel", Quality::poor}};
  EXPECT_DOUBLE_EQ(*data_readiness(d), 0.5);
  EXPECT_DOUBLE_EQ(*readiness(d), 0.75);  // (0.5 + 1) / 2
  EXPECT_EQ(readiness_band(readiness(d)), ReadinessBand::high);

  d.competence_readiness = Quality::poor;
  EXPECT_DOUBLE_EQ(*readiness(d), 0.25);
  EXPECT_EQ(readiness_band(readiness(d)), ReadinessBand::low);

  d.competence_readiness = Quality::uncertain;
  EXPECT_DOUBLE_EQ(*readiness(d), 0.5);
  EXPECT_EQ(readiness_band(readiness(d)), ReadinessBand::medium);
}

TEST(PortfolioReadinessTest, BandsChangeExactlyAtOneThirdAndTwoThirds) {
  EXPECT_EQ(readiness_band(0.0), ReadinessBand::low);
  EXPECT_EQ(readiness_band(0.33), ReadinessBand::low);
  EXPECT_EQ(readiness_band(1.0 / 3.0), ReadinessBand::medium);
  EXPECT_EQ(readiness_band(0.66), ReadinessBand::medium);
  EXPECT_EQ(readiness_band((1.0 + 1.0 / 3.0) / 2.0), ReadinessBand::high);  // exactly 2/3
  EXPECT_EQ(readiness_band(1.0), ReadinessBand::high);
}

TEST(PortfolioRiskTest, ScoresTheHigherOfTierAndAiaLevelAndNothingWithoutAnAssessment) {
  struct Case {
    RiskTier tier;
    std::optional<int> level;
    int expected;
  };
  const Case cases[] = {
      {RiskTier::prohibited, std::nullopt, 4},
      {RiskTier::prohibited, 1, 4},
      {RiskTier::high, std::nullopt, 3},
      {RiskTier::none, 4, 3},
      {RiskTier::none, 3, 2},
      {RiskTier::transparency, std::nullopt, 1},
      {RiskTier::none, 2, 1},
      {RiskTier::transparency, 3, 2},
      {RiskTier::minimal, 1, 0},
      {RiskTier::none, std::nullopt, 0},
      {RiskTier::high, 4, 3},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(risk_score(assessed(1, c.tier, c.level)), c.expected)
        << to_string(c.tier) << " level " << c.level.value_or(0);
  }
  RiskSummary none;
  none.tier = RiskTier::high;  // not assessed: the tier is not a finding
  EXPECT_EQ(risk_score(none), std::nullopt);
}

TEST(PortfolioTest, AnUnratedOrUnassessedInitiativeIsListedButNotPlotted) {
  Fixture f;
  f.all[0].content.value_rating = 4;  // assessed and rated: plotted
  f.all[1].content.value_rating = 0;  // assessed, not rated
  f.all[3].content.value_rating = 5;  // rated, not assessed
  const auto p = build_portfolio(f.all, f.summaries, {});
  EXPECT_EQ(p.total, 4U);
  EXPECT_EQ(p.rows.size(), 4U);
  EXPECT_EQ(p.plotted, 1U);
  EXPECT_EQ(p.waiting, 1U);
  for (const auto& r : p.rows) {
    EXPECT_EQ(r.plotted(), r.initiative.id == 1) << r.initiative.content.title;
    if (r.initiative.id == 2) {
      EXPECT_EQ(r.value, std::nullopt) << "0 is unrated, never a value of 0";
    }
  }
  EXPECT_EQ(portfolio_value(f.all[0].content), 4);
}

TEST(PortfolioTest, SortsByTheChosenColumnWithUnknownLastAndTitleBreakingTies) {
  Fixture f;
  f.all[0].content.value_rating = 3;
  f.all[1].content.value_rating = 5;
  f.all[2].content.value_rating = 3;
  const auto sorted = [&](PortfolioSort sort) {
    PortfolioFilter filter;
    filter.sort = sort;
    return ids(build_portfolio(f.all, f.summaries, filter));
  };
  EXPECT_EQ(sorted(PortfolioSort::title), (std::vector<std::int64_t>{4, 1, 3, 2}));
  EXPECT_EQ(sorted(PortfolioSort::phase), (std::vector<std::int64_t>{4, 3, 1, 2}));
  EXPECT_EQ(sorted(PortfolioSort::risk), (std::vector<std::int64_t>{1, 3, 2, 4}));   // 3, 3, 0, unknown
  EXPECT_EQ(sorted(PortfolioSort::value), (std::vector<std::int64_t>{2, 1, 3, 4}));  // 5, 3, 3, unrated
}

TEST(PortfolioTest, OrdersDanishTitlesWithAeOeAaAfterZ) {
  const std::vector<Initiative> all{initiative(1, "Åbent data"), initiative(2, "Zoneplan"),
                                    initiative(3, "Ældrepleje"), initiative(4, "anmeldelser")};
  EXPECT_EQ(ids(build_portfolio(all, {}, {})), (std::vector<std::int64_t>{4, 2, 3, 1}));
}

TEST(WaitingForJudgementTest, ListsOpenJudgementsHighestForumFirstAndNeverAStoppedInitiative) {
  Fixture f;
  f.summaries[3].open_judgements = 1;
  f.summaries[3].forum = Forum::kommunalbestyrelsen;
  f.summaries[2].open_judgements = 1;
  f.summaries[2].forum = Forum::dpo;
  f.all.push_back(initiative(5, "Stoppet chatbot", Phase::stopped));
  f.summaries[5] = assessed(5, RiskTier::high, std::nullopt, 1);
  const auto waiting = waiting_for_judgement(f.all, f.summaries);
  ASSERT_EQ(waiting.size(), 3U);
  EXPECT_EQ(waiting[0].initiative_id, 3);
  EXPECT_EQ(waiting[0].forum, Forum::kommunalbestyrelsen);
  EXPECT_EQ(waiting[1].initiative_id, 1);
  EXPECT_EQ(waiting[1].open_judgements, 2);
  EXPECT_EQ(waiting[1].title, "Jobmatch med AI");
  EXPECT_EQ(waiting[2].initiative_id, 2);
}

}  // namespace
}  // namespace forkant
