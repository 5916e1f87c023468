#include "domain/decisions/decision_filter.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <iterator>
#include <set>
#include <tuple>

#include "domain/search_words.hpp"
#include "domain/utf8.hpp"

namespace forkant {

namespace {

Error filter_error(std::string code, const std::string& field, const std::string& value) {
  return Error{
      ErrorKind::malformed, std::move(code), "error.filter_" + field, {{"field", field}, {"value", value}}};
}

// A whole number written in decimal digits only (no sign, no spaces); out_of_range when it does not fit.
Result<std::int64_t> whole_number(const std::string& field, const std::string& text) {
  if (text.find_first_not_of("0123456789") != std::string::npos)
    return filter_error("wrong_type", field, text);
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc::result_out_of_range) return filter_error("value_out_of_range", field, text);
  if (ec != std::errc{} || end != text.data() + text.size()) return filter_error("wrong_type", field, text);
  return value;
}

constexpr std::array<std::string_view, 5> kSortNames{"date", "title", "kind", "review", "question"};

// A key that orders titles as a Danish reader expects: case-insensitive, with æ, ø, å after z.
std::string title_key(const std::string& title) {
  std::string key;
  key.reserve(title.size());
  for (std::size_t i = 0; i < title.size(); ++i) {
    const auto c = static_cast<unsigned char>(title[i]);
    if (c == 0xC3 && i + 1 < title.size()) {
      const auto next = static_cast<unsigned char>(title[i + 1]);
      const char mapped = next == 0xA6 || next == 0x86   ? '{'  // æ Æ
                          : next == 0xB8 || next == 0x98 ? '|'  // ø Ø
                          : next == 0xA5 || next == 0x85 ? '}'  // å Å
                                                         : '\0';
      if (mapped != '\0') {
        key += mapped;
        ++i;
        continue;
      }
    }
    key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  return key;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

std::string title_sort_key(const std::string& title) {
  return title_key(title);
}

std::string_view to_string(DecisionSort sort) {
  return kSortNames[static_cast<std::size_t>(sort)];
}

Result<DecisionFilter> parse_decision_filter(const DecisionFilterQuery& query) {
  DecisionFilter filter;
  if (!query.kind.empty()) {
    filter.kind = decision_kind_from_string(query.kind);
    if (!filter.kind) return filter_error("unknown_kind", "kind", query.kind);
  }
  if (!query.question.empty()) {
    auto n = whole_number("question", query.question);
    if (!n) {
      return n.error().code == "value_out_of_range"
                 ? filter_error("unknown_question", "question", query.question)
                 : n.error();
    }
    if (*n < 1 || *n > 10) return filter_error("unknown_question", "question", query.question);
    filter.question = static_cast<int>(*n);
  }
  if (!query.owner.empty()) {
    auto n = whole_number("owner", query.owner);
    if (!n) return n.error();
    filter.owner_user_id = *n;
  }
  if (!query.body.empty()) filter.body = query.body;
  if (!query.q.empty()) {
    if (!is_valid_utf8(query.q) || std::any_of(query.q.begin(), query.q.end(), [](char c) {
          return static_cast<unsigned char>(c) < 0x20 && !is_space(c);
        })) {
      return filter_error("invalid_search", "q", "");
    }
    if (utf8_length(query.q) > kMaxSearchChars) return filter_error("search_too_long", "q", "");
    if (!std::all_of(query.q.begin(), query.q.end(), is_space)) filter.search = query.q;
  }
  if (!query.sort.empty()) {
    const auto it = std::find(kSortNames.begin(), kSortNames.end(), query.sort);
    if (it == kSortNames.end()) return filter_error("unknown_sort", "sort", query.sort);
    filter.sort = static_cast<DecisionSort>(it - kSortNames.begin());
  }
  // Newest decisions first by default; every other column from the start of the alphabet or calendar.
  filter.descending = filter.sort == DecisionSort::date;
  if (query.dir == "asc" || query.dir == "desc") {
    filter.descending = query.dir == "desc";
  } else if (!query.dir.empty()) {
    return filter_error("unknown_sort", "dir", query.dir);
  }
  for (const auto& [field, text, target] :
       {std::tuple{"from", &query.from, &filter.from}, std::tuple{"to", &query.to, &filter.to}}) {
    if (text->empty()) continue;
    const auto date = parse_iso_date(*text);
    if (!date) return filter_error("invalid_date", field, *text);
    *target = *date;
  }
  return filter;
}

bool matches(const Decision& decision, const DecisionFilter& filter) {
  const DecisionDraft& c = decision.content;
  if (filter.kind && c.kind != *filter.kind) {
    return false;
  }
  if (filter.question && !c.questions.contains(*filter.question)) {
    return false;
  }
  if (filter.owner_user_id && c.owner_user_id != *filter.owner_user_id) {
    return false;
  }
  if (filter.body && c.body != *filter.body) {
    return false;
  }
  if (filter.from && c.decided_on < *filter.from) {
    return false;
  }
  if (filter.to && c.decided_on > *filter.to) {
    return false;
  }
  return filter.include_superseded || !decision.is_superseded();
}

std::vector<Decision> filter_decisions(const std::vector<Decision>& decisions, const DecisionFilter& filter) {
  std::vector<Decision> result;
  std::copy_if(decisions.begin(), decisions.end(), std::back_inserter(result),
               [&](const Decision& d) { return matches(d, filter); });
  return result;
}

std::optional<std::string> fts_match_expression(std::string_view search) {
  std::string out;
  for (const auto& word : search_words(search)) {
    if (!out.empty()) out += ' ';
    out += fts_phrase(word, true);
  }
  if (out.empty()) return std::nullopt;
  return out;
}

void sort_decisions(std::vector<Decision>& decisions, DecisionSort sort, bool descending) {
  const auto newest_first = [](const Decision& a, const Decision& b) {
    return std::tie(b.content.decided_on, b.id) < std::tie(a.content.decided_on, a.id);
  };
  // -1, 0, 1 for the column alone; the direction applies to it, the tie-break does not change.
  const auto compare = [sort](const Decision& a, const Decision& b) -> int {
    const auto three_way = [](const auto& x, const auto& y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (sort) {
      case DecisionSort::title:
        return three_way(title_key(a.content.title), title_key(b.content.title));
      case DecisionSort::kind:
        return three_way(static_cast<int>(a.content.kind), static_cast<int>(b.content.kind));
      case DecisionSort::review: {
        // Without a review date: last whichever the direction (nothing to follow up).
        const bool ha = a.content.review_on.has_value();
        const bool hb = b.content.review_on.has_value();
        if (ha != hb) return 0;  // handled below
        return ha ? three_way(*a.content.review_on, *b.content.review_on) : 0;
      }
      case DecisionSort::question: {
        const int qa = a.content.questions.empty() ? 99 : *a.content.questions.begin();
        const int qb = b.content.questions.empty() ? 99 : *b.content.questions.begin();
        return three_way(qa, qb);
      }
      case DecisionSort::date:
        break;
    }
    return three_way(a.content.decided_on, b.content.decided_on);
  };
  std::stable_sort(decisions.begin(), decisions.end(), [&](const Decision& a, const Decision& b) {
    if (sort == DecisionSort::review && a.content.review_on.has_value() != b.content.review_on.has_value())
      return a.content.review_on.has_value();
    const int c = compare(a, b);
    if (c != 0) return descending ? c > 0 : c < 0;
    return newest_first(a, b);
  });
}

}  // namespace forkant
