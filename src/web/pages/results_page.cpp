// The results of a round, for everyone in the organisation (viewer and up), for the whole round or one
// group (?group=NAME): overall index, position share, the radar of the dimension scores with the previous
// round overlaid, a data table beside every chart, priorities, disagreement flags, the per-group
// comparison with perception gaps against direktion, item distributions, the purpose allocation,
// comments and trends. Everything shown comes from RoundResults, which has applied the anonymity rules:
// this page never computes a figure from individual answers. While a round is open it shows only the
// number of responses per group.
#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>

#include "render/charts/bar_chart.hpp"
#include "render/charts/radar_chart.hpp"
#include "render/i18n.hpp"
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {
namespace {

using nlohmann::json;

std::string url_encode(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) != 0 || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

struct Fmt {
  const Context& ctx;

  std::string dec(double v, int places = 2) const {
    if (std::fabs(v) < 0.5 * std::pow(10.0, -places)) v = 0;  // no "-0,00"
    return format_decimal(v, places, ctx.lang);
  }
  // "+0,25", "−0,40" (a real minus sign), "0,00".
  std::string signed_dec(double v, int places = 2) const {
    const std::string body = dec(std::fabs(v), places);
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

const SetResult* find_set(const RoundResults& r, const std::string& group) {
  if (group.empty()) return &r.whole;
  for (const auto& s : r.groups) {
    if (s.group == group) return &s;
  }
  return nullptr;
}

const DimensionResult* find_dim(const SetResult& s, const std::string& id) {
  for (const auto& d : s.dimensions) {
    if (d.dimension_id == id) return &d;
  }
  return nullptr;
}

std::string dim_label(const Context& ctx, const Dimension& d) {
  return std::to_string(d.number) + " " + d.title.get(ctx.lang);
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

json counts_view(Context& ctx, const RoundRow& round) {
  json rows = json::array();
  int total = 0;
  for (const auto& c : ctx.app.services().assessment->group_counts(round.id)) {
    rows.push_back({{"group", group_label(ctx, c.group)}, {"submitted", std::to_string(c.submitted)}});
    total += c.submitted;
  }
  return {{"rows", rows}, {"total", std::to_string(total)}};
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

std::string safe_chart(const std::function<std::string()>& render) {
  try {
    return render();
  } catch (const std::invalid_argument&) {
    return "";  // a framework the chart cannot draw (e.g. fewer than 3 dimensions): the table remains
  }
}

json set_view(Context& ctx, const Fmt& f, const ComputedResults& computed, const SetResult& set,
              const SetResult* previous_set, const std::string& set_name) {
  const Framework& fw = *computed.framework;
  const RoundResults& results = *computed.results;
  json v;
  v["respondents"] = ctx.t("results.respondents_value", {{"count", std::to_string(set.respondents)}});
  if (set.by_hand > 0) v["by_hand"] = hand_entered_text(ctx, set);
  v["index"] = set.index ? json(f.dec(*set.index)) : json(nullptr);

  // Position share: the share of dimensions with a shown mean position whose mean is >= 4.
  int with_position = 0, taken = 0;
  for (const auto& d : set.dimensions) {
    if (d.position) {
      ++with_position;
      if (*d.position >= kPositionTaken - 1e-9) ++taken;
    }
  }
  if (set.position_share) {
    const bool offensive = *set.position_share >= 0.5;
    v["position"] = {
        {"offensive", offensive},
        {"label", ctx.t(offensive ? "results.offensive" : "results.defensive")},
        {"share", f.percent(*set.position_share)},
        {"detail", ctx.t("results.position_detail", {{"taken", std::to_string(taken)},
                                                     {"total", std::to_string(with_position)},
                                                     {"share", f.percent(*set.position_share)}})}};
  }

  // Radar of the ten scores, previous round overlaid.
  charts::RadarChart radar;
  radar.id = "radar";
  radar.title = ctx.t("results.radar_title", {{"set", set_name}});
  radar.current_label = computed.round.title;
  radar.missing_label = ctx.t("results.no_score");
  bool any_previous = false;
  for (const auto& d : fw.dimensions) {
    radar.axis_labels.push_back(dim_label(ctx, d));
    const DimensionResult* r = find_dim(set, d.id);
    radar.current.push_back(r ? r->score : std::nullopt);
    if (previous_set && !previous_set->suppressed) {
      const DimensionResult* p = find_dim(*previous_set, d.id);
      radar.previous.push_back(p ? p->score : std::nullopt);
      any_previous = any_previous || (p && p->score);
    }
  }
  if (!any_previous) radar.previous.clear();
  if (any_previous && computed.previous) radar.previous_label = computed.previous->title;
  radar.description = any_previous
                          ? ctx.t("results.radar_desc_previous", {{"previous", radar.previous_label}})
                          : ctx.t("results.radar_desc");
  v["radar_svg"] = safe_chart([&] { return charts::render_radar(radar); });
  v["table"] = dimension_table(ctx, f, fw, set, detail_threshold(results.k));

  // Priorities, highest first.
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
  v["has_priorities"] = !priorities.empty();
  v["priorities"] = priorities;

  // Disagreement flags.
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
  v["spread_note"] = ctx.t("results.spread_note", {{"k", std::to_string(detail_threshold(results.k))}});
  v["has_disagreements"] = !flagged.empty();
  v["disagreements"] = flagged;

  // Item distributions: one chart per dimension over its statements and position, one for importance.
  const int detail_k = detail_threshold(results.k);
  std::vector<std::string> categories;
  for (int s = kScaleMin; s <= kScaleMax; ++s) categories.push_back(scale_label(ctx, s));
  categories.push_back(scale_label(ctx, kDontKnow));
  json distributions = json::array();
  charts::DistributionChart importance_chart;
  importance_chart.id = "dist-importance";
  importance_chart.title = ctx.t("results.importance_dist_title");
  importance_chart.description = ctx.t("results.dist_desc");
  importance_chart.last_is_dont_know = false;
  for (int s = kScaleMin; s <= kScaleMax; ++s)
    importance_chart.categories.push_back(importance_label(ctx, s));
  json importance_rows = json::array();
  for (const auto& d : fw.dimensions) {
    charts::DistributionChart chart;
    chart.id = html_id("dist-", d.id);
    chart.title = ctx.t("results.dist_title", {{"question", dim_label(ctx, d)}});
    chart.description = ctx.t("results.dist_desc");
    chart.categories = categories;
    json rows = json::array();
    for (const auto& item : d.items) {
      auto it = std::find_if(set.distributions.begin(), set.distributions.end(),
                             [&](const ItemDistribution& x) { return x.item_id == item.id; });
      if (it == set.distributions.end()) continue;
      json counts = json::array();
      if (item.kind == ItemKind::importance) {
        charts::DistributionRow row{dim_label(ctx, d), {}, ""};
        for (int s = kScaleMin; s <= kScaleMax; ++s) {
          row.counts.push_back(it->counts[static_cast<std::size_t>(s)]);
          counts.push_back(std::to_string(it->counts[static_cast<std::size_t>(s)]));
        }
        importance_chart.rows.push_back(row);
        importance_rows.push_back(
            {{"label", dim_label(ctx, d)}, {"counts", counts}, {"n", std::to_string(it->n)}});
        continue;
      }
      if (!is_scored(item.kind)) continue;
      charts::DistributionRow row{item.text.get(ctx.lang), {}, ""};
      for (int s = kScaleMin; s <= kScaleMax; ++s) {
        row.counts.push_back(it->counts[static_cast<std::size_t>(s)]);
        counts.push_back(std::to_string(it->counts[static_cast<std::size_t>(s)]));
      }
      row.counts.push_back(it->counts[kDontKnow]);
      counts.push_back(std::to_string(it->counts[kDontKnow]));
      chart.rows.push_back(row);
      rows.push_back({{"label", item.text.get(ctx.lang)}, {"counts", counts}, {"n", std::to_string(it->n)}});
    }
    if (rows.empty()) continue;
    distributions.push_back({{"id", chart.id},
                             {"title", chart.title},
                             {"svg", safe_chart([&] { return charts::render_distribution_chart(chart); })},
                             {"rows", rows}});
  }
  json scale_heads = json::array();
  for (const auto& c : categories) scale_heads.push_back(c);
  json importance_heads = json::array();
  for (const auto& c : importance_chart.categories) importance_heads.push_back(c);
  v["distributions"] = distributions;
  v["scale_heads"] = scale_heads;
  if (!importance_rows.empty()) {
    v["importance_dist"] = {
        {"title", importance_chart.title},
        {"svg", safe_chart([&] { return charts::render_distribution_chart(importance_chart); })},
        {"rows", importance_rows},
        {"heads", importance_heads}};
  }
  v["distributions_note"] = ctx.t("results.distributions_note", {{"k", std::to_string(detail_k)}});

  // Purpose allocation: mean points +- sd.
  if (set.purposes && set.purposes->n > 0 && !set.purposes->purposes.empty()) {
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
    v["purposes"] = {{"svg", safe_chart([&] { return charts::render_bar_chart(bars); })},
                     {"rows", rows},
                     {"n", ctx.t("results.purposes_n", {{"count", std::to_string(set.purposes->n)}})}};
  }

  // Comments: the whole round only, and only when shown.
  json comments = json::array();
  for (const auto& d : fw.dimensions) {
    auto it = set.comments.find(d.id);
    if (it == set.comments.end() || it->second.empty()) continue;
    json texts = json::array();
    for (const auto& t : it->second) texts.push_back(t);
    comments.push_back({{"label", dim_label(ctx, d)}, {"texts", texts}});
  }
  v["comments"] = comments;
  v["comments_note"] = ctx.t("results.comments_note", {{"k", std::to_string(detail_k)}});
  return v;
}

// Dimension scores per group, with the perception gap of each group against direktion.
json groups_view(Context& ctx, const Fmt& f, const Framework& fw, const RoundResults& results) {
  const SetResult* management = nullptr;
  for (const auto& g : results.groups) {
    if (g.group == kManagementGroup && !g.suppressed) management = &g;
  }
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
  auto add_row = [&](const std::string& label, auto value_of) {
    json cells = json::array();
    const std::optional<double> base = management ? value_of(*management) : std::nullopt;
    for (const SetResult* g : shown) {
      const std::optional<double> value = value_of(*g);
      cells.push_back(f.cell(value));
      if (management && g != management) {
        cells.push_back(
            f.cell(value && base ? std::optional<double>(*value - *base) : std::nullopt, 2, true));
      }
    }
    rows.push_back({{"label", label}, {"cells", cells}});
  };
  add_row(ctx.t("results.index"), [](const SetResult& s) { return s.index; });
  for (const auto& d : fw.dimensions) {
    add_row(dim_label(ctx, d), [&](const SetResult& s) -> std::optional<double> {
      const DimensionResult* r = find_dim(s, d.id);
      return r ? r->score : std::nullopt;
    });
  }
  json out{{"heads", heads},
           {"rows", rows},
           {"hidden", hidden},
           {"has_hidden", !hidden.empty()},
           {"hand_notes", hand_notes},
           {"has_hand_notes", !hand_notes.empty()},
           {"has_table", !shown.empty()}};
  if (!management && !shown.empty()) out["no_gap_note"] = ctx.t("results.no_gap_note");
  return out;
}

}  // namespace

Response round_results(Context& ctx) {
  Role role = Role::viewer;
  auto round = round_for(ctx, Role::viewer, role);
  if (!round) return error_response(ctx, round.error());
  auto& svc = *ctx.app.services().assessment;
  const std::string id = std::to_string(round->id);
  const std::string title = ctx.t("results.title", {{"round", round->title}});
  json view{{"org", org_view(ctx, round->org_id, role)},
            {"id", round->id},
            {"round_title", round->title},
            {"heading", title}};

  if (round->state != RoundState::closed) {
    view["not_closed"] = counts_view(ctx, *round);
    view["state"] = round_state_label(ctx, round->state);
    return page(ctx, "results", view, title);
  }

  auto computed = svc.results(*round);
  if (!computed) return error_response(ctx, computed.error());
  const RoundResults& results = *computed->results;
  const std::string group = ctx.query().get("group");
  const SetResult* set = find_set(results, group);
  if (!set) return error_response(ctx, Error::not_found());

  // A closed round's results never change: render them once per language and group (the caller is
  // authorized above; the layout with the caller's name and navigation is made per request).
  const std::string cache_key = "results:" + id + ":" + ctx.lang + ":" + group;
  if (const auto cached = ctx.app.rendered_cache().find(cache_key)) {
    return page_with_content(ctx, cached->html, view["org"], cached->title);
  }
  const std::string page_title =
      title + " – " + (group.empty() ? ctx.t("results.whole") : group_label(ctx, group));
  auto render_and_keep = [&](json& v) {
    v["lang"] = ctx.lang;
    RenderedContent content{ctx.app.templates().render("results", v, ctx.lang), page_title};
    Response res = page_with_content(ctx, content.html, v["org"], page_title);
    ctx.app.rendered_cache().store(cache_key, std::move(content));
    return res;
  };
  const Fmt f{ctx};

  // The sets one can look at.
  json sets = json::array();
  sets.push_back({{"label", ctx.t("results.whole")},
                  {"href", "/rounds/" + id + "/results"},
                  {"current", group.empty()}});
  for (const auto& g : results.groups) {
    sets.push_back({{"label", group_label(ctx, g.group)},
                    {"href", "/rounds/" + id + "/results?group=" + url_encode(g.group)},
                    {"current", g.group == group},
                    {"hidden_note", g.suppressed ? json(ctx.t("results.set_hidden")) : json(nullptr)}});
  }
  view["sets"] = sets;
  const std::string set_name = group.empty() ? ctx.t("results.whole") : group_label(ctx, group);
  view["set_name"] = set_name;
  view["is_whole"] = group.empty();
  view["k"] = ctx.t("results.k_note", {{"k", std::to_string(results.k)},
                                       {"detail_k", std::to_string(detail_threshold(results.k))}});
  view["csv_href"] = "/api/v1/rounds/" + id + "/results.csv";
  view["json_href"] =
      "/api/v1/rounds/" + id + "/results" + (group.empty() ? "" : "?group=" + url_encode(group));

  json excluded = json::array();
  for (const auto& g : results.excluded_groups) {
    excluded.push_back(
        ctx.t("results.excluded", {{"group", group_label(ctx, g)}, {"k", std::to_string(results.k)}}));
  }
  if (group.empty()) view["excluded"] = excluded;

  if (set->suppressed) {
    view["suppressed"] = suppressed_text(ctx, set->needed);
    return render_and_keep(view);
  }

  // The same set in the previous closed round on the same framework, for the radar overlay.
  const SetResult* previous_set = nullptr;
  std::optional<ComputedResults> previous;
  if (computed->previous) {
    if (auto p = svc.results(*computed->previous)) {
      previous = std::move(*p);
      previous_set = find_set(*previous->results, group);
    }
  }
  view["trend_note"] = computed->previous
                           ? ctx.t("results.trend_note", {{"previous", computed->previous->title}})
                           : ctx.t("results.trend_none");
  json shown = set_view(ctx, f, *computed, *set, previous_set, set_name);
  shown["comments_allowed"] = group.empty();
  view["set"] = shown;
  if (group.empty()) view["groups"] = groups_view(ctx, f, *computed->framework, results);
  return render_and_keep(view);
}

}  // namespace forkant::web::pages
