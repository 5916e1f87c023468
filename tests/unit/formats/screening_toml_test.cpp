#include "formats/screening_toml.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace forkant {
namespace {

std::string file(const std::string& name) {
  std::ifstream in(std::string(FORKANT_SOURCE_DIR) + "/frameworks/impact/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const Screening& screening() {
  static const Screening s = [] {
    auto r = read_screening_toml(file("dk-screening.toml"));
    if (!r) ADD_FAILURE() << r.error().code << " line " << r.error().params.at("line");
    return r ? *r : Screening{};
  }();
  return s;
}

const RoutingTable& default_table() {
  static const RoutingTable t = *read_routing_toml(file("routing-default.toml"));
  return t;
}

std::vector<std::string> keys(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  out.reserve(findings.size());
  for (const auto& f : findings) out.push_back(f.key);
  return out;
}

using List = std::vector<std::string>;

// An AI system with nothing prohibited, no Annex III area, no Art. 50 duty, no personal data, all green.
Answers clean_ai() {
  Answers a{{"ai_system", std::string("yes")},
            {"prohibited_practices", List{"none"}},
            {"annex_iii_area", List{"none"}},
            {"art50_duties", List{"none"}},
            {"personal_data", std::string("no")}};
  for (const char* q : {"ethics_autonomy", "ethics_dignity", "ethics_responsibility", "ethics_equality",
                        "ethics_transparency", "ethics_proportionality", "ethics_human_contact"})
    a[q] = std::string("green");
  return a;
}

TEST(DkScreening, LoadsWithBothLanguages) {
  const Screening& s = screening();
  EXPECT_EQ(s.questionnaire.kind, "dk-screening");
  EXPECT_EQ(s.rule, 1);
  EXPECT_EQ(s.questionnaire.title.by_lang.size(), 2U);
  EXPECT_GE(s.questionnaire.pages.size(), 6U);
  EXPECT_TRUE(s.findings.contains("ai_act_high_risk"));
}

TEST(DkScreening, ACleanAiSystemFindsOnlyThatItIsOne) {
  EXPECT_EQ(keys(screening_findings(screening(), clean_ai())), List{"ai_system"});
}

TEST(DkScreening, NoAiSystemHidesTheAiActAnswers) {
  Answers a = clean_ai();
  a["ai_system"] = std::string("no");
  a["prohibited_practices"] = List{"social_scoring"};  // left over from an earlier answer: not visible
  EXPECT_TRUE(screening_findings(screening(), a).empty());
}

TEST(DkScreening, AProhibitedPracticeStopsTheAiActScreening) {
  Answers a = clean_ai();
  a["prohibited_practices"] = List{"emotion_work_education"};
  a["annex_iii_area"] = List{"public_benefits"};
  a["annex_iii_profiling"] = std::string("yes");
  a["art50_duties"] = List{"interacts"};
  EXPECT_EQ(keys(screening_findings(screening(), a)), (List{"ai_system", "prohibited"}));
  const auto f = screening_findings(screening(), a);
  EXPECT_EQ(f[1].source, "prohibited_practices");
  EXPECT_EQ(f[1].obligations.at(0).applies_from, Date{std::chrono::year{2025} / 2 / 2});
}

TEST(DkScreening, PublicBenefitsWithoutTheExceptionIsHighRisk) {
  Answers a = clean_ai();
  a["annex_iii_area"] = List{"public_benefits"};
  a["annex_iii_profiling"] = std::string("no");
  a["art6_3_exception"] = std::string("influences_decisions");
  const auto f = screening_findings(screening(), a);
  ASSERT_EQ(keys(f), (List{"ai_system", "ai_act_high_risk"}));
  EXPECT_EQ(f[1].source, "art6_3_exception");
  List ids;
  for (const auto& o : f[1].obligations) {
    ids.push_back(o.id);
    EXPECT_EQ(o.applies_from, Date{std::chrono::year{2027} / 12 / 2}) << o.id;
  }
  EXPECT_EQ(ids, (List{"ai-act-art26-deployer", "ai-act-art27-fria", "ai-act-art49-3-registration",
                       "ai-act-art86-explanation"}));
  EXPECT_EQ(f[1].obligations[1].article, "AI-forordningen art. 27, stk. 1, litra a-f");
  EXPECT_EQ(f[1].obligations[1].checklist.size(), 6U);  // (a)-(f)
}

TEST(DkScreening, PublicBenefitsWithTheDocumentedExceptionIsNotHighRisk) {
  Answers a = clean_ai();
  a["annex_iii_area"] = List{"public_benefits"};
  a["annex_iii_profiling"] = std::string("no");
  a["art6_3_exception"] = std::string("preparatory");
  const auto f = screening_findings(screening(), a);
  ASSERT_EQ(keys(f), (List{"ai_system", "ai_act_art6_3_exception"}));
  EXPECT_EQ(f[1].obligations.at(0).id, "ai-act-art6-4-documentation");
}

TEST(DkScreening, ProfilingOverridesTheException) {
  Answers a = clean_ai();
  a["annex_iii_area"] = List{"public_benefits"};
  a["annex_iii_profiling"] = std::string("yes");
  a["art6_3_exception"] = std::string("narrow_procedural");  // not visible once profiling is answered yes
  EXPECT_EQ(keys(screening_findings(screening(), a)), (List{"ai_system", "ai_act_high_risk"}));
}

TEST(DkScreening, ArticleFiftyGivesTheTransparencyDutyFromAugust2026) {
  Answers a = clean_ai();
  a["art50_duties"] = List{"interacts", "generates_content"};
  const auto f = screening_findings(screening(), a);
  ASSERT_EQ(keys(f), (List{"ai_system", "transparency_duty"}));
  EXPECT_EQ(f[1].obligations.at(0).applies_from, Date{std::chrono::year{2026} / 8 / 2});
}

TEST(DkScreening, LargeScaleSpecialCategoriesRequireADpia) {
  Answers a = clean_ai();
  a["personal_data"] = std::string("yes");
  a["special_categories"] = List{"health"};
  a["legal_basis"] = std::string("public_task");
  a["special_basis"] = std::string("health_care");
  a["dpia_art35_3"] = List{"b_special_large_scale"};
  a["dpia_national_list"] = List{"none"};
  const auto f = screening_findings(screening(), a);
  ASSERT_EQ(keys(f), (List{"ai_system", "dpia_required"}));
  ASSERT_EQ(f[1].obligations.size(), 2U);
  EXPECT_EQ(f[1].obligations[0].checklist.size(), 4U);  // art. 35(7)(a)-(d)
  EXPECT_EQ(f[1].obligations[1].article, "GDPR art. 35, stk. 2");
  EXPECT_EQ(f[1].obligations[1].applies_from, Date{std::chrono::year{2018} / 5 / 25});
}

TEST(DkScreening, WithoutPersonalDataTheGdprAnswersDoNotCount) {
  Answers a = clean_ai();
  a["personal_data"] = std::string("no");
  a["legal_basis"] = std::string("none");
  a["dpia_art35_3"] = List{"b_special_large_scale"};
  EXPECT_EQ(keys(screening_findings(screening(), a)), List{"ai_system"});
}

TEST(DkScreening, OutsideAnnexThreeNeitherProfilingNorTheExceptionIsAsked) {
  Answers a = clean_ai();
  a["annex_iii_area"] = List{"none"};
  a["annex_iii_profiling"] = std::string("yes");
  a["art6_3_exception"] = std::string("influences_decisions");
  EXPECT_EQ(keys(screening_findings(screening(), a)), List{"ai_system"});
}

TEST(DkScreening, NoOrUnclearLegalBasisHolds) {
  for (const char* basis : {"none", "unclear", "legitimate_interests"}) {
    Answers a = clean_ai();
    a["personal_data"] = std::string("yes");
    a["special_categories"] = List{"none"};
    a["legal_basis"] = std::string(basis);
    EXPECT_EQ(keys(screening_findings(screening(), a)), (List{"ai_system", "no_legal_basis"})) << basis;
  }
}

TEST(DkScreening, RedAndOrangeEthicsAnswersGiveOneFindingEach) {
  Answers a = clean_ai();
  a["ethics_dignity"] = std::string("orange");
  a["ethics_equality"] = std::string("orange");
  a["ethics_human_contact"] = std::string("red");
  const auto f = screening_findings(screening(), a);
  EXPECT_EQ(keys(f), (List{"ai_system", "ethics_orange", "ethics_red"}));
  EXPECT_EQ(f[1].source, "ethics_dignity");
}

TEST(AiaLevels, EveryLevelHasItsFindingWithObligations) {
  auto levels = read_findings_toml(file("aia-levels.toml"));
  ASSERT_TRUE(levels.ok());
  for (int level = 1; level <= 4; ++level) {
    const auto& f = levels->at("aia_level_" + std::to_string(level));
    EXPECT_FALSE(f.obligations.empty());
    EXPECT_EQ(f.title.by_lang.size(), 2U);
  }
  auto has = [&](int level, const std::string& id) {
    for (const auto& o : levels->at("aia_level_" + std::to_string(level)).obligations)
      if (o.id == id) return true;
    return false;
  };
  EXPECT_FALSE(has(2, "aia-human-final-decision"));
  EXPECT_TRUE(has(3, "aia-human-final-decision"));
  EXPECT_TRUE(has(4, "aia-human-final-decision"));
  EXPECT_TRUE(has(4, "aia-contingency"));
  EXPECT_TRUE(has(4, "aia-peer-review-two"));
}

// Every rule of the default table: each finding alone goes to its forum with its own obligations.
TEST(DefaultRouting, EachFindingAloneGoesToItsForum) {
  const std::map<std::string, Forum> expected{{"ai_system", Forum::fagchef},
                                              {"prohibited", Forum::direktion},
                                              {"no_legal_basis", Forum::jurist},
                                              {"dpia_required", Forum::dpo},
                                              {"ai_act_high_risk", Forum::direktion},
                                              {"ai_act_art6_3_exception", Forum::jurist},
                                              {"transparency_duty", Forum::fagchef},
                                              {"aia_level_1", Forum::fagchef},
                                              {"aia_level_2", Forum::jurist},
                                              {"aia_level_3", Forum::direktion},
                                              {"aia_level_4", Forum::oekonomiudvalget},
                                              {"ethics_orange", Forum::dataetisk_udvalg},
                                              {"ethics_red", Forum::kommunalbestyrelsen}};
  EXPECT_EQ(default_table().forum_of, expected);
  EXPECT_EQ(default_table().unrouted, Forum::direktion);
  auto all = screening().findings;
  all.merge(*read_findings_toml(file("aia-levels.toml")));
  for (const auto& [key, forum] : expected) {
    const Finding& finding = all.at(key);
    const Routing r = route({finding}, default_table());
    EXPECT_EQ(r.forum, forum) << key;
    EXPECT_EQ(r.forum_because, List{key});
    ASSERT_EQ(r.obligations.size(), finding.obligations.size()) << key;
    for (std::size_t i = 0; i < r.obligations.size(); ++i) {
      EXPECT_EQ(r.obligations[i].obligation, finding.obligations[i]);
      EXPECT_EQ(r.obligations[i].because_of, List{key});
    }
  }
}

TEST(DefaultRouting, AScreeningRoutesToItsHighestForumAndAddsUpTheObligations) {
  Answers a = clean_ai();
  a["annex_iii_area"] = List{"employment"};
  a["annex_iii_profiling"] = std::string("yes");
  a["personal_data"] = std::string("yes");
  a["special_categories"] = List{"none"};
  a["legal_basis"] = std::string("public_task");
  a["dpia_art35_3"] = List{"a_evaluation"};
  a["ethics_autonomy"] = std::string("orange");
  const Routing r = route(screening_findings(screening(), a), default_table());
  EXPECT_EQ(r.forum, Forum::dataetisk_udvalg);
  EXPECT_EQ(r.forum_because, List{"ethics_orange"});
  EXPECT_EQ(r.each.at("ai_act_high_risk"), Forum::direktion);
  EXPECT_EQ(r.each.at("dpia_required"), Forum::dpo);
  EXPECT_EQ(r.obligations.size(),
            1U + 4U + 2U + 1U);  // art. 4; art. 26, 27, 49, 86; art. 35(1), 35(2); ethics
}

TEST(RoutingToml, WritesWhatItReads) {
  RoutingTable t;
  t.forum_of = {{"ai_act_high_risk", Forum::kommunalbestyrelsen}, {"my_own", Forum::dpo}};
  t.unrouted = Forum::jurist;
  auto back = read_routing_toml(write_routing_toml(t));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, t);
  EXPECT_EQ(*read_routing_toml(write_routing_toml(default_table())), default_table());
}

struct Refusal {
  const char* name;
  std::string text;
  std::string code;
  int line;
};

// The key is assembled from the code, so the catalogue test cannot see it: check the catalogue source here.
bool in_catalogue(const std::string& key) {
  static const std::string source = [] {
    std::ifstream in(std::string(FORKANT_SOURCE_DIR) + "/locales/sources/issue12_screening.py",
                     std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }();
  return source.find("\"" + key + "\": (") != std::string::npos;
}

void expect_refused(const Error& e, const Refusal& c) {
  EXPECT_TRUE(in_catalogue(e.key)) << e.key;
  EXPECT_EQ(e.code, c.code) << c.name;
  EXPECT_EQ(e.key, "error.impact_file." + c.code) << c.name;
  EXPECT_EQ(e.params.at("line"), std::to_string(c.line)) << c.name;
}

TEST(RoutingToml, RefusalsNameTheirLine) {
  const std::vector<Refusal> cases{
      {"an unknown forum", "unrouted = \"direktion\"\n[forum_of]\nprohibited = \"byraad\"\n", "unknown_forum",
       3},
      {"an unknown default forum", "unrouted = \"chef\"\n[forum_of]\n", "unknown_forum", 1},
      {"a forum that is no string", "[forum_of]\n\nprohibited = 3\n", "wrong_type", 3},
      {"a bad finding key", "[forum_of]\n\"Prohibited!\" = \"dpo\"\n", "bad_id", 2},
      {"an unknown key", "[forum_of]\n[other]\n", "unknown_key", 2},
      {"not TOML", "[forum_of]\nx = \n", "syntax", 2},
      {"invalid UTF-8", "[forum_of]\n# \xff\n", "syntax", 2},
  };
  for (const auto& c : cases) {
    auto r = read_routing_toml(c.text);
    ASSERT_FALSE(r.ok()) << c.name;
    expect_refused(r.error(), c);
  }
}

// A small screening that is valid; each case breaks one line of it.
const std::string kValid =
    "id = \"s\"\n"                             // 1
    "version = \"1\"\n"                        // 2
    "rule = 1\n"                               // 3
    "title.da = \"T\"\n"                       // 4
    "title.en = \"T\"\n"                       // 5
    "[[obligations]]\n"                        // 6
    "id = \"o\"\n"                             // 7
    "title = { da = \"O\", en = \"O\" }\n"     // 8
    "article = \"art. 1\"\n"                   // 9
    "applies_from = 2027-12-02\n"              // 10
    "[[findings]]\n"                           // 11
    "key = \"f\"\n"                            // 12
    "title = { da = \"F\", en = \"F\" }\n"     // 13
    "obligations = [\"o\"]\n"                  // 14
    "[[pages]]\n"                              // 15
    "name = \"p\"\n"                           // 16
    "title = { da = \"P\", en = \"P\" }\n"     // 17
    "[[pages.questions]]\n"                    // 18
    "type = \"radiogroup\"\n"                  // 19
    "name = \"q\"\n"                           // 20
    "title = { da = \"Q\", en = \"Q\" }\n"     // 21
    "visible_if = '{q0} = \"x\"'\n"            // 22
    "[[pages.questions.choices]]\n"            // 23
    "value = \"yes\"\n"                        // 24
    "text = { da = \"Ja\", en = \"Yes\" }\n"   // 25
    "findings = [\"f\"]\n"                     // 26
    "[[pages.questions]]\n"                    // 27
    "type = \"comment\"\n"                     // 28
    "name = \"q0\"\n"                          // 29
    "title = { da = \"Q0\", en = \"Q0\" }\n";  // 30

std::string replace_line(int line, const std::string& with) {
  std::istringstream in(kValid);
  std::string out, l;
  for (int n = 1; std::getline(in, l); ++n) out += (n == line ? with : l) + "\n";
  return out;
}

TEST(ScreeningToml, TheSmallScreeningIsValid) {
  auto r = read_screening_toml(kValid);
  ASSERT_TRUE(r.ok()) << r.error().code;
  EXPECT_EQ(r->questionnaire.pages.at(0).elements.at(0).choices.at(0).findings, List{"f"});
}

TEST(ScreeningToml, RefusalsNameTheirLine) {
  const std::vector<Refusal> cases{
      {"a choice naming an unknown finding", replace_line(26, "findings = [\"nope\"]"), "unknown_finding",
       26},
      {"a finding naming an unknown obligation", replace_line(14, "obligations = [\"nope\"]"),
       "unknown_obligation", 14},
      {"a bad date", replace_line(10, "applies_from = \"2027-13-02\""), "bad_date", 10},
      {"a day that does not exist", replace_line(10, "applies_from = 2027-02-30"), "syntax", 10},
      {"a missing English text", replace_line(21, "title = { da = \"Q\" }"), "missing_text", 21},
      {"an empty Danish text", replace_line(25, "text = { da = \"\", en = \"Yes\" }"), "missing_text", 25},
      {"a question named as a page", replace_line(20, "name = \"p\""), "duplicate", 20},
      {"a duplicate finding key",
       replace_line(14,
                    "obligations = [\"o\"]\n[[findings]]\nkey = \"f\"\ntitle = { da = \"G\", en = \"G\" }"),
       "duplicate", 16},
      {"a bad id", replace_line(20, "name = \"Q 1\""), "bad_id", 20},
      {"an unknown question type", replace_line(19, "type = \"matrix\""), "unknown_type", 19},
      {"an unknown key", replace_line(9, "article = \"art. 1\"\nnote = \"x\""), "unknown_key", 10},
      {"a condition on an unknown question", replace_line(22, "visible_if = '{nope} = \"x\"'"),
       "unknown_question", 22},
      {"an unsupported condition", replace_line(22, "visible_if = '{q0} > 3'"), "condition", 22},
      {"choices on a comment",
       replace_line(28,
                    "type = \"comment\"\nchoices = [{ value = \"x\", text = { da = \"X\", en = \"X\" } }]"),
       "choices_not_allowed", 29},
      {"a rule that is not a positive integer", replace_line(3, "rule = 0"), "wrong_type", 3},
      {"a missing article", replace_line(9, ""), "missing", 6},
      {"a checkbox without choices",
       kValid +
           "[[pages.questions]]\ntype = \"checkbox\"\nname = \"q2\"\ntitle = { da = \"Q2\", en = \"Q2\" }\n",
       "no_choices", 31},
  };
  for (const auto& c : cases) {
    auto r = read_screening_toml(c.text);
    ASSERT_FALSE(r.ok()) << c.name;
    expect_refused(r.error(), c);
  }
}

TEST(FindingsToml, RefusesAnUnknownObligationAndPages) {
  auto r = read_findings_toml(
      "[[findings]]\nkey = \"f\"\ntitle = { da = \"F\", en = \"F\" }\nobligations = [\"x\"]\n");
  ASSERT_FALSE(r.ok());
  expect_refused(r.error(), {"unknown obligation", "", "unknown_obligation", 4});
  auto pages = read_findings_toml(kValid);
  ASSERT_FALSE(pages.ok());
  EXPECT_EQ(pages.error().code, "unknown_key");
}

}  // namespace
}  // namespace forkant
