#pragma once
// The words of a search box, for both full-text searches (the decision register, a network's library):
// split at white space and at every other control character — NUL included, since FTS5 reads its query as
// a C string and a NUL inside a quoted word left it unterminated (a 500; wapiti's finding) — keeping the
// words that hold a letter or a digit. Each word is then quoted for FTS5 (fts_phrase), so that no word
// is read as an operator.

#include <string>
#include <string_view>
#include <vector>

namespace forkant {

std::vector<std::string> search_words(std::string_view text);

// `word` as one FTS5 string ("" doubled inside), `*` after it when `prefix`.
std::string fts_phrase(std::string_view word, bool prefix);

}  // namespace forkant
