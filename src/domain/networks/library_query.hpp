#pragma once
// A search of a network's shared library (issue 15): the words typed, the filters (question, verdict,
// kind of item) and the page. The words are never handed to a search engine as syntax: the FTS5
// expression quotes each word (an operator, a column name, `*` or `:` is then a word to find), and
// PostgreSQL's plainto_tsquery reads the words as plain text. Every word must be found (AND), a word
// and its inflections alike (the Danish stemmer of both backends).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace forkant {

inline constexpr int kLibraryPageSize = 20;
inline constexpr std::size_t kMaxLibraryQueryBytes = 200;

struct LibraryQuery {
  std::string text;                    // as typed, trimmed; "" lists everything
  std::optional<int> question;         // 1..10
  std::optional<std::string> verdict;  // continue, adjust, stop
  std::optional<std::string> kind;     // decision, deselection, lesson, initiative
  int page = 1;                        // 1-based
};

// The kinds of a shared item and the verdicts of an evaluated step, as network_shares stores them.
inline constexpr std::string_view kShareKinds[] = {"decision", "deselection", "lesson", "initiative"};
inline constexpr std::string_view kShareVerdicts[] = {"continue", "adjust", "stop"};
bool is_share_kind(std::string_view kind);
bool is_share_verdict(std::string_view verdict);

// From the form's values ("" for a field not given). Codes: invalid_question, invalid_verdict,
// invalid_kind, invalid_page, query_too_long, invalid_utf8.
Result<LibraryQuery> parse_library_query(std::string_view text, std::string_view question,
                                         std::string_view verdict, std::string_view kind,
                                         std::string_view page);

// The words of the text: split at white space, those without a letter or digit left out.
std::vector<std::string> library_words(std::string_view text);

// An FTS5 expression that finds rows holding every word: "w1" "w2", a quote inside a word doubled.
// nullopt when there is no word.
std::optional<std::string> library_match_expression(const std::vector<std::string>& words);

}  // namespace forkant
