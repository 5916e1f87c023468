#pragma once
// JSON shapes of frameworks and rounds, shared by the API handlers.

#include <nlohmann/json.hpp>

#include "domain/assessment/framework.hpp"
#include "services/assessment.hpp"

namespace forkant::web::api {

nlohmann::json framework_to_json(const Framework& fw);
nlohmann::json framework_summary_json(const Framework& fw);
nlohmann::json round_to_json(const RoundRow& round, const std::vector<GroupCount>& counts);

}  // namespace forkant::web::api
