#include "domain/decisions/decision_filter.hpp"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <set>
#include <tuple>

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

}  // namespace

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

std::vector<std::string> distinct_bodies(const std::vector<Decision>& decisions) {
  std::set<std::string> bodies;
  for (const auto& d : decisions) {
    bodies.insert(d.content.body);
  }
  return {bodies.begin(), bodies.end()};
}

}  // namespace forkant
