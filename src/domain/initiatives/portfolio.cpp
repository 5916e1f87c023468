#include "domain/initiatives/portfolio.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <tuple>

#include "domain/decisions/decision_filter.hpp"

namespace forkant {

namespace {

// The filter's words for its own enums, in enum order; phases and tiers go by their enums' to_string.
constexpr std::array<std::string_view, 5> kSortNames{"title", "phase", "risk", "value", "readiness"};
constexpr std::array<std::string_view, 4> kBandNames{"unknown", "low", "medium", "high"};

Error filter_error(ErrorKind kind, std::string code, const std::string& field, const std::string& value) {
  return Error{
      kind, std::move(code), "error.portfolio_filter_" + field, {{"field", field}, {"value", value}}};
}

template <std::size_t N>
std::optional<std::size_t> index_of(const std::array<std::string_view, N>& names, std::string_view text) {
  const auto it = std::find(names.begin(), names.end(), text);
  if (it == names.end()) return std::nullopt;
  return static_cast<std::size_t>(it - names.begin());
}

// A whole number in lo..hi: wrong_type (400) when not decimal digits, unknown_<field> (422) when outside.
Result<int> bounded_number(const std::string& field, const std::string& text, int lo, int hi) {
  if (text.find_first_not_of("0123456789") != std::string::npos)
    return filter_error(ErrorKind::malformed, "wrong_type", field, text);
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc::result_out_of_range || (ec == std::errc{} && (value < lo || value > hi)))
    return filter_error(ErrorKind::invalid, "unknown_" + field, field, text);
  if (ec != std::errc{} || end != text.data() + text.size())
    return filter_error(ErrorKind::malformed, "wrong_type", field, text);
  return value;
}

bool is_purpose_id(const std::string& text) {
  return !text.empty() && text.size() <= kMaxPurposeIdChars &&
         std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
         });
}

Status parse_tier(const std::string& text, PortfolioFilter& filter) {
  if (text == "unassessed") {
    filter.tier = TierFilter{true, RiskTier::none};
    return ok_status();
  }
  for (const auto tier :
       {RiskTier::none, RiskTier::minimal, RiskTier::transparency, RiskTier::high, RiskTier::prohibited}) {
    if (to_string(tier) != text) continue;
    filter.tier = TierFilter{false, tier};
    return ok_status();
  }
  return filter_error(ErrorKind::invalid, "unknown_tier", "tier", text);
}

Status parse_numbers(const PortfolioFilterQuery& query, PortfolioFilter& filter) {
  if (!query.question.empty()) {
    auto n = bounded_number("question", query.question, 1, 10);
    if (!n) return n.error();
    filter.question = *n;
  }
  if (!query.level.empty()) {
    auto n = bounded_number("level", query.level, 1, 4);
    if (!n) return n.error();
    filter.aia_level = *n;
  }
  return ok_status();
}

int tier_score(RiskTier tier) {
  switch (tier) {
    case RiskTier::prohibited:
      return 4;
    case RiskTier::high:
      return 3;
    case RiskTier::transparency:
      return 1;
    case RiskTier::minimal:
    case RiskTier::none:
      return 0;
  }
  return 0;
}

// AIA level 1..4 -> 0..3: level 4 weighs as the AI Act's high risk, never as a prohibition.
int aia_score(std::optional<int> level) {
  return level ? std::clamp(*level, 1, 4) - 1 : 0;
}

// Orders with unknown values last, whatever the column; higher first.
template <class T>
int higher_first(const std::optional<T>& a, const std::optional<T>& b) {
  if (a.has_value() != b.has_value()) return a.has_value() ? -1 : 1;
  if (!a) return 0;
  return *a > *b ? -1 : (*b > *a ? 1 : 0);
}

int compare_rows(const PortfolioRow& a, const PortfolioRow& b, PortfolioSort sort) {
  switch (sort) {
    case PortfolioSort::phase: {
      const auto pa = static_cast<int>(a.initiative.phase), pb = static_cast<int>(b.initiative.phase);
      return pa < pb ? -1 : (pb < pa ? 1 : 0);
    }
    case PortfolioSort::risk:
      return higher_first(a.risk, b.risk);
    case PortfolioSort::value:
      return higher_first(a.value, b.value);
    case PortfolioSort::readiness:
      return higher_first(a.readiness, b.readiness);
    case PortfolioSort::title:
      return 0;
  }
  return 0;
}

}  // namespace

std::string_view to_string(PortfolioSort sort) {
  return kSortNames[static_cast<std::size_t>(sort)];
}

std::string_view to_string(ReadinessBand band) {
  return kBandNames[static_cast<std::size_t>(band)];
}

Result<PortfolioFilter> parse_portfolio_filter(const PortfolioFilterQuery& query,
                                               const std::vector<std::string>& purpose_ids) {
  PortfolioFilter filter;
  if (!query.phase.empty()) {
    const auto phase = phase_from_string(query.phase);
    if (!phase) return filter_error(ErrorKind::invalid, "unknown_phase", "phase", query.phase);
    filter.phase = *phase;
  }
  if (!query.purpose.empty()) {
    if (!is_purpose_id(query.purpose))
      return filter_error(ErrorKind::malformed, "invalid_purpose", "purpose", query.purpose);
    if (!purpose_ids.empty() &&
        std::find(purpose_ids.begin(), purpose_ids.end(), query.purpose) == purpose_ids.end())
      return filter_error(ErrorKind::invalid, "unknown_purpose", "purpose", query.purpose);
    filter.purpose_id = query.purpose;
  }
  if (auto numbers = parse_numbers(query, filter); !numbers) return numbers.error();
  if (!query.tier.empty()) {
    if (auto tier = parse_tier(query.tier, filter); !tier) return tier.error();
  }
  if (query.open == "1") {
    filter.open_judgements_only = true;
  } else if (!query.open.empty() && query.open != "0") {
    return filter_error(ErrorKind::malformed, "invalid_open", "open", query.open);
  }
  if (!query.sort.empty()) {
    const auto sort = index_of(kSortNames, query.sort);
    if (!sort) return filter_error(ErrorKind::invalid, "unknown_sort", "sort", query.sort);
    filter.sort = static_cast<PortfolioSort>(*sort);
  }
  return filter;
}

double quality_score(Quality quality) {
  switch (quality) {
    case Quality::good:
      return 1.0;
    case Quality::uncertain:
      return 0.5;
    case Quality::poor:
      return 0.0;
  }
  return 0.0;
}

std::optional<double> data_readiness(const InitiativeDraft& content) {
  if (content.data_sources.empty()) return std::nullopt;
  double sum = 0;
  for (const auto& source : content.data_sources) sum += quality_score(source.quality);
  return sum / static_cast<double>(content.data_sources.size());
}

std::optional<double> readiness(const InitiativeDraft& content) {
  const auto data = data_readiness(content);
  if (!data) return std::nullopt;
  return (*data + quality_score(content.competence_readiness)) / 2.0;
}

ReadinessBand readiness_band(std::optional<double> readiness) {
  if (!readiness) return ReadinessBand::unknown;
  // Compared in thirds multiplied out, so that exactly 2/3 (e.g. (1 + 1/3) / 2) is high, not medium.
  const double thirds = *readiness * 3.0;
  if (thirds < 1.0 - 1e-9) return ReadinessBand::low;
  if (thirds < 2.0 - 1e-9) return ReadinessBand::medium;
  return ReadinessBand::high;
}

std::optional<int> risk_score(const RiskSummary& summary) {
  if (!summary.assessed) return std::nullopt;
  return std::max(tier_score(summary.tier), aia_score(summary.aia_level));
}

std::optional<int> portfolio_value(const InitiativeDraft& content) {
  if (content.value_rating < 1 || content.value_rating > 5) return std::nullopt;
  return content.value_rating;
}

bool matches(const Initiative& initiative, const RiskSummary& summary, const PortfolioFilter& filter) {
  const InitiativeDraft& c = initiative.content;
  if (filter.phase && initiative.phase != *filter.phase) return false;
  if (filter.question && !c.questions.contains(*filter.question)) return false;
  if (filter.purpose_id && std::none_of(c.purposes.begin(), c.purposes.end(), [&](const PurposeWeight& p) {
        return p.purpose_id == *filter.purpose_id;
      }))
    return false;
  if (filter.tier) {
    if (filter.tier->unassessed != !summary.assessed) return false;
    if (!filter.tier->unassessed && summary.tier != filter.tier->tier) return false;
  }
  if (filter.aia_level && summary.aia_level != filter.aia_level) return false;
  return !filter.open_judgements_only || summary.open_judgements > 0;
}

Portfolio build_portfolio(const std::vector<Initiative>& initiatives,
                          const std::map<std::int64_t, RiskSummary>& summaries,
                          const PortfolioFilter& filter) {
  Portfolio out;
  out.total = initiatives.size();
  for (const Initiative& initiative : initiatives) {
    RiskSummary summary;
    summary.initiative_id = initiative.id;
    if (const auto it = summaries.find(initiative.id); it != summaries.end()) summary = it->second;
    if (!matches(initiative, summary, filter)) continue;
    PortfolioRow row{initiative, summary, readiness(initiative.content), risk_score(summary),
                     portfolio_value(initiative.content)};
    out.plotted += row.plotted() ? 1 : 0;
    out.waiting += summary.open_judgements > 0 ? 1 : 0;
    out.rows.push_back(std::move(row));
  }
  // Title keys once per row, not once per comparison.
  std::vector<std::pair<std::string, std::size_t>> keys;
  keys.reserve(out.rows.size());
  for (std::size_t i = 0; i < out.rows.size(); ++i)
    keys.emplace_back(title_sort_key(out.rows[i].initiative.content.title), i);
  std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
    const PortfolioRow& ra = out.rows[a.second];
    const PortfolioRow& rb = out.rows[b.second];
    if (const int c = compare_rows(ra, rb, filter.sort); c != 0) return c < 0;
    return std::tie(a.first, ra.initiative.id) < std::tie(b.first, rb.initiative.id);
  });
  std::vector<PortfolioRow> sorted;
  sorted.reserve(out.rows.size());
  for (const auto& key : keys) sorted.push_back(std::move(out.rows[key.second]));
  out.rows = std::move(sorted);
  return out;
}

}  // namespace forkant
