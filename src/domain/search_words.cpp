#include "domain/search_words.hpp"

#include <algorithm>

namespace forkant {
namespace {

bool separates(char ch) {
  const auto c = static_cast<unsigned char>(ch);
  return c <= 0x20 || c == 0x7f;
}

bool has_letter_or_digit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  });
}

}  // namespace

std::vector<std::string> search_words(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && separates(text[i])) ++i;
    const std::size_t start = i;
    while (i < text.size() && !separates(text[i])) ++i;
    const std::string_view word = text.substr(start, i - start);
    if (!word.empty() && has_letter_or_digit(word)) out.emplace_back(word);
  }
  return out;
}

std::string fts_phrase(std::string_view word, bool prefix) {
  std::string out = "\"";
  for (const char c : word) {
    if (c == '"') out += '"';
    out += c;
  }
  out += prefix ? "\"*" : "\"";
  return out;
}

}  // namespace forkant
