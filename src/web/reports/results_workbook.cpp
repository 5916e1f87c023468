#include "web/reports/results_workbook.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>

#include "domain/assessment/perception_gaps.hpp"
#include "domain/copenhagen_time.hpp"
#include "formats/results_json.hpp"
#include "render/i18n.hpp"
#include "web/pages/assessment_pages.hpp"
#include "web/pages/decisions_pages.hpp"

namespace forkant::web {
namespace {

using forkant::reports::NumberFormat;
using forkant::reports::XlsxCell;
using forkant::reports::XlsxChart;
using forkant::reports::XlsxSheet;
using forkant::reports::XlsxWorkbook;
using pages::group_label;

// How many earlier rounds the trend sheet goes back at most.
constexpr int kTrendRounds = 12;

// Figures as the API gives them (two decimals), so a cell equals the JSON's number.
XlsxCell figure(const std::optional<double>& v, NumberFormat f = NumberFormat::decimal2) {
  return v ? forkant::reports::xlsx_number(round2(*v), f) : XlsxCell{};
}
XlsxCell text(std::string s) {
  return XlsxCell{std::move(s)};
}

std::string dim_label(const Context& ctx, const Dimension& d) {
  return std::to_string(d.number) + " " + d.title.get(ctx.lang);
}

const DimensionResult* find_dim(const SetResult& s, const std::string& id) {
  for (const auto& d : s.dimensions) {
    if (d.dimension_id == id) return &d;
  }
  return nullptr;
}

std::string suppressed_text(const Context& ctx, int needed) {
  return ctx.t(needed == 1 ? "results.suppressed_one" : "results.suppressed",
               {{"needed", std::to_string(needed)}});
}

std::optional<Date> closed_day(const RoundRow& round) {
  if (!round.closed_at) return std::nullopt;
  return copenhagen_time(*round.closed_at).day;
}

// ---- A round that is not closed: the number of responses per group, nothing more ----------------------

XlsxSheet counts_sheet(const Context& ctx, const RoundRow& round, const std::vector<GroupCount>& counts) {
  XlsxSheet sheet;
  sheet.name = ctx.t("xlsx.sheet.results");
  sheet.columns = {{ctx.t("round.col_group"), 28}, {ctx.t("round.col_submitted"), 14}};
  long long total = 0;
  for (const auto& c : counts) {
    sheet.rows.push_back({text(group_label(ctx, c.group)), forkant::reports::xlsx_integer(c.submitted)});
    total += c.submitted;
  }
  sheet.rows.push_back({text(ctx.t("round.total")), forkant::reports::xlsx_integer(total)});
  sheet.notes = {pages::round_state_label(ctx, round.state), ctx.t("results.not_closed")};
  return sheet;
}

// ---- A closed round --------------------------------------------------------------------------------------

// Every figure of every question of the whole round, with the index under them and a chart of the scores.
XlsxSheet results_sheet(const Context& ctx, const ComputedResults& computed) {
  const Framework& fw = *computed.framework;
  const RoundResults& results = *computed.results;
  const SetResult& set = results.whole;
  const int detail_k = detail_threshold(results.k);
  XlsxSheet sheet;
  sheet.name = ctx.t("xlsx.sheet.results");
  sheet.columns = {{ctx.t("results.col_question"), 34},
                   {ctx.t("results.col_score"), 9},
                   {"n", 6},
                   {ctx.t("results.col_median"), 9},
                   {ctx.t("results.col_sd"), 10},
                   {ctx.t("results.col_min"), 7},
                   {ctx.t("results.col_max"), 7},
                   {ctx.t("results.col_importance"), 11},
                   {ctx.t("results.col_priority"), 10},
                   {ctx.t("results.col_trend"), 11},
                   {ctx.t("results.col_disagreement"), 16}};
  for (const auto& e : results.excluded_groups) {
    sheet.notes.push_back(
        ctx.t("results.excluded", {{"group", group_label(ctx, e)}, {"k", std::to_string(results.k)}}));
  }
  if (set.suppressed) {
    sheet.notes.insert(sheet.notes.begin(), ctx.t("results.whole") + ": " + suppressed_text(ctx, set.needed));
    return sheet;
  }
  for (const auto& d : fw.dimensions) {
    const DimensionResult* r = find_dim(set, d.id);
    const auto& s = r ? r->spread : std::optional<Spread>{};
    auto spread = [&](double Spread::*field) {
      return figure(s ? std::optional<double>((*s).*field) : std::nullopt);
    };
    const std::string flag = !s ? ctx.t("results.spread_from", {{"k", std::to_string(detail_k)}})
                             : r->disagreement ? ctx.t("results.disagreement_yes")
                                               : ctx.t("results.disagreement_no");
    sheet.rows.push_back({text(dim_label(ctx, d)), figure(r ? r->score : std::nullopt),
                          r && r->score ? forkant::reports::xlsx_integer(r->n) : XlsxCell{},
                          spread(&Spread::median), spread(&Spread::sd), spread(&Spread::min),
                          spread(&Spread::max), figure(r ? r->importance : std::nullopt),
                          figure(r ? r->priority : std::nullopt),
                          figure(r ? r->trend : std::nullopt, NumberFormat::signed_decimal), text(flag)});
  }
  const int dims = static_cast<int>(fw.dimensions.size());
  sheet.rows.push_back({text(ctx.t("results.index")), figure(set.index)});
  sheet.rows.push_back({text(ctx.t("results.respondents")), forkant::reports::xlsx_integer(set.respondents)});
  if (set.position_share) {
    sheet.rows.push_back(
        {text(ctx.t("results.position")), figure(set.position_share, NumberFormat::percent)});
  }
  sheet.notes.insert(sheet.notes.begin(), {ctx.t("results.index_explained"),
                                           ctx.t("results.spread_note", {{"k", std::to_string(detail_k)}}),
                                           ctx.t("results.priority_explained")});
  if (dims > 0) {
    XlsxChart chart;
    chart.kind = XlsxChart::Kind::bar;
    chart.title = ctx.t("results.radar_title", {{"set", ctx.t("results.whole")}});
    chart.value_axis = ctx.t("xlsx.axis.score");
    chart.category_column = 0;
    chart.series_columns = {1};
    chart.first_row = 0;
    chart.last_row = dims - 1;
    chart.min = 1;
    chart.max = 5;
    sheet.charts.push_back(chart);
  }
  return sheet;
}

// Every group: a shown group's respondents, index and scores; a suppressed one marked, with no figure.
XlsxSheet groups_sheet(const Context& ctx, const ComputedResults& computed) {
  const Framework& fw = *computed.framework;
  const RoundResults& results = *computed.results;
  XlsxSheet sheet;
  sheet.name = ctx.t("xlsx.sheet.groups");
  sheet.columns = {{ctx.t("results.col_other_group"), 22},
                   {ctx.t("xlsx.col.shown"), 22},
                   {ctx.t("results.respondents"), 12},
                   {ctx.t("results.index"), 12}};
  for (const auto& d : fw.dimensions) sheet.columns.push_back({dim_label(ctx, d), 14, true});
  for (const auto& g : results.groups) {
    std::string name = group_label(ctx, g.group);
    if (g.group == results.top_group) name += " (" + ctx.t("results.col_top") + ")";
    if (g.suppressed) {
      sheet.rows.push_back({text(name), text(suppressed_text(ctx, g.needed))});
      continue;
    }
    std::vector<XlsxCell> row{text(name), text(ctx.t("xlsx.status.shown")),
                              forkant::reports::xlsx_integer(g.respondents), figure(g.index)};
    for (const auto& d : fw.dimensions) {
      const DimensionResult* r = find_dim(g, d.id);
      row.push_back(figure(r ? r->score : std::nullopt));
    }
    sheet.rows.push_back(std::move(row));
  }
  sheet.notes.push_back(ctx.t("results.k_note", {{"k", std::to_string(results.k)},
                                                 {"detail_k", std::to_string(detail_threshold(results.k))}}));
  return sheet;
}

// The perception gaps as the page lists them, largest first.
XlsxSheet gaps_sheet(const Context& ctx, const ComputedResults& computed) {
  const Framework& fw = *computed.framework;
  const RoundResults& results = *computed.results;
  const SetResult* top = top_management(results);
  const std::string top_name = top ? group_label(ctx, top->group) : std::string();
  XlsxSheet sheet;
  sheet.name = ctx.t("xlsx.sheet.gaps");
  sheet.columns = {{ctx.t("results.col_question"), 34},    {ctx.t("results.col_top"), 14},
                   {ctx.t("results.col_other_group"), 20}, {ctx.t("results.col_other_score"), 14},
                   {ctx.t("results.col_gap"), 10},         {ctx.t("xlsx.col.in_words"), 28}};
  for (const PerceptionGap& g : perception_gaps(results)) {
    const Dimension* d = fw.find_dimension(g.dimension_id);
    const double gap = round2(g.gap);
    const std::string words = gap == 0 ? ctx.t("results.gap_same")
                                       : ctx.t(gap > 0 ? "results.gap_higher" : "results.gap_lower",
                                               {{"gap", format_decimal(std::fabs(gap), 2, ctx.lang)}});
    sheet.rows.push_back({text(d ? dim_label(ctx, *d) : g.dimension_id), figure(g.top),
                          text(group_label(ctx, g.group)), figure(g.other),
                          figure(g.gap, NumberFormat::signed_decimal), text(words)});
  }
  sheet.notes.push_back(sheet.rows.empty() ? ctx.t("results.gaps_none")
                                           : ctx.t("results.gaps_explained", {{"top", top_name}}));
  return sheet;
}

// The comments the page shows (whole round only; RoundResults keeps them from max(k, 5) answers).
std::optional<XlsxSheet> comments_sheet(const Context& ctx, const ComputedResults& computed) {
  const SetResult& set = computed.results->whole;
  if (set.suppressed || set.comments.empty()) return std::nullopt;
  XlsxSheet sheet;
  sheet.name = ctx.t("xlsx.sheet.comments");
  sheet.columns = {{ctx.t("results.col_question"), 34}, {ctx.t("xlsx.col.comment"), 90, true}};
  for (const auto& d : computed.framework->dimensions) {
    const auto it = set.comments.find(d.id);
    if (it == set.comments.end()) continue;
    for (const auto& c : it->second) sheet.rows.push_back({text(dim_label(ctx, d)), text(c)});
  }
  if (sheet.rows.empty()) return std::nullopt;
  sheet.notes.push_back(
      ctx.t("results.comments_note", {{"k", std::to_string(detail_threshold(computed.results->k))}}));
  return sheet;
}

// The whole round's scores in this round and the earlier closed rounds on the same framework version,
// oldest first, with a line chart; none when there is no such earlier round.
std::optional<XlsxSheet> trend_sheet(Context& ctx, const ComputedResults& computed) {
  auto& svc = *ctx.app.services().assessment;
  std::vector<ComputedResults> rounds{computed};
  while (static_cast<int>(rounds.size()) <= kTrendRounds && rounds.back().previous &&
         rounds.back().trend_comparable) {
    auto earlier = svc.results(*rounds.back().previous);
    if (!earlier) break;
    rounds.push_back(std::move(*earlier));
  }
  if (rounds.size() < 2) return std::nullopt;
  std::reverse(rounds.begin(), rounds.end());
  const Framework& fw = *computed.framework;
  XlsxSheet sheet;
  sheet.name = ctx.t("xlsx.sheet.trend");
  sheet.columns = {
      {ctx.t("decision.field.round"), 26}, {ctx.t("xlsx.col.closed"), 12}, {ctx.t("results.index"), 12}};
  for (const auto& d : fw.dimensions) sheet.columns.push_back({dim_label(ctx, d), 14, true});
  for (const auto& r : rounds) {
    const SetResult& set = r.results->whole;
    std::vector<XlsxCell> row{text(r.round.title)};
    if (const auto day = closed_day(r.round)) {
      row.emplace_back(*day);
    } else {
      row.emplace_back();
    }
    if (set.suppressed) {
      row.push_back(text(suppressed_text(ctx, set.needed)));
    } else {
      row.push_back(figure(set.index));
      for (const auto& d : fw.dimensions) {
        const DimensionResult* dr = find_dim(set, d.id);
        row.push_back(figure(dr ? dr->score : std::nullopt));
      }
    }
    sheet.rows.push_back(std::move(row));
  }
  XlsxChart chart;
  chart.kind = XlsxChart::Kind::line;
  chart.title = ctx.t("xlsx.chart.trend");
  chart.value_axis = ctx.t("xlsx.axis.score");
  chart.category_column = 0;
  for (int c = 2; c < static_cast<int>(sheet.columns.size()); ++c) chart.series_columns.push_back(c);
  chart.first_row = 0;
  chart.last_row = static_cast<int>(sheet.rows.size()) - 1;
  chart.min = 1;
  chart.max = 5;
  sheet.charts.push_back(chart);
  sheet.notes.push_back(ctx.t("xlsx.trend_note"));
  return sheet;
}

// ---- The organisation's register and steps ----------------------------------------------------------------

XlsxCell date_cell(const std::optional<Date>& d) {
  return d && d->ok() ? XlsxCell{*d} : XlsxCell{};
}

XlsxSheet decisions_sheet(Context& ctx, std::int64_t org_id) {
  auto& svc = *ctx.app.services().decisions;
  const Date today = svc.today();
  const auto names = pages::member_names(ctx, org_id);
  std::array<std::string, 11> question_names;
  for (int n = 1; n <= 10; ++n) question_names[n] = pages::question_label(ctx, n);
  XlsxSheet sheet;
  sheet.name = ctx.t("xlsx.sheet.decisions");
  sheet.columns = {{ctx.t("decision.field.title"), 36, true},
                   {ctx.t("decision.field.kind"), 12},
                   {ctx.t("decision.field.questions"), 30, true},
                   {ctx.t("decision.field.decided_on"), 14},
                   {ctx.t("decision.field.rationale"), 60, true},
                   {ctx.t("decision.field.review_on"), 14},
                   {ctx.t("xlsx.col.status"), 20},
                   {ctx.t("decision.field.owner"), 20},
                   {ctx.t("decision.field.body"), 20}};
  for (const auto& d : svc.all_decisions(org_id)) {
    std::string questions;
    for (const int n : d.content.questions) {
      if (n < 1 || n > 10) continue;
      if (!questions.empty()) questions += "; ";
      questions += question_names[static_cast<std::size_t>(n)];
    }
    const std::string status = d.is_superseded()             ? ctx.t("decision.superseded_badge")
                               : is_review_overdue(d, today) ? ctx.t("xlsx.status.review_overdue")
                               : d.reviewed_on               ? ctx.t("xlsx.status.reviewed")
                                                             : ctx.t("xlsx.status.current");
    const auto owner = names.find(d.content.owner_user_id);
    sheet.rows.push_back({text(d.content.title), text(pages::kind_label(ctx, d.content.kind)),
                          text(questions), date_cell(d.content.decided_on), text(d.content.rationale),
                          date_cell(d.content.review_on), text(status),
                          text(owner == names.end() ? "" : owner->second), text(d.content.body)});
  }
  return sheet;
}

XlsxSheet steps_sheet(Context& ctx, std::int64_t org_id) {
  auto& svc = *ctx.app.services().decisions;
  const Date today = svc.today();
  const auto names = pages::member_names(ctx, org_id);
  std::map<std::int64_t, std::string> goals;
  for (const auto& g : svc.goals(org_id)) goals[g.id] = g.title;
  auto steps = svc.steps(org_id);
  std::stable_sort(steps.begin(), steps.end(), [&](const Step& a, const Step& b) {
    return a.goal_id != b.goal_id ? goals[a.goal_id] < goals[b.goal_id] : a.due_on < b.due_on;
  });
  XlsxSheet sheet;
  sheet.name = ctx.t("xlsx.sheet.steps");
  sheet.columns = {{ctx.t("goal.field.title"), 30, true},
                   {ctx.t("step.field.hypothesis"), 50, true},
                   {ctx.t("step.field.criterion"), 36, true},
                   {ctx.t("xlsx.col.status"), 20},
                   {ctx.t("step.field.due"), 12},
                   {ctx.t("step.field.evaluated_on"), 14},
                   {ctx.t("step.verdict"), 12},
                   {ctx.t("step.field.result"), 40, true},
                   {ctx.t("decision.field.owner"), 20}};
  for (const auto& s : steps) {
    std::string status = ctx.t("step.status." + std::string{to_string(s.status)});
    const bool open = s.status == StepStatus::planned || s.status == StepStatus::running;
    if (open && s.due_on.ok() && s.due_on < today) status += " – " + ctx.t("step.overdue");
    const auto& e = s.evaluation;
    const auto owner = names.find(s.owner_user_id);
    sheet.rows.push_back(
        {text(goals[s.goal_id]), text(s.hypothesis), text(s.success_criterion), text(status),
         date_cell(s.due_on), date_cell(e ? std::optional<Date>(e->evaluated_on) : std::nullopt),
         e && e->verdict ? text(ctx.t("verdict." + std::string{to_string(*e->verdict)})) : XlsxCell{},
         e ? text(e->result) : (s.status == StepStatus::dropped ? text(s.drop_reason) : XlsxCell{}),
         text(owner == names.end() ? "" : owner->second)});
  }
  return sheet;
}

}  // namespace

Result<XlsxWorkbook> results_workbook(Context& ctx, const RoundRow& round) {
  auto& svc = *ctx.app.services().assessment;
  XlsxWorkbook book;
  book.title = ctx.t("results.title", {{"round", round.title}});
  book.subject = "forkant";
  // The pages' table convention for dates: 04-12-2026 in Danish, ISO 2026-12-04 in English.
  book.date_format = ctx.lang == "en" ? "yyyy-mm-dd" : "dd-mm-yyyy";
  if (round.state != RoundState::closed) {
    book.sheets.push_back(counts_sheet(ctx, round, svc.group_counts(round.id)));
  } else {
    auto computed = svc.results(round);
    if (!computed) return computed.error();
    book.sheets.push_back(results_sheet(ctx, *computed));
    book.sheets.push_back(groups_sheet(ctx, *computed));
    book.sheets.push_back(gaps_sheet(ctx, *computed));
    if (auto comments = comments_sheet(ctx, *computed)) book.sheets.push_back(std::move(*comments));
    if (auto trend = trend_sheet(ctx, *computed)) book.sheets.push_back(std::move(*trend));
  }
  book.sheets.push_back(decisions_sheet(ctx, round.org_id));
  book.sheets.push_back(steps_sheet(ctx, round.org_id));
  return book;
}

Response round_report_xlsx_response(Context& ctx) {
  auto found = round_in_path(ctx, Role::viewer);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  auto book = results_workbook(ctx, round);
  if (!book) return error_response(ctx, book.error());
  return xlsx_response(forkant::reports::render_xlsx(*book),
                       "forkant-round-" + std::to_string(round.id) + "-report.xlsx");
}

}  // namespace forkant::web
