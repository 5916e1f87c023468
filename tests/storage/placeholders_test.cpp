// The placeholder rewriter of the PostgreSQL backend (storage/postgresql/placeholders.hpp): the stores'
// `?` and `?N` become `$N`, numbered as SQLite numbers them, and nothing inside a literal, a quoted
// identifier or a comment is touched.
#include "storage/postgresql/placeholders.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "storage/database_error.hpp"

namespace forkant::postgresql {
namespace {

struct Case {
  const char* story;
  const char* sql;
  const char* expected;
  int parameters;
};

const Case kCases[] = {
    {"no placeholder", "SELECT 1", "SELECT 1", 0},
    {"bare ones count up", "INSERT INTO t(a, b, c) VALUES(?, ?, ?)",
     "INSERT INTO t(a, b, c) VALUES($1, $2, $3)", 3},
    {"numbered ones keep their number", "SELECT ?2, ?1, ?2", "SELECT $2, $1, $2", 2},
    {"a bare one after a numbered one takes the next number (SQLite's rule)", "SELECT ?3, ?, ?1",
     "SELECT $3, $4, $1", 4},
    {"numbers of several digits", "SELECT ?12", "SELECT $12", 12},
    {"no space around", "a=?AND b=?1", "a=$1AND b=$1", 1},
    {"a question mark in a string literal stays", "SELECT '?', ? FROM t WHERE x = 'a?1'",
     "SELECT '?', $1 FROM t WHERE x = 'a?1'", 1},
    {"a doubled quote does not end the literal", "SELECT 'it''s ?', ?", "SELECT 'it''s ?', $1", 1},
    {"a literal that is only a doubled quote", "SELECT '''', ?", "SELECT '''', $1", 1},
    {"a quoted identifier stays", "SELECT \"what?\" FROM t WHERE id = ?",
     "SELECT \"what?\" FROM t WHERE id = $1", 1},
    {"a line comment stays, the next line does not", "SELECT ? -- why? ?1\n, ?", "SELECT $1 -- why? ?1\n, $2",
     2},
    {"a block comment stays", "SELECT /* ? */ ?", "SELECT /* ? */ $1", 1},
    {"a minus alone is not a comment", "SELECT 5 - ?", "SELECT 5 - $1", 1},
    {"an unterminated literal is left for the server to refuse", "SELECT 'a?", "SELECT 'a?", 0},
    {"an unterminated comment likewise", "SELECT ? /* ?", "SELECT $1 /* ?", 1},
    {"UTF-8 around placeholders passes through", "SELECT 'æøå', ? -- Ærø", "SELECT 'æøå', $1 -- Ærø", 1},
};

// Test lists and failures show a case by its story.
void PrintTo(const Case& c, std::ostream* os) {  // NOLINT(readability-identifier-naming): GoogleTest's name
  *os << c.story;
}

class RewritePlaceholders : public ::testing::TestWithParam<Case> {};

TEST_P(RewritePlaceholders, GivesPostgresqlsForm) {
  const auto out = rewrite_placeholders(GetParam().sql);
  EXPECT_EQ(out.sql, GetParam().expected);
  EXPECT_EQ(out.parameters, GetParam().parameters);
}

INSTANTIATE_TEST_SUITE_P(Cases, RewritePlaceholders, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return "case_" + std::to_string(info.index); });

TEST(RewritePlaceholdersRefuses, NumberZeroAndNumbersSqliteWouldRefuse) {
  EXPECT_THROW(rewrite_placeholders("SELECT ?0"), DatabaseError);
  EXPECT_THROW(rewrite_placeholders("SELECT ?99999"), DatabaseError);
  EXPECT_THROW(rewrite_placeholders("SELECT ?12345678"), DatabaseError);
}

}  // namespace
}  // namespace forkant::postgresql
