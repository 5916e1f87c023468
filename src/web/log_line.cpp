#include "web/log_line.hpp"

namespace forkant::web {

std::string json_log_line(const nlohmann::json& fields) {
  return fields.dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
}

std::string error_log_line(std::string_view request_id, std::string_view what) {
  return json_log_line({{"event", "error"}, {"request_id", request_id}, {"error", what}});
}

}  // namespace forkant::web
