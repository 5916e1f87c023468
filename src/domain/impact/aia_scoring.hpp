#pragma once
// Canada's Algorithmic Impact Assessment scored exactly as canada-ca/aia-eia-js does it. Two rule
// versions, each reproducing the tool's calculateFinalScore (src/store.ts) at a named commit:
//   rule 1 — commit 7a4491b (2019-04-13, "Obligations (#44)"): 10 points off the raw score when the
//            mitigation score reaches 80 % of its maximum; levels by fixed bands <= 18, <= 36, <= 54;
//   rule 2 — commit d3d44ee (2019-05-17) unchanged up to b900dc7 (v1.0.1, 2025-10-03): 15 % off
//            (JavaScript's Math.round) when mitigation reaches 80 % of half its maximum (the Design and
//            Implementation forks); levels at 25 / 50 / 75 % of the maximum raw score, upper bounds
//            inclusive.

#include <vector>

#include "domain/impact/questionnaire.hpp"
#include "domain/result.hpp"

namespace forkant {

inline constexpr int kAiaLatestRule = 2;

struct AiaScore {
  int rule = kAiaLatestRule;
  double raw_risk = 0;           // sum of the answered -RS questions' values
  double max_raw_risk = 0;       // over every -RS question, visible or not
  double mitigation = 0;         // sum of the answered -MS questions' values
  double max_mitigation = 0;     // over every -MS question, both forks
  int risk_questions = 0;        // how many -RS questions the maxima were summed over
  int mitigation_questions = 0;  // how many -MS questions
  bool deduction_applied = false;
  double total = 0;  // the raw risk after the mitigation deduction
  int level = 1;     // 1..4
  bool operator==(const AiaScore&) const = default;
};

// The numeric value of a choice or answer string as the tool reads it: the text after the last '-',
// converted as JavaScript's Number() would; NaN and no '-' give 0.
double aia_embedded_value(std::string_view value);

// Scores `answers` as the tool scores survey.data: every answer given to a scored question counts, so pass
// visible_answers(...) (domain/impact/answer_check.hpp) to score what a completed survey keeps. Answers to
// names the questionnaire does not have are ignored. Rule 1 had no maximum raw score; max_raw_risk is
// filled in for both rules all the same. Unknown rule versions are refused ("unknown_rule").
Result<AiaScore> score_aia(const Questionnaire& questionnaire, const Answers& answers, int rule);

}  // namespace forkant
