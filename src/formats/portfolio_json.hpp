#pragma once
// The portfolio as JSON for programs (GET /api/v1/orgs/{org_id}/portfolio and /orgs/{org_id}/portfolio.json;
// the CSV is formats/portfolio_csv.hpp). Field names are English machine names; enum values are the
// query values of the portfolio's filter; an unknown figure is null, never 0.

#include <nlohmann/json.hpp>

#include "domain/initiatives/portfolio.hpp"

namespace forkant {

// {"total": n, "shown": n, "plotted": n, "waiting": n, "initiatives": [{"initiative": {"id", "title",
// "phase", "owner_user_id", "purposes": [{"purpose_id", "weight"}], "questions": [..], "value_rating",
// "version"}, "risk": {"assessed", "tier", "aia_level", "forum", "open_judgements", "open_obligations",
// "needs_reassessment"}, "data_readiness", "readiness", "readiness_band", "risk_score", "value"}, ...]}
nlohmann::json portfolio_to_json(const Portfolio& portfolio);

}  // namespace forkant
