// The portfolio of initiatives (issue 12, section 4): a GET filter form (so a view can be linked), the
// chart of value against risk with readiness as the marker (render/charts/portfolio_chart.hpp), the table
// of the same figures as its text alternative (the chart's numbers are the table's), the initiatives
// that cannot be plotted and why, counts and the exports with the same filter. Every role that may open
// the organisation may read it.
#include <cmath>
#include <set>

#include "render/charts/portfolio_chart.hpp"
#include "render/format.hpp"
#include "services/audit.hpp"
#include "services/initiatives.hpp"
#include "web/app.hpp"
#include "web/forms.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/portfolio_pages.hpp"
#include "web/portfolio_load.hpp"
#include "web/rendered_cache.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

using nlohmann::json;

constexpr const char* kFilterParams[] = {"phase", "purpose", "question", "tier", "level", "open", "sort"};

json options(const std::vector<std::pair<std::string, std::string>>& values, const std::string& chosen,
             const std::string& all) {
  json out = json::array();
  if (!all.empty()) out.push_back({{"value", ""}, {"label", all}, {"selected", chosen.empty()}});
  for (const auto& [value, label] : values)
    out.push_back({{"value", value}, {"label", label}, {"selected", value == chosen}});
  return out;
}

json filter_form(Context& ctx, const std::vector<std::pair<std::string, std::string>>& purposes) {
  const auto& q = ctx.query();
  const std::string all = ctx.t("portfolio.filter.all");
  std::vector<std::pair<std::string, std::string>> phases, questions, tiers, levels, sorts;
  for (const auto p :
       {Phase::idea, Phase::analysis, Phase::pilot, Phase::scale_up, Phase::operation, Phase::stopped}) {
    const std::string name{to_string(p)};
    phases.emplace_back(name, ctx.t("portfolio.phase." + name));
  }
  for (int n = 1; n <= 10; ++n) questions.emplace_back(std::to_string(n), question_label(ctx, n));
  for (const auto t :
       {RiskTier::prohibited, RiskTier::high, RiskTier::transparency, RiskTier::minimal, RiskTier::none}) {
    const std::string name{to_string(t)};
    tiers.emplace_back(name, ctx.t("portfolio.tier." + name));
  }
  tiers.emplace_back("unassessed", ctx.t("portfolio.tier.unassessed"));
  for (int n = 1; n <= 4; ++n)
    levels.emplace_back(std::to_string(n), ctx.t("portfolio.level", {{"level", std::to_string(n)}}));
  for (const auto s : {PortfolioSort::title, PortfolioSort::phase, PortfolioSort::risk, PortfolioSort::value,
                       PortfolioSort::readiness}) {
    const std::string name{to_string(s)};
    sorts.emplace_back(name, ctx.t("portfolio.sort." + name));
  }
  return {{"phases", options(phases, q.get("phase"), all)},
          {"purposes", options(purposes, q.get("purpose"), all)},
          {"questions", options(questions, q.get("question"), all)},
          {"tiers", options(tiers, q.get("tier"), all)},
          {"levels", options(levels, q.get("level"), all)},
          {"sorts", options(sorts, q.get("sort"), "")},
          {"open", q.get("open") == "1"}};
}

std::string readiness_text(Context& ctx, std::optional<double> readiness) {
  std::string band = ctx.t("portfolio.readiness." + std::string{to_string(readiness_band(readiness))});
  if (!readiness) return band;
  return ctx.t(
      "portfolio.readiness_value",
      {{"band", band}, {"percent", std::to_string(static_cast<int>(std::lround(*readiness * 100)))}});
}

charts::ReadinessMarker marker_of(std::optional<double> readiness) {
  return static_cast<charts::ReadinessMarker>(static_cast<int>(readiness_band(readiness)));
}

json row_view(Context& ctx, const std::string& base, int number, const PortfolioRow& r,
              const std::map<std::string, std::string>& purpose_labels) {
  const auto& c = r.initiative.content;
  const auto& s = r.summary;
  json purposes = json::array();
  for (const auto& p : c.purposes) {
    const auto it = purpose_labels.find(p.purpose_id);
    purposes.push_back((it == purpose_labels.end() ? p.purpose_id : it->second) + " (" +
                       std::to_string(p.weight) + " %)");
  }
  json questions = json::array();
  for (const int n : c.questions) questions.push_back(std::to_string(n));
  const std::string phase{to_string(r.initiative.phase)};
  return {{"number", number},
          {"title", c.title},
          {"href", base + "/initiatives/" + std::to_string(r.initiative.id)},
          {"phase", ctx.t("portfolio.phase." + phase)},
          {"purposes", purposes},
          {"questions", questions},
          {"tier", s.assessed ? ctx.t("portfolio.tier." + std::string{to_string(s.tier)})
                              : ctx.t("portfolio.not_assessed")},
          {"level", s.aia_level ? std::to_string(*s.aia_level) : "–"},
          {"forum", s.forum ? ctx.t("portfolio.forum." + std::string{to_string(*s.forum)}) : "–"},
          {"open", std::to_string(s.open_judgements) + " / " + std::to_string(s.open_obligations)},
          {"waiting", s.open_judgements > 0},
          {"readiness", readiness_text(ctx, r.readiness)},
          {"risk", r.risk ? std::to_string(*r.risk) : ctx.t("portfolio.not_assessed")},
          {"value", r.value ? std::to_string(*r.value) : ctx.t("portfolio.not_rated")}};
}

std::string chart_svg(Context& ctx, const Portfolio& portfolio) {
  charts::PortfolioChart chart;
  chart.id = "portfolio-chart";
  chart.title = ctx.t("portfolio.chart.title");
  chart.description = ctx.t("portfolio.chart.desc", {{"count", std::to_string(portfolio.plotted)}});
  chart.x_title = ctx.t("portfolio.chart.x");
  chart.y_title = ctx.t("portfolio.chart.y");
  for (int r = 0; r <= kMaxRiskScore; ++r)
    chart.x_labels.push_back(ctx.t("portfolio.risk." + std::to_string(r)));
  for (int v = 1; v <= 5; ++v) chart.y_labels.push_back(std::to_string(v));
  chart.legend_title = ctx.t("portfolio.chart.legend");
  for (const char* band : {"unknown", "low", "medium", "high"})
    chart.readiness_labels.push_back(ctx.t("portfolio.readiness." + std::string{band}));
  int number = 0;
  for (const auto& r : portfolio.rows) {
    ++number;
    if (!r.plotted()) continue;
    chart.points.push_back(
        {number, *r.risk, *r.value, marker_of(r.readiness),
         ctx.t("portfolio.chart.point", {{"number", std::to_string(number)},
                                         {"title", r.initiative.content.title},
                                         {"value", std::to_string(*r.value)},
                                         {"risk", std::to_string(*r.risk)},
                                         {"readiness", readiness_text(ctx, r.readiness)}})});
  }
  return charts::render_portfolio_chart(chart);
}

// The id of the organisation's newest audit entry; 0 if it has none.
// The organisation's log as it is now (AuditStore::audit_mark: its newest entry, and where ids may commit
// out of order, its number of entries).
std::string audit_mark(Context& ctx, std::int64_t org_id) {
  const auto mark = ctx.app.services().audit->audit_mark(org_id);
  return std::to_string(mark.newest_id) + "/" + std::to_string(mark.entries);
}

}  // namespace

std::string portfolio_query(Context& ctx) {
  std::string out;
  for (const char* name : kFilterParams) {
    const auto value = ctx.query().get(name);
    if (value.empty()) continue;
    out += (out.empty() ? "?" : "&") + std::string(name) + "=" + encode_query_value(value);
  }
  return out;
}

Response portfolio(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const auto purposes = portfolio_purposes(ctx);
  const auto filter = portfolio_filter(ctx);
  const std::string base = "/orgs/" + std::to_string(access->org_id);
  json view{{"org", org_view(ctx, access->org_id, access->role)},
            {"base", base},
            {"form", filter_form(ctx, purposes)},
            {"query", portfolio_query(ctx)}};
  if (!filter) {
    view["filter_error"] = error_message(ctx, filter.error());
    view["form"]["invalid_" + filter.error().params.at("field")] = true;
    return page(ctx, "portfolio", view, ctx.t("portfolio.title"), http_status(filter.error()));
  }
  // The portfolio changes only when an initiative or an impact assessment does, and each such change
  // writes the organisation's audit log in its own transaction: the mark of that log, the day
  // (obligations come into force by date) and the filter name what the content was rendered from, on
  // every instance that shares the database. The layout (name, navigation) is made per request.
  const std::string cache_key =
      "portfolio:" + std::to_string(access->org_id) + ":" + audit_mark(ctx, access->org_id) + ":" +
      format_iso_date(ctx.app.services().initiatives->today()) + ":" + ctx.lang + ":" + portfolio_query(ctx);
  if (const auto cached = ctx.app.rendered_cache().find(cache_key)) {
    return page_with_content(ctx, cached->html, view["org"], cached->title);
  }
  const Portfolio portfolio = load_portfolio(ctx, access->org_id, *filter);
  const std::map<std::string, std::string> purpose_labels(purposes.begin(), purposes.end());
  json rows = json::array(), unplotted = json::array();
  int number = 0;
  for (const auto& r : portfolio.rows) {
    rows.push_back(row_view(ctx, base, ++number, r, purpose_labels));
    if (r.plotted()) continue;
    unplotted.push_back({{"number", number},
                         {"title", r.initiative.content.title},
                         {"href", rows.back()["href"]},
                         {"no_value", !r.value.has_value()},
                         {"not_assessed", !r.risk.has_value()}});
  }
  view["rows"] = rows;
  view["empty"] = rows.empty();
  view["unplotted"] = unplotted;
  view["has_unplotted"] = !unplotted.empty();
  if (portfolio.plotted > 0) view["chart"] = chart_svg(ctx, portfolio);
  view["counts"] = ctx.t("portfolio.counts", {{"shown", std::to_string(portfolio.rows.size())},
                                              {"total", std::to_string(portfolio.total)},
                                              {"plotted", std::to_string(portfolio.plotted)},
                                              {"waiting", std::to_string(portfolio.waiting)}});
  RenderedContent content{ctx.app.templates().render("portfolio", view, ctx.lang), ctx.t("portfolio.title")};
  Response res = page_with_content(ctx, content.html, view["org"], content.title);
  ctx.app.rendered_cache().store(cache_key, std::move(content));
  return res;
}

}  // namespace forkant::web::pages
