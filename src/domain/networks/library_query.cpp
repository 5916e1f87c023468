#include "domain/networks/library_query.hpp"

#include <algorithm>
#include <charconv>

#include "domain/search_words.hpp"
#include "domain/utf8.hpp"

namespace forkant {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::optional<int> whole_number(std::string_view s) {
  int n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return n;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

bool is_share_kind(std::string_view kind) {
  return std::find(std::begin(kShareKinds), std::end(kShareKinds), kind) != std::end(kShareKinds);
}

bool is_share_verdict(std::string_view verdict) {
  return std::find(std::begin(kShareVerdicts), std::end(kShareVerdicts), verdict) != std::end(kShareVerdicts);
}

Result<LibraryQuery> parse_library_query(std::string_view text, std::string_view question,
                                         std::string_view verdict, std::string_view kind,
                                         std::string_view page) {
  LibraryQuery q;
  if (!is_valid_utf8(text)) return Error::invalid("invalid_utf8", "error.invalid_utf8");
  text = trimmed(text);
  if (text.size() > kMaxLibraryQueryBytes) {
    return Error::invalid("query_too_long", "error.library_query_too_long");
  }
  q.text = std::string(text);
  if (!question.empty()) {
    const auto n = whole_number(question);
    if (!n || *n < 1 || *n > 10) return Error::invalid("invalid_question", "error.library_invalid_filter");
    q.question = *n;
  }
  if (!verdict.empty()) {
    if (!is_share_verdict(verdict)) return Error::invalid("invalid_verdict", "error.library_invalid_filter");
    q.verdict = std::string(verdict);
  }
  if (!kind.empty()) {
    if (!is_share_kind(kind)) return Error::invalid("invalid_kind", "error.library_invalid_filter");
    q.kind = std::string(kind);
  }
  if (!page.empty()) {
    const auto n = whole_number(page);
    if (!n || *n < 1 || *n > 10000) return Error::invalid("invalid_page", "error.library_invalid_filter");
    q.page = *n;
  }
  return q;
}

std::vector<std::string> library_words(std::string_view text) {
  return search_words(text);
}

std::optional<std::string> library_match_expression(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& word : words) {
    if (!out.empty()) out += ' ';
    out += fts_phrase(word, false);
  }
  if (out.empty()) return std::nullopt;
  return out;
}

}  // namespace forkant
