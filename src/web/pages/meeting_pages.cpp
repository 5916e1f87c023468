// What the pages of a meeting series share.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

Translate translator(Context& ctx) {
  return [&ctx](std::string_view key, const std::map<std::string, std::string>& params) {
    return ctx.t(key, params);
  };
}

}  // namespace

std::string series_path(const OrgAccess& access, std::int64_t series_id) {
  return "/orgs/" + std::to_string(access.org_id) + "/meetings/" + std::to_string(series_id);
}

// The text the coordinator works on: the saved edit, else the draft as text.
std::string agenda_text(Context& ctx, const NextMeeting& next) {
  if (next.row && !next.row->agenda_text.empty()) return next.row->agenda_text;
  return agenda_to_text(next.draft, translator(ctx));
}

nlohmann::json agenda_points_view(Context& ctx, const NextMeeting& next) {
  nlohmann::json points = nlohmann::json::array();
  for (const auto& p : next.draft.points) {
    // A closed round's findings, each linking to the section of the results page it comes from.
    nlohmann::json findings = nlohmann::json::array();
    for (const auto& f : p.findings) {
      findings.push_back(
          {{"text", ctx.t(f.text_key, f.params)},
           {"href", "/rounds/" + std::to_string(p.linked_id.value_or(0)) + "/results#" + f.anchor}});
    }
    points.push_back({{"source", ctx.t("agenda.source." + std::string{to_string(p.source)})},
                      {"text", ctx.t(p.text_key, p.params)},
                      {"why", ctx.t(p.why_key, p.params)},
                      {"findings", findings},
                      {"has_findings", !findings.empty()}});
  }
  return points;
}

}  // namespace forkant::web::pages
