#include "formats/byor_json.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <vector>

namespace forkant {
namespace {

using Json = nlohmann::ordered_json;

Error invalid(std::string code, std::map<std::string, std::string> params = {}) {
  std::string key = "error." + code;
  return Error::invalid(std::move(code), std::move(key), std::move(params));
}

}  // namespace

Result<ByorRadar> read_byor_json(std::string_view text) {
  Json root = Json::parse(text.begin(), text.end(), nullptr, false);
  if (root.is_discarded()) return invalid("byor_json_malformed");
  if (!root.is_array()) return invalid("byor_json_not_array");
  if (root.empty()) return invalid("byor_empty");
  if (root.size() > kMaxByorRows)
    return invalid("csv_too_many_rows", {{"max", std::to_string(kMaxByorRows)}});
  if (!root[0].is_object()) return invalid("byor_json_not_object", {{"row", "1"}});
  std::vector<std::string> columns;
  for (const auto& [key, value] : root[0].items()) columns.push_back(key);
  if (auto s = check_byor_columns(columns); !s) return s.error();
  std::vector<ByorRow> rows;
  for (std::size_t i = 0; i < root.size(); ++i) {
    const Json& item = root[i];
    const std::string r = std::to_string(i + 1);
    if (!item.is_object()) return invalid("byor_json_not_object", {{"row", r}});
    ByorRow row;
    row.row = static_cast<int>(i + 1);
    // Keys are trimmed as BYOR trims them; a later key of the same trimmed name wins.
    for (const auto& [raw_key, value] : item.items()) {
      if (!value.is_string())
        return invalid("byor_json_not_string", {{"row", r}, {"field", raw_key.substr(0, 40)}});
      const auto first = raw_key.find_first_not_of(" \t\r\n");
      const std::string key = first == std::string::npos
                                  ? ""
                                  : raw_key.substr(first, raw_key.find_last_not_of(" \t\r\n") - first + 1);
      const std::string& v = value.get_ref<const std::string&>();
      if (key == "name") {
        row.name = v;
      } else if (key == "ring") {
        row.ring = v;
      } else if (key == "quadrant") {
        row.quadrant = v;
      } else if (key == "isNew") {
        row.is_new = v;
      } else if (key == "status") {
        row.status = v;
      } else if (key == "description") {
        row.description = v;
      }
    }
    rows.push_back(std::move(row));
  }
  return read_byor_rows(rows);
}

std::string write_byor_json(const ByorRadar& radar) {
  std::vector<const ByorBlip*> order;
  for (const ByorBlip& b : radar.blips) order.push_back(&b);
  std::stable_sort(order.begin(), order.end(),
                   [](const ByorBlip* a, const ByorBlip* b) { return a->quadrant < b->quadrant; });
  Json out = Json::array();
  for (const ByorBlip* b : order) {
    const Movement m = b->movement.value_or(Movement::no_change);
    Json item = Json::object();
    item["name"] = byor_value_for(b->name);
    item["ring"] = std::string(byor_ring_word(b->ring));
    item["quadrant"] = byor_value_for(radar.quadrants[static_cast<std::size_t>(b->quadrant)]);
    item["isNew"] = m == Movement::new_entry ? "TRUE" : "FALSE";
    item["status"] = std::string(byor_status_word(m));
    item["description"] = byor_description_html(b->description);
    out.push_back(std::move(item));
  }
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace forkant
