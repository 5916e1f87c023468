#include "formats/portfolio_json.hpp"

#include <optional>
#include <string>

namespace forkant {
namespace {

template <class T>
nlohmann::json or_null(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json initiative_json(const Initiative& initiative) {
  const InitiativeDraft& c = initiative.content;
  nlohmann::json purposes = nlohmann::json::array();
  for (const auto& p : c.purposes) purposes.push_back({{"purpose_id", p.purpose_id}, {"weight", p.weight}});
  return {{"id", initiative.id},
          {"title", c.title},
          {"phase", std::string{to_string(initiative.phase)}},
          {"owner_user_id", c.owner_user_id},
          {"purposes", purposes},
          {"questions", c.questions},
          {"value_rating", c.value_rating},
          {"version", initiative.version}};
}

nlohmann::json risk_json(const RiskSummary& s) {
  return {{"assessed", s.assessed},
          {"tier", s.assessed ? nlohmann::json(std::string{to_string(s.tier)}) : nlohmann::json(nullptr)},
          {"aia_level", or_null(s.aia_level)},
          {"forum", s.forum ? nlohmann::json(std::string{to_string(*s.forum)}) : nlohmann::json(nullptr)},
          {"open_judgements", s.open_judgements},
          {"open_obligations", s.open_obligations},
          {"needs_reassessment", s.needs_reassessment}};
}

}  // namespace

nlohmann::json portfolio_to_json(const Portfolio& portfolio) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : portfolio.rows) {
    rows.push_back({{"initiative", initiative_json(r.initiative)},
                    {"risk", risk_json(r.summary)},
                    {"data_readiness", or_null(data_readiness(r.initiative.content))},
                    {"readiness", or_null(r.readiness)},
                    {"readiness_band", std::string{to_string(readiness_band(r.readiness))}},
                    {"risk_score", or_null(r.risk)},
                    {"value", or_null(r.value)}});
  }
  return {{"total", portfolio.total},
          {"shown", portfolio.rows.size()},
          {"plotted", portfolio.plotted},
          {"waiting", portfolio.waiting},
          {"initiatives", rows}};
}

}  // namespace forkant
