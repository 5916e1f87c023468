#pragma once
// The results of a closed round, aggregated by the rules of PRODUCT.md and filtered by the anonymity rules
// of anonymity.hpp. Whatever this returns may be shown; nothing in it describes fewer than k respondents,
// and no two shown figures of the same statistic differ by 1..k-1 respondents.
//
// Derived figures are computed from shown figures only, so they can leak nothing the page does not show:
// the overall index is the mean of the shown dimension scores, the position share counts the dimensions
// with a shown position mean, a priority needs a shown score and a shown mean importance.
//
// Results of a closed round never change: compute them once and cache them.

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/assessment/anonymity.hpp"
#include "domain/assessment/answers.hpp"
#include "domain/assessment/framework.hpp"
#include "domain/assessment/statistics.hpp"

namespace forkant {

inline constexpr double kDisagreementSd = 1.0;
inline constexpr double kPositionTaken = 4.0;  // a mean position rating from here counts as a position

struct RoundInput {
  std::vector<std::string> groups;  // display order; a response's group missing here is appended
  std::vector<SubmittedResponse> responses;
  int k = kMinAnonymityThreshold;  // raised to kMinAnonymityThreshold when lower
  std::string top_group;           // the group that is top management ("" when none is marked)
};

// The organisation's previous closed round, for trends. Ignored unless it used the same framework id
// and version: different versions are never mixed (trend_baseline says whether it is used).
struct PreviousRound {
  std::string framework_id;
  int framework_version = 0;
  RoundInput round;
};

// Spread and order statistics of the respondents' dimension scores: shown only from max(k, 5)
// contributors, since with fewer the median, min and max are the scores themselves, and the mean with
// the sd let a member who knows their own answer work out the others'.
struct Spread {
  double median = 0, sd = 0, min = 0, max = 0;
};

struct DimensionResult {
  std::string dimension_id;
  std::optional<double> score;       // mean of respondents' dimension scores (from k)
  int n = 0;                         // respondents with a score, when the score is shown
  std::optional<Spread> spread;      // from max(k, 5)
  std::optional<double> importance;  // mean importance
  std::optional<double> position;    // mean position rating
  std::optional<double> priority;    // importance * (5 - score)
  std::optional<double> trend;       // score - the same set's score in the previous round
  bool disagreement = false;         // spread shown and sd >= 1.0; never flagged without the sd
};

struct ItemDistribution {
  std::string item_id;
  int n = 0;
  std::array<int, kScaleMax + 1> counts{};  // [kDontKnow] = "don't know", [1..5] = ratings
};

struct PurposeResult {
  std::string purpose_id;
  double mean = 0;           // points (from k)
  std::optional<double> sd;  // from max(k, 5)
};

// Who entered a set's hand-entered responses, and how many each (name "" when not known).
struct HandEntered {
  std::string name;
  int count = 0;
  friend bool operator==(const HandEntered&, const HandEntered&) = default;
};

struct PurposeAllocation {
  int n = 0;  // respondents who gave an allocation
  std::vector<PurposeResult> purposes;
};

struct SetResult {
  std::string group;  // empty for the whole round
  int respondents = 0;
  bool suppressed = true;
  int needed = 0;  // when suppressed: more submissions needed before the set is shown
  // The rest is empty while suppressed.
  int by_hand = 0;                      // of `respondents`, entered by hand
  std::vector<HandEntered> entered_by;  // by name
  std::optional<double> index;
  std::optional<double> position_share;         // 0..1
  std::vector<DimensionResult> dimensions;      // framework order
  std::vector<std::string> priority_order;      // dimension ids with a priority, highest first
  std::vector<ItemDistribution> distributions;  // shown items only, framework order
  std::optional<PurposeAllocation> purposes;
  std::map<std::string, std::vector<std::string>> comments;  // whole round only: dimension id -> texts
};

struct RoundResults {
  int k = kMinAnonymityThreshold;
  SetResult whole;
  std::vector<SetResult> groups;             // RoundInput::groups order
  std::vector<std::string> excluded_groups;  // groups left out of the whole round, see anonymity.hpp
  std::string top_group;                     // RoundInput::top_group
};

// The leadership's figures are top management's set: its position share, disagreement flags and
// priorities, under the same anonymity guard as any group. Null when the round marks no top group or has
// no such group; a suppressed set otherwise (then `needed` says how many more responses it needs) — never
// the whole round in its place.
const SetResult* top_management(const RoundResults& results);

// Whether `previous` is a trend baseline for a round on `framework`: same framework id and version.
bool trend_baseline(const Framework& framework, const PreviousRound& previous);

// `previous` may be null. Responses must have passed validate_for_submit against `framework`.
RoundResults compute_results(const Framework& framework, const RoundInput& round,
                             const PreviousRound* previous = nullptr);

}  // namespace forkant
