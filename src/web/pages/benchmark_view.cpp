// The peer benchmark page: a choice of framework version and of the views the rules offer, per question
// the distribution of the peers' scores (organisations, lowest, quartiles, median, highest) beside the
// viewer's own score and where it falls, as a table and a box plot; then the same for top management's
// position share. A statistic the rules withhold says why, and how many more organisations it needs.
#include "web/pages/benchmark_view.hpp"

#include "render/charts/box_plot.hpp"
#include "render/i18n.hpp"

namespace forkant::web::pages {
namespace {

using nlohmann::json;

// 40000 -> "40.000" (da) / "40,000" (en).
std::string thousands(const Context& ctx, std::int64_t n) {
  std::string digits = std::to_string(n);
  const char sep = ctx.lang == "en" ? ',' : '.';
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
    digits.insert(static_cast<std::size_t>(i), 1, sep);
  return digits;
}

std::string view_label(const Context& ctx, const PeerFilter& f) {
  if (f.kind) return ctx.t("benchmark.kind." + std::string(org_kind_name(*f.kind)));
  if (f.band) return size_band_text(ctx, *f.band);
  return ctx.t("benchmark.everyone");
}

std::string refusal_text(const Context& ctx, const PeerVerdict& v) {
  if (v.refusal == PeerRefusal::dominated) return ctx.t("benchmark.dominated");
  if (v.needed == 1) return ctx.t("benchmark.needed_one");
  return ctx.t("benchmark.needed", {{"needed", std::to_string(v.needed)}});
}

// A row of either table; `scale` turns a stored value into the shown one (the position share in %).
json row_view(const Context& ctx, const std::string& label, const BenchmarkRow& row, double scale,
              int places) {
  auto dec = [&](double v) { return format_decimal(v * scale, places, ctx.lang); };
  json r{{"label", label}};
  if (const auto& d = row.peers.distribution) {
    r["shown"] = {{"organisations", std::to_string(d->organisations)},
                  {"min", dec(d->min)},
                  {"lower", dec(d->lower_quartile)},
                  {"median", dec(d->median)},
                  {"upper", dec(d->upper_quartile)},
                  {"max", dec(d->max)}};
  } else {
    r["reason"] = refusal_text(ctx, row.peers.verdict);
  }
  if (row.own) r["own"] = dec(*row.own);
  r["placement"] = row.placement ? ctx.t("benchmark.placement." + std::string([&] {
                                           switch (*row.placement) {
                                             case PeerPlacement::below_lower_quartile:
                                               return "below_lower_quartile";
                                             case PeerPlacement::lower_middle:
                                               return "lower_middle";
                                             case PeerPlacement::upper_middle:
                                               return "upper_middle";
                                             case PeerPlacement::above_upper_quartile:
                                               return "above_upper_quartile";
                                           }
                                           return "upper_middle";
                                         }()))
                                 : std::string();
  return r;
}

charts::BoxRow box_row(const std::string& label, const BenchmarkRow& row, double scale) {
  charts::BoxRow b{label, std::nullopt, row.own ? std::optional(*row.own * scale) : std::nullopt};
  if (const auto& d = row.peers.distribution) {
    b.box = charts::BoxRow::Box{d->min * scale, d->lower_quartile * scale, d->median * scale,
                                d->upper_quartile * scale, d->max * scale};
  }
  return b;
}

std::string box_plot(const Context& ctx, charts::BoxPlot chart) {
  chart.decimal_point = ctx.lang == "en" ? '.' : ',';
  chart.missing_label = ctx.t("benchmark.not_shown");
  chart.own_label = ctx.t("benchmark.own_label");
  chart.box_label = ctx.t("benchmark.box_label");
  chart.description = ctx.t("benchmark.chart_desc");
  return charts::render_box_plot(chart);
}

}  // namespace

std::string size_band_text(const Context& ctx, SizeBand band) {
  const SizeBandBounds b = size_band_bounds(band);
  if (!b.lower) return ctx.t("benchmark.kind.other");
  if (*b.lower == 0 && b.upper) return ctx.t("benchmark.band_under", {{"upper", thousands(ctx, *b.upper)}});
  if (!b.upper) return ctx.t("benchmark.band_from", {{"lower", thousands(ctx, *b.lower)}});
  return ctx.t("benchmark.band_range",
               {{"lower", thousands(ctx, *b.lower)}, {"upper", thousands(ctx, *b.upper)}});
}

json benchmark_view(const Context& ctx, const PeerBenchmark& bm, const std::string& base) {
  json v{{"action", base}};
  if (bm.framework_id == 0 || !bm.framework) {
    v["nothing"] = true;
    return v;
  }
  const Framework& fw = *bm.framework;
  json frameworks = json::array();
  for (const ContributedFramework& f : bm.frameworks) {
    if (!f.framework) continue;
    frameworks.push_back(
        {{"value", std::to_string(f.framework_id)},
         {"selected", f.framework_id == bm.framework_id},
         {"label", ctx.t("benchmark.framework_option", {{"title", f.framework->title.get(ctx.lang)},
                                                        {"version", std::to_string(f.framework->version)},
                                                        {"count", std::to_string(f.organisations)}})}});
  }
  v["frameworks"] = frameworks;
  json views = json::array();
  for (std::size_t i = 0; i < bm.views.size(); ++i) {
    views.push_back({{"value", peer_filter_key(bm.views[i].filter)},
                     {"label", view_label(ctx, bm.views[i].filter)},
                     {"selected", i == bm.view}});
  }
  v["views"] = views;
  v["has_filters"] = bm.views.size() > 1;
  const PeerView& view = bm.views[bm.view];
  v["view_current"] = ctx.t("benchmark.view_current", {{"view", view_label(ctx, view.filter)}});
  v["organisations"] =
      ctx.t("benchmark.organisations", {{"count", std::to_string(view.organisations.organisations)}});
  if (!view.organisations.shown()) v["needed"] = refusal_text(ctx, view.organisations);
  v["own_contributed"] = bm.own_contributed;

  json rows = json::array();
  charts::BoxPlot scores{.id = "benchmark-scores", .title = ctx.t("benchmark.chart_title")};
  for (std::size_t d = 0; d < fw.dimensions.size() && d < bm.rows.size(); ++d) {
    const std::string label =
        std::to_string(fw.dimensions[d].number) + " " + fw.dimensions[d].title.get(ctx.lang);
    rows.push_back(row_view(ctx, label, bm.rows[d], 1.0, 2));
    scores.rows.push_back(box_row(label, bm.rows[d], 1.0));
  }
  v["rows"] = rows;
  v["chart_svg"] = box_plot(ctx, scores);

  if (bm.rows.size() == fw.dimensions.size() + 1) {
    const std::string label = ctx.t("benchmark.position_row");
    v["position"] = json::array({row_view(ctx, label, bm.rows.back(), 100.0, 0)});
    charts::BoxPlot position{.id = "benchmark-position",
                             .title = ctx.t("benchmark.position_chart_title"),
                             .min = 0,
                             .max = 100,
                             .tick_step = 25};
    position.rows.push_back(box_row(label, bm.rows.back(), 100.0));
    v["position_svg"] = box_plot(ctx, position);
  }
  return v;
}

}  // namespace forkant::web::pages
