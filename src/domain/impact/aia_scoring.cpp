#include "domain/impact/aia_scoring.hpp"

#include <cmath>
#include <string>
#include <type_traits>

#include "domain/impact/js_number.hpp"

namespace forkant {
namespace {

// getScoreTypeHelper: 1 not scored, 2 raw risk, 3 mitigation, 0 no suffix.
int score_type_of_name(std::string_view name) {
  if (name.ends_with("-RS")) return 2;
  if (name.ends_with("-MS")) return 3;
  if (name.ends_with("-NS")) return 1;
  return 0;
}

// getScoreType: the question's own suffix, else its parent's (panel or page), else not scored.
int score_type(const QuestionRef& q) {
  if (const int own = score_type_of_name(q.element->name); own > 0) return own;
  const int parent = score_type_of_name(q.parent_name);
  return parent == 0 ? 1 : parent;
}

// hasScore: only these three types are ever scored.
bool has_score(const QuestionRef& q) {
  const auto t = q.element->type;
  const bool select =
      t == ElementType::radiogroup || t == ElementType::checkbox || t == ElementType::dropdown;
  return select && score_type(q) > 1;
}

// getValue: a string's embedded value, the sum of an array's (addItemsInArray), 0 for anything else.
double answer_value(const AnswerValue& value) {
  return std::visit(
      [](const auto& v) -> double {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::string>) {
          return aia_embedded_value(v);
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          double total = 0;
          for (const auto& item : v) total = total + aia_embedded_value(item);
          return total;
        } else {
          return 0;  // typeof boolean !== "number"
        }
      },
      value);
}

// getMaxScoreForQuestion: the highest choice (from 0) of a radiogroup or dropdown, the sum of a checkbox's.
double max_score(const Element& e) {
  double max = 0;
  for (const auto& c : e.choices) {
    const double value = aia_embedded_value(c.value);
    if (e.type == ElementType::checkbox) {
      max += value;
    } else if (max < value) {
      max = value;
    }
  }
  return max;
}

// JavaScript's Math.round: the nearest integer, halves toward +Infinity (-2.5 gives -2).
double js_round(double x) {
  if (!std::isfinite(x)) return x;
  const double down = std::floor(x);
  return x - down >= 0.5 ? down + 1 : down;
}

// calculateFinalScore at 7a4491b. At 6a7ca34 ("Add Risk Level", 2019-03-31) the third band gave level 2,
// a typo that 7a4491b corrected; rule 1 is the corrected code.
void rule1(AiaScore& s) {
  const double percentage = 0.8;
  const double deduction = 10;
  s.deduction_applied = s.mitigation >= percentage * s.max_mitigation;
  s.total = s.deduction_applied ? s.raw_risk - deduction : s.raw_risk;
  if (s.total <= 18) {
    s.level = 1;
  } else if (s.total > 18 && s.total <= 36) {
    s.level = 2;
  } else if (s.total > 36 && s.total <= 54) {
    s.level = 3;
  } else {
    s.level = 4;
  }
}

// calculateFinalScore at d3d44ee .. b900dc7; maxMitigationScore is halved for the Design/Implementation fork.
void rule2(AiaScore& s) {
  const double percentage = 0.8;
  const double deduction = 0.15;
  const double threshold1 = 0.25;
  const double threshold2 = 0.5;
  const double threshold3 = 0.75;
  s.deduction_applied = s.mitigation >= percentage * (s.max_mitigation / 2);
  s.total = s.deduction_applied ? js_round((1 - deduction) * s.raw_risk) : s.raw_risk;
  const double max = s.max_raw_risk;
  if (s.total <= max * threshold1) {
    s.level = 1;
  } else if (s.total > max * threshold1 && s.total <= max * threshold2) {
    s.level = 2;
  } else if (s.total > max * threshold2 && s.total <= max * threshold3) {
    s.level = 3;
  } else {
    s.level = 4;
  }
}

}  // namespace

double aia_embedded_value(std::string_view value) {
  const auto hyphen = value.rfind('-');
  if (hyphen == std::string_view::npos) return 0;
  return js_number(value.substr(hyphen + 1)).value_or(0);
}

Result<AiaScore> score_aia(const Questionnaire& questionnaire, const Answers& answers, int rule) {
  if (rule != 1 && rule != 2) {
    return Error::invalid("unknown_rule", "error.aia_unknown_rule", {{"rule", std::to_string(rule)}});
  }
  AiaScore s;
  s.rule = rule;
  for (const auto& q : all_questions(questionnaire)) {
    if (!has_score(q)) continue;
    const auto it = answers.find(q.element->name);
    const double value = it == answers.end() ? 0 : answer_value(it->second);
    if (score_type(q) == 2) {
      s.raw_risk += value;
      s.max_raw_risk += max_score(*q.element);
      ++s.risk_questions;
    } else {
      s.mitigation += value;
      s.max_mitigation += max_score(*q.element);
      ++s.mitigation_questions;
    }
  }
  if (rule == 1) {
    rule1(s);
  } else {
    rule2(s);
  }
  return s;
}

}  // namespace forkant
