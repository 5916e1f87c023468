#pragma once
// The portfolio of initiatives (issue 12, section 4): every initiative beside its standing in the impact
// assessments, filtered and sorted, with the three figures its chart plots. Pure: the caller loads the
// initiatives and the risk summaries and passes them in.
//
// Readiness (0..1, or unknown), how far the organisation is ready to carry the initiative:
//   data        = the mean over its data sources of good 1, uncertain 0.5, poor 0; unknown without sources
//   competence  = competence_readiness the same way (good 1, uncertain 0.5, poor 0)
//   readiness   = (data + competence) / 2; unknown when data is unknown (nothing is guessed)
// and its band: low below 1/3, medium below 2/3, high from 2/3.
//
// Risk score (0..4, or unknown when nothing has been assessed), the higher of the AI Act tier's and the
// AIA level's score:
//   4  prohibited (AI Act art. 5)
//   3  AI Act high risk (Annex III), or AIA level 4
//   2  AIA level 3
//   1  a transparency duty (art. 50), or AIA level 2
//   0  minimal or no AI Act tier, AIA level 1 or none
//
// Value = value_rating 1..5; 0 (not rated) is unknown. An initiative with an unknown value or risk is
// not plotted (the page lists it apart), never drawn at 0.

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/initiatives/initiative.hpp"
#include "domain/initiatives/risk_summary.hpp"
#include "domain/result.hpp"

namespace forkant {

// The list's orders: title (Danish alphabetical, the default), phase (idea first), risk (highest first,
// unknown last), value (highest first, unrated last), readiness (highest first, unknown last). Ties by
// title, then id.
enum class PortfolioSort { title, phase, risk, value, readiness };
std::string_view to_string(PortfolioSort sort);  // the values of ?sort=

// Risk tier as a filter: one of the AI Act's tiers as screened, or "not assessed".
struct TierFilter {
  bool unassessed = false;  // initiatives without a completed assessment
  RiskTier tier = RiskTier::none;
  bool operator==(const TierFilter&) const = default;
};

struct PortfolioFilter {
  std::optional<Phase> phase;
  std::optional<std::string> purpose_id;
  std::optional<int> question;  // 1..10
  std::optional<TierFilter> tier;
  std::optional<int> aia_level;  // 1..4
  bool open_judgements_only = false;
  PortfolioSort sort = PortfolioSort::title;
};

// The filter as a query string gives it (the page's GET form, the exports and the API share it): each
// parameter's text exactly as received, "" when absent.
struct PortfolioFilterQuery {
  std::string phase;     // idea | analysis | pilot | scale_up | operation | stopped
  std::string purpose;   // a purpose id of the framework
  std::string question;  // 1..10
  std::string tier;      // none | minimal | transparency | high | prohibited | unassessed
  std::string level;     // 1..4 (the AIA level)
  std::string open;      // "1" (open judgements only) or "0"
  std::string sort;      // title | phase | risk | value | readiness
};

inline constexpr std::size_t kMaxPurposeIdChars = 64;

// The one reading of a portfolio filter; an empty parameter sets no criterion. Errors carry the params
// field (the parameter's name) and value (what was given), and a key naming the field for people:
//   malformed (400): wrong_type (question or level is not a whole number), invalid_purpose (not an id:
//                    [a-z0-9._-], at most kMaxPurposeIdChars), invalid_open (not "0" or "1")
//   invalid (422):   unknown_phase, unknown_tier, unknown_question (outside 1..10), unknown_level
//                    (outside 1..4), unknown_purpose (not among `purpose_ids`, when that is not empty),
//                    unknown_sort
Result<PortfolioFilter> parse_portfolio_filter(const PortfolioFilterQuery& query,
                                               const std::vector<std::string>& purpose_ids);

enum class ReadinessBand { unknown, low, medium, high };
std::string_view to_string(ReadinessBand band);  // "unknown", "low", "medium", "high"

double quality_score(Quality quality);  // good 1, uncertain 0.5, poor 0
std::optional<double> data_readiness(const InitiativeDraft& content);
std::optional<double> readiness(const InitiativeDraft& content);
ReadinessBand readiness_band(std::optional<double> readiness);

// The risk score of a summary (see above); nullopt when nothing has been assessed.
std::optional<int> risk_score(const RiskSummary& summary);
inline constexpr int kMaxRiskScore = 4;

// 1..5, or nullopt when not rated (0) or out of range.
std::optional<int> portfolio_value(const InitiativeDraft& content);

struct PortfolioRow {
  Initiative initiative;
  RiskSummary summary;  // initiative_id set and assessed = false when it has no assessment
  std::optional<double> readiness;
  std::optional<int> risk;
  std::optional<int> value;
  bool plotted() const { return risk.has_value() && value.has_value(); }
};

struct Portfolio {
  std::vector<PortfolioRow> rows;  // the matching initiatives, sorted
  std::size_t total = 0;           // initiatives before filtering
  std::size_t plotted = 0;         // rows with both a risk and a value
  std::size_t waiting = 0;         // rows with an open judgement
};

bool matches(const Initiative& initiative, const RiskSummary& summary, const PortfolioFilter& filter);

// `summaries` as ImpactService::risk_summaries gives them: an initiative missing from it has none.
Portfolio build_portfolio(const std::vector<Initiative>& initiatives,
                          const std::map<std::int64_t, RiskSummary>& summaries,
                          const PortfolioFilter& filter);

}  // namespace forkant
