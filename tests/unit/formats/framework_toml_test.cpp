#include "formats/framework_toml.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace forkant {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A valid file; the bad cases below each change a few lines of it.
const std::string kValid = R"(id = "mini"
version = 2
title.da = "Mini"
title.en = "Mini"

[[dimensions]]
id = "d1"
title.da = "Et"
title.en = "One"
question.da = "Hvorfor?"
question.en = "Why?"

[[dimensions.items]]
id = "d1.s1"
kind = "statement"
text.da = "Vi ved det."
text.en = "We know."

[[dimensions.items]]
id = "d1.position"
kind = "position"
text.da = "Vi har taget stilling."
text.en = "We have taken a position."

[[dimensions.purposes]]
id = "p.a"
label.da = "A"
label.en = "A"

[[dimensions.purposes]]
id = "p.b"
label.da = "B"
label.en = "B"
)";

std::string replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return text.replace(at, from.size(), to);
}

TEST(FrameworkTomlTest, AValidFileGivesTheFrameworkInFileOrder) {
  const FrameworkParse parsed = parse_framework(kValid, "mini.toml");
  ASSERT_TRUE(parsed.ok()) << format_problem("mini.toml", parsed.problems.front());
  const Framework& fw = *parsed.framework;
  EXPECT_EQ(fw.id, "mini");
  EXPECT_EQ(fw.version, 2);
  ASSERT_EQ(fw.dimensions.size(), 1u);
  EXPECT_EQ(fw.dimensions[0].number, 1);
  EXPECT_EQ(fw.dimensions[0].question.get("en"), "Why?");
  ASSERT_EQ(fw.dimensions[0].items.size(), 2u);
  EXPECT_EQ(fw.dimensions[0].items[1].kind, ItemKind::position);
  EXPECT_EQ(fw.purpose_dimension_id, "d1");
  ASSERT_EQ(fw.purposes.size(), 2u);
  EXPECT_EQ(fw.purposes[1].id, "p.b");
}

struct BadCase {
  std::string name;
  std::string text;
  std::vector<FrameworkProblem> expected;  // exact, in line order
};

const std::vector<BadCase> kBadCases = {
    {"a duplicate id names the line of the duplicate and of the first",
     replace(kValid, R"(id = "d1.position")", R"(id = "d1.s1")"),
     {{20, "duplicate id 'd1.s1' (first defined on line 14)"}}},
    {"a missing English text is reported on its table",
     replace(kValid, "question.en = \"Why?\"\n", ""),
     {{10, "missing English text (question.en)"}}},
    {"a missing Danish text is reported too",
     replace(kValid, "text.da = \"Vi ved det.\"\n", ""),
     {{16, "missing Danish text (text.da)"}}},
    {"an unknown item kind",
     replace(kValid, R"(kind = "position")", R"(kind = "opinion")"),
     {{21, "unknown item kind 'opinion' (expected statement, position, importance or comment)"}}},
    {"a syntax error reports the line toml++ gives",
     replace(kValid, "version = 2", "version = "),
     {{2, "syntax error: Error while parsing key-value pair: expected value, saw '\\n'"}}},
    {"a missing id and version are reported on line 1",
     replace(replace(kValid, "id = \"mini\"\n", ""), "version = 2\n", "\n"),
     {{1, "missing 'id'"}, {1, "missing 'version'"}}},
    {"an id with capitals",
     replace(kValid, R"(id = "d1")", R"(id = "D1")"),
     {{7, "dimension id 'D1' must match [a-z0-9][a-z0-9._-]* and be at most 64 characters"}}},
    {"the id 'group' is reserved",
     replace(kValid, R"(id = "p.a")", R"(id = "group")"),
     {{26, "id 'group' is reserved for the group column of response CSV files"}}},
    {"a dimension without statements",
     replace(kValid, R"(kind = "statement")", R"(kind = "comment")"),
     {{6, "dimension 'd1' has no statement items"}}},
    {"a second position item",
     replace(kValid, R"(kind = "statement")", R"(kind = "position")"),
     {{6, "dimension 'd1' has no statement items"},
      {19, "dimension 'd1' has more than one position item (first on line 13)"}}},
    {"an unknown key, e.g. a typo",
     replace(kValid, "question.da", "qestion.da"),
     {{10, "unknown key 'qestion' (allowed: id, title, question, items, purposes)"},
      {11, "missing Danish text (question.da)"}}},
    {"a version that is not a positive integer",
     replace(kValid, "version = 2", "version = 0"),
     {{2, "'version' must be a positive integer"}}},
    {"a single purpose",
     replace(kValid, "[[dimensions.purposes]]\nid = \"p.b\"", "[[dimensions.x]]\nid = \"p.b\""),
     {{25, "a purpose allocation needs at least two purposes"},
      {30, "unknown key 'x' (allowed: id, title, question, items, purposes)"}}},
    {"invalid UTF-8 is reported per line",
     replace(kValid, "Hvorfor?", "Hvorfor\xff?"),
     {{10, "invalid UTF-8"}}},
    {"a table header without a key (toml++ 3.3.0 would break an invariant)",
     replace(kValid, "[[dimensions.purposes]]\nid = \"p.b\"", "[[#dimensions.purposes]]\nid = \"p.b\""),
     {{30, "malformed table header: expected a key after '['"}}},
    {"a table header without a key behind a byte order mark (fuzzer finding)",
     "\xEF\xBB\xBF [\n",
     {{1, "malformed table header: expected a key after '['"}}},
    {"an array-of-tables header without a key behind a byte order mark (issue 18's 10-minute exploration)",
     "\xEF\xBB\xBF[[}",
     {{1, "malformed table header: expected a key after '['"}}},
    {"a '}' where an array expects a value (toml++ 3.3.0 asserts on it; fuzzer finding)",
     replace(kValid, "version = 2", "version = [ 1,\n }"),
     {{3, "syntax error: '}' where a value was expected"}}},
    {"a '}' inside strings and comments is text",
     replace(kValid, "version = 2", "version = 2 # [ }\nnote = \"[ }, }\""),
     {{3, "unknown key 'note' (allowed: id, version, title, description, source, dimensions)"}}},
    {"a private-use character (toml_shield's stand-ins) is refused",
     replace(kValid, "Hvorfor?", "Hvorfor\uE123?"),
     {{10, "unsupported private-use character U+E123"}}},
    {"Danish letters outside a string are a syntax error, reported with the letters as written",
     replace(kValid, "version = 2", "versiøn = 2"),
     {{2, "syntax error: Error while parsing key-value pair: expected '=', saw '\xC3\xB8'"}}},
};

TEST(FrameworkTomlTest, DanishLettersWhereTomlPlusPlusWouldMisjudgeThemAreKept) {
  // After a line-ending backslash in a multi-line string toml++ asks whether the next character is
  // whitespace; for "æ" its table had no answer (see formats/toml_shield.hpp).
  const std::string text =
      replace(kValid, "question.da = \"Hvorfor?\"", "question.da = \"\"\"Hvorfor \\\n   ændrer vi os?\"\"\"");
  const FrameworkParse parsed = parse_framework(text, "mini.toml");
  ASSERT_TRUE(parsed.ok()) << format_problem("mini.toml", parsed.problems.front());
  EXPECT_EQ(parsed.framework->dimensions.front().question.da, "Hvorfor ændrer vi os?");
}

TEST(FrameworkTomlTest, ABadFileIsRefusedWithEveryProblemAndItsLine) {
  for (const BadCase& c : kBadCases) {
    SCOPED_TRACE(c.name);
    const FrameworkParse parsed = parse_framework(c.text, "bad.toml");
    EXPECT_FALSE(parsed.ok());
    ASSERT_EQ(parsed.problems.size(), c.expected.size());
    for (std::size_t i = 0; i < c.expected.size(); ++i) {
      EXPECT_EQ(parsed.problems[i].line, c.expected[i].line) << parsed.problems[i].reason;
      EXPECT_EQ(parsed.problems[i].reason, c.expected[i].reason);
    }
  }
}

TEST(FrameworkTomlTest, SeveralProblemsAreAllReportedInLineOrder) {
  std::string text = replace(kValid, R"(kind = "position")", R"(kind = "opinion")");
  text = replace(text, "title.en = \"One\"\n", "");
  text = replace(text, R"(id = "p.b")", R"(id = "p.a")");
  const FrameworkParse parsed = parse_framework(text, "bad.toml");
  ASSERT_EQ(parsed.problems.size(), 3u);
  EXPECT_EQ(parsed.problems[0].line, 8);  // the title table, now without title.en
  EXPECT_EQ(parsed.problems[1].line, 20);
  EXPECT_EQ(parsed.problems[2].line, 30);
  EXPECT_EQ(parsed.problems[2].reason, "duplicate id 'p.a' (first defined on line 25)");
}

TEST(FrameworkTomlTest, ProblemsPrintAsFileLineReason) {
  EXPECT_EQ(format_problem("x.toml", {7, "missing 'id'"}), "x.toml:7: missing 'id'");
}

TEST(FrameworkTomlTest, TheBuiltInFrameworkValidatesWithTheTenQuestionsInOrder) {
  const std::string path = std::string(FORKANT_SOURCE_DIR) + "/frameworks/ti-spoergsmaal.toml";
  const FrameworkParse parsed = parse_framework(read_file(path), path);
  ASSERT_TRUE(parsed.ok()) << format_problem(path, parsed.problems.front());
  const Framework& fw = *parsed.framework;
  EXPECT_EQ(fw.id, "ti-spoergsmaal");
  EXPECT_EQ(fw.version, 1);
  EXPECT_FALSE(fw.source.da.empty());
  ASSERT_EQ(fw.dimensions.size(), 10u);
  for (std::size_t i = 0; i < fw.dimensions.size(); ++i) {
    const Dimension& d = fw.dimensions[i];
    SCOPED_TRACE(d.id);
    EXPECT_EQ(d.id, "q" + std::to_string(i + 1));
    EXPECT_EQ(d.number, static_cast<int>(i) + 1);
    int statements = 0;
    for (const Item& item : d.items) statements += item.kind == ItemKind::statement;
    EXPECT_GE(statements, 3);
    EXPECT_LE(statements, 5);
    ASSERT_NE(d.item_of_kind(ItemKind::position), nullptr);
    EXPECT_EQ(d.item_of_kind(ItemKind::position)->id, d.id + ".position");
    EXPECT_EQ(d.item_of_kind(ItemKind::position)->text.da,
              "Som topledelse har vi taget klar stilling til dette spørgsmål.");
    ASSERT_NE(d.item_of_kind(ItemKind::importance), nullptr);
    ASSERT_NE(d.item_of_kind(ItemKind::comment), nullptr);
    EXPECT_EQ(d.items.size(), static_cast<std::size_t>(statements) + 3);
  }
  EXPECT_EQ(fw.purpose_dimension_id, "q1");
  const std::vector<std::string> purposes = {"p.citizens",  "p.efficiency", "p.labour", "p.growth",
                                             "p.core-task", "p.political",  "p.other"};
  ASSERT_EQ(fw.purposes.size(), purposes.size());
  for (std::size_t i = 0; i < purposes.size(); ++i) EXPECT_EQ(fw.purposes[i].id, purposes[i]);
}

}  // namespace
}  // namespace forkant
