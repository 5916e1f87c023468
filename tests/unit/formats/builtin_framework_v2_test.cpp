// The built-in framework, version 2 (frameworks/ti-spoergsmaal-v2.toml): the rules its wording keeps,
// checked mechanically so that a later edit cannot quietly break them. Every group (executive board,
// managers, staff, politicians, citizens) answers the same items, so they speak of the organisation and
// its top management in the third person; each statement carries one idea in one sentence; nothing tells
// the respondent the expected answer; and what the op-ed asks is covered.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "formats/framework_toml.hpp"

namespace forkant {
namespace {

const std::string kPath = std::string(FORKANT_SOURCE_DIR) + "/frameworks/ti-spoergsmaal-v2.toml";

Framework load() {
  std::ifstream in(kPath, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  FrameworkParse parsed = parse_framework(ss.str(), kPath);
  EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : format_problem(kPath, parsed.problems.front()));
  return parsed.ok() ? *parsed.framework : Framework{};
}

// The words of a text, lower case (ASCII letters folded; Danish letters are kept as they are).
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalpha(u) || u >= 0x80) {
      word += static_cast<char>(std::tolower(u));
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(word);
  return out;
}

bool has_any_word(const std::string& text, const std::set<std::string>& forbidden) {
  const auto w = words(text);
  return std::any_of(w.begin(), w.end(), [&](const std::string& x) { return forbidden.count(x) > 0; });
}

// One sentence: it ends with a full stop (a question with a question mark), and has no other full stop,
// question mark, exclamation mark or semicolon.
bool is_one_sentence(const std::string& text, char end) {
  if (text.empty() || text.back() != end) return false;
  const std::string body = text.substr(0, text.size() - 1);
  return body.find_first_of(".?!;") == std::string::npos;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The texts of the items of `kind` in dimension `id`, in one language.
std::vector<std::string> texts(const Framework& fw, const std::string& id, ItemKind kind, bool danish) {
  std::vector<std::string> out;
  if (const Dimension* d = fw.find_dimension(id)) {
    for (const Item& item : d->items) {
      if (item.kind == kind) out.push_back(danish ? item.text.da : item.text.en);
    }
  }
  return out;
}

bool any_contains(const std::vector<std::string>& xs, const std::string& part) {
  return std::any_of(xs.begin(), xs.end(), [&](const std::string& x) { return contains(x, part); });
}

TEST(BuiltInFrameworkV2Test, IsVersionTwoOfTheSameFrameworkWithTheTenQuestionsAndTheSamePurposes) {
  const Framework fw = load();
  EXPECT_EQ(fw.id, "ti-spoergsmaal");
  EXPECT_EQ(fw.version, 2);
  ASSERT_EQ(fw.dimensions.size(), 10u);
  for (std::size_t i = 0; i < fw.dimensions.size(); ++i) {
    const Dimension& d = fw.dimensions[i];
    SCOPED_TRACE(d.id);
    EXPECT_EQ(d.id, "q" + std::to_string(i + 1));
    int statements = 0;
    for (const Item& item : d.items) {
      if (item.kind != ItemKind::statement) continue;
      ++statements;
      EXPECT_EQ(item.id, d.id + ".s" + std::to_string(statements)) << "statement ids are qN.s1, qN.s2, …";
    }
    EXPECT_GE(statements, 4);
    EXPECT_LE(statements, 5);
    ASSERT_NE(d.item_of_kind(ItemKind::position), nullptr);
    EXPECT_EQ(d.item_of_kind(ItemKind::position)->id, d.id + ".position");
    ASSERT_NE(d.item_of_kind(ItemKind::importance), nullptr);
    EXPECT_EQ(d.item_of_kind(ItemKind::importance)->id, d.id + ".importance");
    ASSERT_NE(d.item_of_kind(ItemKind::comment), nullptr);
    EXPECT_EQ(d.item_of_kind(ItemKind::comment)->id, d.id + ".comment");
  }
  EXPECT_EQ(fw.purpose_dimension_id, "q1");
  const std::vector<std::string> purposes = {"p.citizens",  "p.efficiency", "p.labour", "p.growth",
                                             "p.core-task", "p.political",  "p.other"};
  ASSERT_EQ(fw.purposes.size(), purposes.size());
  for (std::size_t i = 0; i < purposes.size(); ++i) EXPECT_EQ(fw.purposes[i].id, purposes[i]);
}

TEST(BuiltInFrameworkV2Test, EveryItemSpeaksOfTheOrganisationInTheThirdPerson) {
  const Framework fw = load();
  const std::set<std::string> first_person_da = {"vi", "os", "vores", "vore", "jeg", "mig", "min", "mit"};
  const std::set<std::string> first_person_en = {"we", "us", "our", "ours", "i", "my"};
  for (const Dimension& d : fw.dimensions) {
    for (const Item& item : d.items) {
      SCOPED_TRACE(item.id);
      EXPECT_FALSE(has_any_word(item.text.da, first_person_da)) << item.text.da;
      EXPECT_FALSE(has_any_word(item.text.en, first_person_en)) << item.text.en;
      EXPECT_FALSE(item.text.da.starts_with("Vi i topledelsen")) << item.text.da;
      EXPECT_FALSE(item.text.da.starts_with("Som topledelse")) << item.text.da;
      EXPECT_FALSE(item.text.en.starts_with("As top management")) << item.text.en;
    }
    SCOPED_TRACE(d.id);
    EXPECT_FALSE(has_any_word(d.question.da, first_person_da)) << d.question.da;
    EXPECT_FALSE(has_any_word(d.question.en, first_person_en)) << d.question.en;
    EXPECT_EQ(d.item_of_kind(ItemKind::position)->text.da,
              "Topledelsen har taget klar stilling til dette spørgsmål.");
    EXPECT_EQ(d.item_of_kind(ItemKind::position)->text.en,
              "Top management has taken a clear position on this question.");
    EXPECT_EQ(d.item_of_kind(ItemKind::importance)->text.da,
              "Hvor vigtigt er dette spørgsmål for organisationen de næste to år?");
  }
  // Answered by every group, so it is no longer "top management's shared assessment".
  EXPECT_FALSE(fw.description.da.starts_with("Topledelsens fælles vurdering")) << fw.description.da;
  EXPECT_FALSE(fw.description.en.starts_with("Top management's shared assessment")) << fw.description.en;
  EXPECT_FALSE(has_any_word(fw.description.da, first_person_da)) << fw.description.da;
  EXPECT_FALSE(has_any_word(fw.description.en, first_person_en)) << fw.description.en;
}

TEST(BuiltInFrameworkV2Test, EveryStatementIsOneSentenceAndNoneLeads) {
  const Framework fw = load();
  for (const Dimension& d : fw.dimensions) {
    for (const Item& item : d.items) {
      if (!is_scored(item.kind)) continue;
      SCOPED_TRACE(item.id);
      EXPECT_TRUE(is_one_sentence(item.text.da, '.')) << item.text.da;
      EXPECT_TRUE(is_one_sentence(item.text.en, '.')) << item.text.en;
      // "… og ikke kun i it-afdelingen" told the respondent the expected answer.
      EXPECT_FALSE(contains(item.text.da, "ikke kun")) << item.text.da;
      EXPECT_FALSE(contains(item.text.en, "not only")) << item.text.en;
      // Dashes and "også"/"including" tacked a second idea on in version 1 (q6.s2).
      EXPECT_FALSE(contains(item.text.da, "–")) << item.text.da;
      EXPECT_FALSE(contains(item.text.da, "også")) << item.text.da;
    }
    const Item* importance = d.item_of_kind(ItemKind::importance);
    EXPECT_TRUE(is_one_sentence(importance->text.da, '?')) << importance->text.da;
    EXPECT_TRUE(is_one_sentence(importance->text.en, '?')) << importance->text.en;
  }
}

TEST(BuiltInFrameworkV2Test, EnglishUsesTheHouseVocabulary) {
  const Framework fw = load();
  auto check = [](const std::string& en) {
    EXPECT_FALSE(contains(en, "directorate")) << en;
    EXPECT_FALSE(contains(en, "deselect")) << en;
  };
  check(fw.description.en);
  for (const Dimension& d : fw.dimensions) {
    check(d.question.en);
    for (const Item& item : d.items) check(item.text.en);
  }
}

TEST(BuiltInFrameworkV2Test, CoversWhatTheOpEdAsksAndVersionOneMissed) {
  const Framework fw = load();
  const bool da = true;
  // Question 3: the advice top management gives the politicians.
  EXPECT_TRUE(any_contains(texts(fw, "q3", ItemKind::statement, da), "rådgivning"));
  // Question 10: support, not only understanding.
  EXPECT_TRUE(any_contains(texts(fw, "q10", ItemKind::statement, da), "forstår"));
  EXPECT_TRUE(any_contains(texts(fw, "q10", ItemKind::statement, da), "bakker op"));
  // The three decisions: on the management agenda; small steps adjusted along the way; learning from others.
  EXPECT_TRUE(any_contains(texts(fw, "q5", ItemKind::statement, da), "dagsorden"));
  EXPECT_TRUE(any_contains(texts(fw, "q9", ItemKind::statement, da), "små skridt"));
  EXPECT_TRUE(any_contains(texts(fw, "q9", ItemKind::statement, da), "justeret undervejs"));
  EXPECT_TRUE(any_contains(texts(fw, "q8", ItemKind::statement, da), "lærer af andre"));
}

}  // namespace
}  // namespace forkant
