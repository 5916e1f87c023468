// What the initiative pages share: paths, labels, numbers as people write them, the links' other way.
#include "web/pages/initiative_pages.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "web/app.hpp"

namespace forkant::web::pages {

std::string initiatives_path(std::int64_t org_id) {
  return "/orgs/" + std::to_string(org_id) + "/initiatives";
}

std::string initiative_path(std::int64_t org_id, std::int64_t initiative_id) {
  return initiatives_path(org_id) + "/" + std::to_string(initiative_id);
}

std::string phase_label(const Context& ctx, Phase phase) {
  return ctx.t("initiative.phase." + std::string{to_string(phase)});
}

std::string format_amount(double value, const std::string& lang) {
  char buffer[64];
  if (std::trunc(value) == value && std::fabs(value) < 1e15) {
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string text(buffer);
    while (text.back() == '0') text.pop_back();  // 12.50 -> 12.5
    if (text.back() == '.') text.pop_back();
    std::snprintf(buffer, sizeof buffer, "%s", text.c_str());
  }
  std::string out(buffer);
  if (lang == "da") {
    for (auto& c : out) {
      if (c == '.') c = ',';
    }
  }
  return out;
}

std::optional<double> parse_amount(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return std::nullopt;
  std::string s = text.substr(first, text.find_last_not_of(" \t") - first + 1);
  for (auto& c : s) {
    if (c == ',') c = '.';  // Danish decimal comma
  }
  if (!s.empty() && s.front() == '+') s.erase(0, 1);
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

nlohmann::json linking_initiatives_view(Context& ctx, std::int64_t org_id,
                                        const std::vector<Initiative>& list) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& i : list) {
    out.push_back({{"title", i.content.title},
                   {"href", initiative_path(org_id, i.id)},
                   {"phase", phase_label(ctx, i.phase)}});
  }
  return out;
}

}  // namespace forkant::web::pages
