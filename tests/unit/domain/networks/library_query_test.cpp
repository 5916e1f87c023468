// The library's search words: never search syntax (each word quoted for FTS5), filters checked.
#include "domain/networks/library_query.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

TEST(LibraryQuery, WordsAreQuotedSoThatNoOperatorIsOne) {
  EXPECT_EQ(library_match_expression(library_words("kommune OR robot")), "\"kommune\" \"OR\" \"robot\"");
  EXPECT_EQ(library_match_expression(library_words("title:x NEAR(a b) \"q")),
            "\"title:x\" \"NEAR(a\" \"b)\" \"\"\"q\"");
  EXPECT_EQ(library_match_expression(library_words("  løn*  ")), "\"løn*\"");
  EXPECT_FALSE(library_match_expression(library_words("* : & ! \"")).has_value()) << "no word at all";
  EXPECT_FALSE(library_match_expression(library_words("")).has_value());
  // A NUL or another control character separates words: FTS5 reads its query as a C string, and a NUL
  // inside a quoted word left it unterminated (a 500 on the library's search; wapiti's finding).
  EXPECT_EQ(library_match_expression(library_words(std::string("/e\0x\x01y", 6))), "\"/e\" \"x\" \"y\"");
  EXPECT_EQ(library_words(std::string("\0\x7f\x1b", 3)).size(), 0U);
}

TEST(LibraryQuery, FiltersAreCheckedAndTheTextTrimmed) {
  const auto ok = parse_library_query("  robotter ", "3", "stop", "lesson", "2");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->text, "robotter");
  EXPECT_EQ(ok->question, 3);
  EXPECT_EQ(ok->verdict, "stop");
  EXPECT_EQ(ok->kind, "lesson");
  EXPECT_EQ(ok->page, 2);
  EXPECT_EQ(parse_library_query("", "11", "", "", "").error().code, "invalid_question");
  EXPECT_EQ(parse_library_query("", "3x", "", "", "").error().code, "invalid_question");
  EXPECT_EQ(parse_library_query("", "", "maybe", "", "").error().code, "invalid_verdict");
  EXPECT_EQ(parse_library_query("", "", "", "secret", "").error().code, "invalid_kind");
  EXPECT_EQ(parse_library_query("", "", "", "", "0").error().code, "invalid_page");
  EXPECT_EQ(parse_library_query(std::string(201, 'a'), "", "", "", "").error().code, "query_too_long");
  EXPECT_EQ(parse_library_query("\xff", "", "", "", "").error().code, "invalid_utf8");
  EXPECT_FALSE(parse_library_query("", "", "", "", "").value().question.has_value());
}

}  // namespace
}  // namespace forkant
