// The results of a round, for the whole round or one group (?group=NAME). The whole round's page leads
// with top management (the round's top group): its position share, its disagreement flags and its
// priorities, or how many more responses it needs; then every figure of all responses, labelled as such:
// overall index, position share, the radar of the dimension scores with the previous round overlaid, a
// data table beside every chart, priorities, disagreement flags, the per-group comparison with the gaps
// against top management marked, the perception gaps largest first, item distributions, the purpose
// allocation, comments and trends. While a round is open it shows only the number of responses per group.
#include "web/pages/results_view.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <stdexcept>

#include "domain/assessment/perception_gaps.hpp"
#include "render/charts/bar_chart.hpp"
#include "render/charts/radar_chart.hpp"
#include "render/i18n.hpp"
#include "web/forms.hpp"
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {
namespace {

using nlohmann::json;

// A gap to top management from this size on is marked in the group comparison (by a symbol, not only
// by colour); the legend states it.
constexpr double kMarkedGap = 0.5;

// Figures in the reader's language.
struct Fmt {
  const Context& ctx;

  std::string dec(double v, int places = 2) const {
    if (std::fabs(v) < 0.5 * std::pow(10.0, -places)) v = 0;  // no "-0,00"
    return format_decimal(v, places, ctx.lang);
  }
  // "+0,25", "−0,40" (a real minus sign), "0,00".
  std::string signed_dec(double v, int places = 2) const {
    std::string body = dec(std::fabs(v), places);
    if (body == dec(0, places)) return body;
    return (v > 0 ? "+" : "\u2212") + body;
  }
  std::string percent(double share) const {
    const std::string n = dec(share * 100.0, 0);
    return ctx.lang == "en" ? n + "%" : n + "\u00a0%";
  }
  // A table cell: the text, or a dash that screen readers hear as "no value".
  json cell(const std::optional<double>& v, int places = 2, bool sign = false) const {
    if (!v) return {{"missing", true}};
    return {{"text", sign ? signed_dec(*v, places) : dec(*v, places)}};
  }
  json text_cell(const std::string& text) const { return {{"text", text}}; }
  char decimal_point() const { return ctx.lang == "en" ? '.' : ','; }
};

const DimensionResult* find_dim(const SetResult& s, const std::string& id) {
  for (const auto& d : s.dimensions) {
    if (d.dimension_id == id) return &d;
  }
  return nullptr;
}

const ItemDistribution* find_distribution(const SetResult& s, const std::string& item_id) {
  auto it = std::find_if(s.distributions.begin(), s.distributions.end(),
                         [&](const ItemDistribution& x) { return x.item_id == item_id; });
  return it == s.distributions.end() ? nullptr : &*it;
}

std::string dim_label(const Context& ctx, const Dimension& d) {
  return std::to_string(d.number) + " " + d.title.get(ctx.lang);
}

std::string set_name(const Context& ctx, const std::string& group) {
  return group.empty() ? ctx.t("results.whole") : group_label(ctx, group);
}

// "8 of them were typed in from paper forms by Dennis (8)": those rows are known to who typed them, so
// everyone who sees the figures is told.
std::string hand_entered_text(const Context& ctx, const SetResult& set) {
  std::string who;
  for (const HandEntered& h : set.entered_by) {
    if (!who.empty()) who += ", ";
    who += (h.name.empty() ? ctx.t("results.entered_by_unknown") : h.name) + " (" + std::to_string(h.count) +
           ")";
  }
  return ctx.t("results.by_hand", {{"count", std::to_string(set.by_hand)}, {"who", who}});
}

std::string suppressed_text(const Context& ctx, int needed) {
  return ctx.t(needed == 1 ? "results.suppressed_one" : "results.suppressed",
               {{"needed", std::to_string(needed)}});
}

std::string safe_chart(const std::function<std::string()>& render) {
  try {
    return render();
  } catch (const std::invalid_argument&) {
    return "";  // a framework the chart cannot draw (e.g. fewer than 3 dimensions): the table remains
  }
}

// ---- One set --------------------------------------------------------------------------------------------

// På forkant or på bagkant: the share of dimensions with a shown mean position whose mean is >= 4.
// `detail_key` says whose position it is (everyone's, or top management's).
json position_view(const Context& ctx, const Fmt& f, const SetResult& set,
                   const char* detail_key = "results.position_detail") {
  int with_position = 0, taken = 0;
  for (const auto& d : set.dimensions) {
    if (d.position) {
      ++with_position;
      if (*d.position >= kPositionTaken - 1e-9) ++taken;
    }
  }
  const bool offensive = *set.position_share >= 0.5;
  return {{"offensive", offensive},
          {"label", ctx.t(offensive ? "results.offensive" : "results.defensive")},
          {"share", f.percent(*set.position_share)},
          {"detail", ctx.t(detail_key, {{"taken", std::to_string(taken)},
                                        {"total", std::to_string(with_position)},
                                        {"share", f.percent(*set.position_share)}})}};
}

// The radar of the dimension scores, the same set of the previous round overlaid.
charts::RadarChart radar_chart(const Context& ctx, const ResultsOfSet& shown, const std::string& name) {
  const ComputedResults& computed = shown.computed;
  charts::RadarChart radar;
  radar.id = "radar";
  radar.title = ctx.t("results.radar_title", {{"set", name}});
  radar.current_label = computed.round.title;
  radar.missing_label = ctx.t("results.no_score");
  const SetResult* previous =
      shown.previous_set && !shown.previous_set->suppressed ? shown.previous_set : nullptr;
  bool any_previous = false;
  for (const auto& d : computed.framework->dimensions) {
    radar.axis_labels.push_back(dim_label(ctx, d));
    const DimensionResult* r = find_dim(shown.set, d.id);
    radar.current.push_back(r ? r->score : std::nullopt);
    if (previous) {
      const DimensionResult* p = find_dim(*previous, d.id);
      radar.previous.push_back(p ? p->score : std::nullopt);
      any_previous = any_previous || (p && p->score);
    }
  }
  if (!any_previous) radar.previous.clear();
  if (any_previous && computed.previous && computed.trend_comparable)
    radar.previous_label = computed.previous->title;
  radar.description = any_previous
                          ? ctx.t("results.radar_desc_previous", {{"previous", radar.previous_label}})
                          : ctx.t("results.radar_desc");
  return radar;
}

// The dimension table that sits beside the radar: every figure of every dimension of one set.
json dimension_table(const Context& ctx, const Fmt& f, const Framework& fw, const SetResult& set,
                     int detail_k) {
  json rows = json::array();
  for (const auto& d : fw.dimensions) {
    const DimensionResult* r = find_dim(set, d.id);
    json cells = json::array();
    const auto& s = r ? r->spread : std::optional<Spread>{};
    auto spread = [&](double Spread::*field) {
      return f.cell(s ? std::optional<double>((*s).*field) : std::nullopt);
    };
    cells.push_back(f.cell(r ? r->score : std::nullopt));
    cells.push_back(r && r->score ? f.text_cell(std::to_string(r->n)) : json{{"missing", true}});
    cells.push_back(spread(&Spread::median));
    cells.push_back(spread(&Spread::sd));
    cells.push_back(spread(&Spread::min));
    cells.push_back(spread(&Spread::max));
    cells.push_back(f.cell(r ? r->importance : std::nullopt));
    cells.push_back(f.cell(r ? r->priority : std::nullopt));
    cells.push_back(f.cell(r ? r->trend : std::nullopt, 2, true));
    // No flag without the sd it rests on: below max(k, 5) the cell says when it will be shown.
    json flag =
        !s ? json{{"text", ctx.t("results.spread_from", {{"k", std::to_string(detail_k)}})}, {"on", false}}
        : r->disagreement ? json{{"text", ctx.t("results.disagreement_yes")}, {"on", true}}
                          : json{{"text", ctx.t("results.disagreement_no")}, {"on", false}};
    rows.push_back({{"label", dim_label(ctx, d)}, {"cells", cells}, {"flag", flag}});
  }
  return rows;
}

// Priorities, highest first.
json priorities_view(const Context& ctx, const Fmt& f, const Framework& fw, const SetResult& set) {
  json priorities = json::array();
  for (const auto& id : set.priority_order) {
    const Dimension* d = fw.find_dimension(id);
    const DimensionResult* r = find_dim(set, id);
    if (!d || !r || !r->priority) continue;
    priorities.push_back({{"label", dim_label(ctx, *d)},
                          {"detail", ctx.t("results.priority_detail",
                                           {{"priority", f.dec(*r->priority)},
                                            {"importance", r->importance ? f.dec(*r->importance) : "–"},
                                            {"score", r->score ? f.dec(*r->score) : "–"}})}});
  }
  return priorities;
}

// The dimensions whose answers disagree.
json disagreements_view(const Context& ctx, const Fmt& f, const Framework& fw, const SetResult& set) {
  json flagged = json::array();
  for (const auto& d : fw.dimensions) {
    const DimensionResult* r = find_dim(set, d.id);
    if (r && r->disagreement && r->spread) {
      flagged.push_back({{"label", dim_label(ctx, d)},
                         {"detail", ctx.t("results.disagreement_detail", {{"sd", f.dec(r->spread->sd)},
                                                                          {"min", f.dec(r->spread->min)},
                                                                          {"max", f.dec(r->spread->max)}})}});
    }
  }
  return flagged;
}

// One item's answer counts, as the chart's row and the table's row beside it.
struct CountsRow {
  charts::DistributionRow chart;
  json table;
};

CountsRow counts_row(const std::string& label, const ItemDistribution& dist) {
  CountsRow out{{label, {}, ""}, json::object()};
  json counts = json::array();
  auto add = [&](std::size_t value) {
    out.chart.counts.push_back(dist.counts[value]);
    counts.push_back(std::to_string(dist.counts[value]));
  };
  for (int s = kScaleMin; s <= kScaleMax; ++s) add(static_cast<std::size_t>(s));
  add(kDontKnow);
  out.table = {{"label", label}, {"counts", counts}, {"n", std::to_string(dist.n)}};
  return out;
}

// The agreement scale's answers, "don't know" last.
std::vector<std::string> scale_categories(const Context& ctx) {
  std::vector<std::string> out;
  for (int s = kScaleMin; s <= kScaleMax; ++s) out.push_back(scale_label(ctx, s));
  out.push_back(scale_label(ctx, kDontKnow));
  return out;
}

// One chart per dimension over its statements and position.
json item_distributions(const Context& ctx, const Framework& fw, const SetResult& set,
                        const std::vector<std::string>& categories) {
  json distributions = json::array();
  for (const auto& d : fw.dimensions) {
    charts::DistributionChart chart;
    chart.id = html_id("dist-", d.id);
    chart.title = ctx.t("results.dist_title", {{"question", dim_label(ctx, d)}});
    chart.description = ctx.t("results.dist_desc");
    chart.categories = categories;
    json rows = json::array();
    for (const auto& item : d.items) {
      const ItemDistribution* dist = find_distribution(set, item.id);
      if (!dist || !is_scored(item.kind)) continue;
      auto row = counts_row(item.text.get(ctx.lang), *dist);
      chart.rows.push_back(row.chart);
      rows.push_back(row.table);
    }
    if (rows.empty()) continue;
    distributions.push_back({{"id", chart.id},
                             {"title", chart.title},
                             {"svg", safe_chart([&] { return charts::render_distribution_chart(chart); })},
                             {"rows", rows}});
  }
  return distributions;
}

// One chart over the importance of every dimension; null when no importance was answered.
json importance_distribution(const Context& ctx, const Framework& fw, const SetResult& set) {
  charts::DistributionChart chart;
  chart.id = "dist-importance";
  chart.title = ctx.t("results.importance_dist_title");
  chart.description = ctx.t("results.dist_desc");
  // "Don't know" last, as on the agreement scale: an importance may be answered with it too.
  json heads = json::array();
  for (int s = kScaleMin; s <= kScaleMax; ++s) chart.categories.push_back(importance_label(ctx, s));
  chart.categories.push_back(importance_label(ctx, kDontKnow));
  for (const auto& category : chart.categories) heads.push_back(category);
  json rows = json::array();
  for (const auto& d : fw.dimensions) {
    for (const auto& item : d.items) {
      const ItemDistribution* dist = find_distribution(set, item.id);
      if (!dist || item.kind != ItemKind::importance) continue;
      auto row = counts_row(dim_label(ctx, d), *dist);
      chart.rows.push_back(row.chart);
      rows.push_back(row.table);
    }
  }
  if (rows.empty()) return nullptr;
  return {{"title", chart.title},
          {"svg", safe_chart([&] { return charts::render_distribution_chart(chart); })},
          {"rows", rows},
          {"heads", heads}};
}

// The purpose allocation: mean points +- sd. The set has answers to it.
json purposes_view(const Context& ctx, const Fmt& f, const Framework& fw, const SetResult& set) {
  charts::BarChart bars;
  bars.id = "purposes";
  bars.title = ctx.t("results.purposes_title");
  bars.description = ctx.t("results.purposes_desc", {{"count", std::to_string(set.purposes->n)}});
  bars.min = 0;
  bars.decimals = 1;
  bars.decimal_point = f.decimal_point();
  double top = 0;
  json rows = json::array();
  for (const auto& p : set.purposes->purposes) {
    const Purpose* purpose = fw.find_purpose(p.purpose_id);
    const std::string label = purpose ? purpose->label.get(ctx.lang) : p.purpose_id;
    bars.bars.push_back({label, p.mean, p.sd});
    top = std::max(top, p.mean + p.sd.value_or(0));
    rows.push_back({{"label", label}, {"mean", f.dec(p.mean, 1)}, {"sd", f.cell(p.sd, 1)}});
  }
  bars.max = std::clamp(std::ceil(top / 10.0) * 10.0, 10.0, 100.0);
  bars.tick_step = bars.max > 50 ? 20 : 10;
  return {{"svg", safe_chart([&] { return charts::render_bar_chart(bars); })},
          {"rows", rows},
          {"n", ctx.t("results.purposes_n", {{"count", std::to_string(set.purposes->n)}})}};
}

// Comments per dimension, as far as the results show them.
json comments_view(const Context& ctx, const Framework& fw, const SetResult& set) {
  json comments = json::array();
  for (const auto& d : fw.dimensions) {
    auto it = set.comments.find(d.id);
    if (it == set.comments.end() || it->second.empty()) continue;
    json texts = json::array();
    for (const auto& t : it->second) texts.push_back(t);
    comments.push_back({{"label", dim_label(ctx, d)}, {"texts", texts}});
  }
  return comments;
}

// Everything shown of one set that has enough respondents.
json set_view(const Context& ctx, const Fmt& f, const ResultsOfSet& shown) {
  const Framework& fw = *shown.computed.framework;
  const SetResult& set = shown.set;
  const std::string detail_k = std::to_string(detail_threshold(shown.computed.results->k));
  json v;
  v["respondents"] = ctx.t("results.respondents_value", {{"count", std::to_string(set.respondents)}});
  if (set.by_hand > 0) v["by_hand"] = hand_entered_text(ctx, set);
  v["index"] = set.index ? json(f.dec(*set.index)) : json(nullptr);
  if (set.position_share) v["position"] = position_view(ctx, f, set);
  const charts::RadarChart radar = radar_chart(ctx, shown, set_name(ctx, shown.group));
  v["radar_svg"] = safe_chart([&] { return charts::render_radar(radar); });
  v["radar_alt"] = radar.title + ". " + radar.description;  // the chart's own title and description
  v["table"] = dimension_table(ctx, f, fw, set, detail_threshold(shown.computed.results->k));
  v["priorities"] = priorities_view(ctx, f, fw, set);
  v["has_priorities"] = !v["priorities"].empty();
  v["disagreements"] = disagreements_view(ctx, f, fw, set);
  v["has_disagreements"] = !v["disagreements"].empty();
  v["spread_note"] = ctx.t("results.spread_note", {{"k", detail_k}});
  const auto categories = scale_categories(ctx);
  v["distributions"] = item_distributions(ctx, fw, set, categories);
  v["scale_heads"] = categories;
  if (json importance = importance_distribution(ctx, fw, set); !importance.is_null())
    v["importance_dist"] = importance;
  v["distributions_note"] = ctx.t("results.distributions_note", {{"k", detail_k}});
  if (set.purposes && set.purposes->n > 0 && !set.purposes->purposes.empty())
    v["purposes"] = purposes_view(ctx, f, fw, set);
  v["comments"] = comments_view(ctx, fw, set);
  v["comments_note"] = ctx.t("results.comments_note", {{"k", detail_k}});
  // Comments are shown for the whole round only.
  v["comments_allowed"] = shown.group.empty();
  return v;
}

// ---- The groups compared --------------------------------------------------------------------------------

// Top management, if it has enough respondents to compare the others against.
const SetResult* management_of(const RoundResults& results) {
  const SetResult* top = top_management(results);
  return top && !top->suppressed ? top : nullptr;
}

// One row of the comparison: a figure per shown group, each followed by top management's score minus
// the group's, marked (symbol and class) from kMarkedGap on.
json comparison_row(const Fmt& f, const std::string& label, const std::vector<const SetResult*>& shown,
                    const SetResult* management,
                    const std::function<std::optional<double>(const SetResult&)>& value_of) {
  json cells = json::array();
  const std::optional<double> base = management ? value_of(*management) : std::nullopt;
  for (const SetResult* g : shown) {
    const std::optional<double> value = value_of(*g);
    cells.push_back(f.cell(value));
    if (management && g != management) {
      const std::optional<double> gap = value && base ? std::optional<double>(*base - *value) : std::nullopt;
      json cell = f.cell(gap, 2, true);
      if (gap && std::fabs(*gap) >= kMarkedGap - 1e-9) cell["marked"] = true;
      cells.push_back(std::move(cell));
    }
  }
  return {{"label", label}, {"cells", cells}};
}

// Dimension scores per group, with the perception gap of top management against each group.
json groups_view(const Context& ctx, const Fmt& f, const Framework& fw, const RoundResults& results) {
  const SetResult* management = management_of(results);
  json heads = json::array();
  std::vector<const SetResult*> shown;
  json hidden = json::array();
  json hand_notes = json::array();
  for (const auto& g : results.groups) {
    if (g.suppressed) {
      hidden.push_back({{"group", group_label(ctx, g.group)}, {"text", suppressed_text(ctx, g.needed)}});
      continue;
    }
    shown.push_back(&g);
    if (g.by_hand > 0)
      hand_notes.push_back({{"group", group_label(ctx, g.group)}, {"text", hand_entered_text(ctx, g)}});
    heads.push_back({{"text", group_label(ctx, g.group)}});
    if (management && &g != management) {
      heads.push_back(
          {{"text", ctx.t("results.gap_head", {{"group", group_label(ctx, g.group)},
                                               {"management", group_label(ctx, management->group)}})},
           {"gap", true}});
    }
  }
  json rows = json::array();
  rows.push_back(comparison_row(f, ctx.t("results.index"), shown, management,
                                [](const SetResult& s) { return s.index; }));
  for (const auto& d : fw.dimensions) {
    rows.push_back(comparison_row(f, dim_label(ctx, d), shown, management,
                                  [&](const SetResult& s) -> std::optional<double> {
                                    const DimensionResult* r = find_dim(s, d.id);
                                    return r ? r->score : std::nullopt;
                                  }));
  }
  json out{{"heads", heads},
           {"rows", rows},
           {"hidden", hidden},
           {"has_hidden", !hidden.empty()},
           {"hand_notes", hand_notes},
           {"has_hand_notes", !hand_notes.empty()},
           {"has_table", !shown.empty()}};
  if (!management && !shown.empty()) out["no_gap_note"] = ctx.t("results.no_gap_note");
  if (management && shown.size() > 1) {
    out["gap_legend"] = ctx.t("results.gap_marker_legend", {{"threshold", f.dec(kMarkedGap, 1)}});
  }
  return out;
}

// "0,80 higher" / "0,80 lower": top management's score against the other group's, in words.
std::string gap_words(const Context& ctx, const Fmt& f, double gap) {
  const std::string size = f.dec(std::fabs(gap));
  if (size == f.dec(0)) return ctx.t("results.gap_same");
  return ctx.t(gap > 0 ? "results.gap_higher" : "results.gap_lower", {{"gap", size}});
}

// Every perception gap between top management and another shown group, largest first (only scores the
// anonymity rules show take part: perception_gaps.hpp).
json gaps_view(const Context& ctx, const Fmt& f, const Framework& fw, const RoundResults& results) {
  const SetResult* top = top_management(results);
  json out{{"top", top ? group_label(ctx, top->group) : std::string()}};
  json rows = json::array();
  for (const PerceptionGap& g : perception_gaps(results)) {
    const Dimension* d = fw.find_dimension(g.dimension_id);
    rows.push_back({{"question", d ? dim_label(ctx, *d) : g.dimension_id},
                    {"top_score", f.dec(g.top)},
                    {"group", group_label(ctx, g.group)},
                    {"other_score", f.dec(g.other)},
                    {"gap", f.signed_dec(g.gap)},
                    {"words", gap_words(ctx, f, g.gap)},
                    {"marked", std::fabs(g.gap) >= kMarkedGap - 1e-9}});
  }
  out["rows"] = rows;
  out["has_rows"] = !rows.empty();
  out["explained"] = ctx.t("results.gaps_explained", {{"top", out["top"].get<std::string>()}});
  return out;
}

// Top management's figures, which lead the whole round's page: its position share, its disagreement
// flags and its three highest priorities — or, while its set is suppressed, how many more responses it
// needs. Never the whole round's figures in their place.
json leadership_view(const Context& ctx, const Fmt& f, const ResultsOfSet& shown) {
  const RoundResults& results = *shown.computed.results;
  const Framework& fw = *shown.computed.framework;
  const SetResult* top = top_management(results);
  if (!top) {
    return {{"heading", ctx.t("results.leadership_heading_none")},
            {"top_none", ctx.t("results.leadership_none")}};
  }
  const std::string name = group_label(ctx, top->group);
  json v{{"heading", ctx.t("results.leadership_heading", {{"group", name}})},
         {"top_href",
          "/rounds/" + std::to_string(shown.round.id) + "/results?group=" + encode_query_value(top->group)},
         {"link", ctx.t("results.leadership_link", {{"group", name}})}};
  if (top->suppressed) {
    v["top_suppressed"] =
        ctx.t(top->needed == 1 ? "results.leadership_suppressed_one" : "results.leadership_suppressed",
              {{"group", name}, {"needed", std::to_string(top->needed)}});
    return v;
  }
  v["top_respondents"] =
      ctx.t("results.leadership_respondents", {{"count", std::to_string(top->respondents)}});
  if (top->position_share) v["top_position"] = position_view(ctx, f, *top, "results.leadership_position");
  const bool spread_shown = std::any_of(top->dimensions.begin(), top->dimensions.end(),
                                        [](const DimensionResult& d) { return d.spread.has_value(); });
  v["top_flags"] = disagreements_view(ctx, f, fw, *top);
  v["top_has_flags"] = !v["top_flags"].empty();
  if (!spread_shown) {
    v["top_flags_note"] = ctx.t(
        "results.leadership_flags_withheld",
        {{"k", std::to_string(detail_threshold(results.k))}, {"count", std::to_string(top->respondents)}});
  } else if (v["top_flags"].empty()) {
    v["top_flags_note"] = ctx.t("results.leadership_no_flags");
  }
  json priorities = priorities_view(ctx, f, fw, *top);
  if (priorities.size() > 3) priorities.erase(priorities.begin() + 3, priorities.end());
  v["top_priorities"] = priorities;
  v["top_has_priorities"] = !priorities.empty();
  return v;
}

// ---- The page -------------------------------------------------------------------------------------------

// Whether the trend column compares with the previous round, and if not, why: a previous round on another
// version of the questionnaire is never a baseline (the service found it; the domain gave no trend).
std::string trend_note(const Context& ctx, const ComputedResults& computed) {
  if (!computed.previous) return ctx.t("results.trend_none");
  if (!computed.trend_comparable) {
    return ctx.t("results.trend_other_version",
                 {{"version", std::to_string(computed.previous->framework_version)},
                  {"current", std::to_string(computed.round.framework_version)},
                  {"previous", computed.previous->title}});
  }
  return ctx.t("results.trend_note", {{"previous", computed.previous->title}});
}

json round_fields(const Context& ctx, const RoundRow& round) {
  return {{"id", round.id}, {"round_title", round.title}, {"heading", results_heading(ctx, round)}};
}

// The sets one can look at: the whole round, then every group.
json sets_view(const Context& ctx, const RoundRow& round, const RoundResults& results,
               const std::string& group) {
  const std::string base = "/rounds/" + std::to_string(round.id) + "/results";
  json sets = json::array();
  sets.push_back({{"label", ctx.t("results.whole")}, {"href", base}, {"current", group.empty()}});
  for (const auto& g : results.groups) {
    sets.push_back({{"label", group_label(ctx, g.group)},
                    {"href", base + "?group=" + encode_query_value(g.group)},
                    {"current", g.group == group},
                    {"hidden_note", g.suppressed ? json(ctx.t("results.set_hidden")) : json(nullptr)}});
  }
  return sets;
}

// The groups left out of the whole round's figures, with the k they did not reach.
json excluded_view(const Context& ctx, const RoundResults& results) {
  json excluded = json::array();
  for (const auto& g : results.excluded_groups) {
    excluded.push_back(
        ctx.t("results.excluded", {{"group", group_label(ctx, g)}, {"k", std::to_string(results.k)}}));
  }
  return excluded;
}

}  // namespace

const SetResult* find_set(const RoundResults& results, const std::string& group) {
  if (group.empty()) return &results.whole;
  for (const auto& s : results.groups) {
    if (s.group == group) return &s;
  }
  return nullptr;
}

std::string results_heading(const Context& ctx, const RoundRow& round) {
  return ctx.t("results.title", {{"round", round.title}});
}

std::string results_title(const Context& ctx, const RoundRow& round, const std::string& group) {
  return results_heading(ctx, round) + " – " + set_name(ctx, group);
}

json open_results_view(const Context& ctx, const RoundRow& round, const std::vector<GroupCount>& counts) {
  json rows = json::array();
  int total = 0;
  for (const auto& c : counts) {
    rows.push_back({{"group", group_label(ctx, c.group)}, {"submitted", std::to_string(c.submitted)}});
    total += c.submitted;
  }
  json view = round_fields(ctx, round);
  view["not_closed"] = {{"rows", rows}, {"total", std::to_string(total)}};
  view["state"] = round_state_label(ctx, round.state);
  return view;
}

json closed_results_view(const Context& ctx, const ResultsOfSet& shown) {
  const RoundRow& round = shown.round;
  const RoundResults& results = *shown.computed.results;
  const std::string& group = shown.group;
  const std::string id = std::to_string(round.id);
  json view = round_fields(ctx, round);
  view["sets"] = sets_view(ctx, round, results, group);
  view["set_name"] = set_name(ctx, group);
  view["is_whole"] = group.empty();
  view["k"] = ctx.t("results.k_note", {{"k", std::to_string(results.k)},
                                       {"detail_k", std::to_string(detail_threshold(results.k))}});
  view["csv_href"] = "/api/v1/rounds/" + id + "/results.csv";
  view["xlsx_href"] = "/rounds/" + id + "/report.xlsx";
  view["json_href"] =
      "/api/v1/rounds/" + id + "/results" + (group.empty() ? "" : "?group=" + encode_query_value(group));
  view["report_href"] = "/rounds/" + id + "/report.pdf";
  if (group.empty()) view["excluded"] = excluded_view(ctx, results);
  const Fmt f{ctx};
  if (group.empty()) view["leadership"] = leadership_view(ctx, f, shown);
  if (shown.set.suppressed) {
    view["suppressed"] = suppressed_text(ctx, shown.set.needed);
    return view;
  }
  view["trend_note"] = trend_note(ctx, shown.computed);
  view["set"] = set_view(ctx, f, shown);
  if (group.empty()) {
    view["whole_heading"] = ctx.t("results.whole_heading");
    view["groups"] = groups_view(ctx, f, *shown.computed.framework, results);
    view["gaps"] = gaps_view(ctx, f, *shown.computed.framework, results);
  }
  return view;
}

}  // namespace forkant::web::pages
