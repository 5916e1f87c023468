// The results part of the board report, worded from the results page's own view of the whole round
// (results_view.cpp): the same figures, formatted the same way, and the same texts where a set is
// suppressed. Nothing here reads a result: what the view leaves out cannot appear.
#include <string>

#include "web/reports/board_sections.hpp"

namespace forkant::web::board {
namespace {

using nlohmann::json;
namespace doc = forkant::reports;

// How much of the page's longest lists the report shows (the rest stays on the page).
constexpr std::size_t kGapsShown = 10;
constexpr std::size_t kPrioritiesShown = 5;

// A text field of the view, or "" when absent or null.
std::string text(const json& v, const char* key) {
  const auto it = v.find(key);
  return it != v.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool has(const json& v, const char* key) {
  const auto it = v.find(key);
  return it != v.end() && !it->is_null();
}

// A table cell of the view: its text, or a dash for "no value".
std::string cell(const json& c) {
  return c.value("missing", false) ? "\u2013" : text(c, "text");
}

// "label – detail" lines (priorities, disagreement flags).
doc::BulletList labelled(const json& list) {
  doc::BulletList out;
  for (const auto& item : list) out.items.push_back(text(item, "label") + " \u2013 " + text(item, "detail"));
  return out;
}

void where_we_stand(const Context& ctx, const json& view, Blocks& out) {
  out.push_back(doc::Heading{1, ctx.t("board.standing_heading")});
  out.push_back(doc::Paragraph{text(view, "k"), false, true});
  for (const auto& e : view.value("excluded", json::array()))
    out.push_back(doc::Paragraph{e.get<std::string>()});

  const json& lead = view.value("leadership", json::object());
  doc::Table facts;
  facts.caption = ctx.t("board.facts_caption");
  facts.header = {ctx.t("board.col_figure"), ctx.t("board.col_value")};
  facts.numeric = {false, false};
  facts.widths = {0.45, 0.55};
  if (has(view, "set")) {
    const json& set = view["set"];
    facts.rows.push_back({ctx.t("results.respondents"), text(set, "respondents")});
    facts.rows.push_back({ctx.t("results.index"), has(set, "index") ? text(set, "index") : "\u2013"});
    if (has(set, "position")) {
      facts.rows.push_back({ctx.t("results.position"),
                            text(set["position"], "label") + " (" + text(set["position"], "share") + ")"});
    }
  }
  // Top management's position share, or why it is not shown.
  const std::string top_label = ctx.t("board.top_position");
  if (has(lead, "top_position")) {
    facts.rows.push_back(
        {top_label, text(lead["top_position"], "label") + " (" + text(lead["top_position"], "share") + ")"});
  }
  if (!facts.rows.empty()) out.push_back(facts);
  if (has(lead, "top_position")) out.push_back(doc::Paragraph{text(lead["top_position"], "detail")});
  if (has(lead, "top_suppressed")) out.push_back(doc::Paragraph{text(lead, "top_suppressed"), true});
  if (has(lead, "top_none")) out.push_back(doc::Paragraph{text(lead, "top_none")});
  if (has(view, "suppressed")) {
    out.push_back(doc::Paragraph{text(view, "set_name") + ": " + text(view, "suppressed"), true});
    return;
  }
  if (!has(view, "set")) return;
  const json& set = view["set"];
  if (has(set, "by_hand")) out.push_back(doc::Paragraph{text(set, "by_hand"), false, true});
  out.push_back(doc::Paragraph{ctx.t("results.index_explained"), false, true});

  out.push_back(doc::Heading{2, ctx.t("results.scores_heading")});
  if (!text(set, "radar_svg").empty()) {
    out.push_back(
        doc::Figure{text(set, "radar_svg"), text(set, "radar_alt"), ctx.t("results.radar_caption"), 0.85});
  }
  doc::Table scores;
  scores.caption = ctx.t("board.scores_caption");
  scores.header = {ctx.t("results.col_question"), ctx.t("results.col_score"), ctx.t("results.col_importance"),
                   ctx.t("results.col_priority"), ctx.t("results.col_trend")};
  scores.numeric = {false, true, true, true, true};
  scores.widths = {0.44, 0.14, 0.14, 0.14, 0.14};
  // The page's columns: score, n, median, sd, min, max, importance, priority, trend.
  for (const auto& row : set.value("table", json::array())) {
    const json& c = row["cells"];
    scores.rows.push_back({text(row, "label"), cell(c[0]), cell(c[6]), cell(c[7]), cell(c[8])});
  }
  out.push_back(scores);
  out.push_back(doc::Paragraph{text(view, "trend_note"), false, true});
}

void disagreement(const Context& ctx, const json& view, Blocks& out) {
  out.push_back(doc::Heading{1, ctx.t("board.disagreement_heading")});
  out.push_back(doc::Paragraph{ctx.t("results.disagreement_explained")});
  const json& lead = view.value("leadership", json::object());
  if (has(lead, "top_suppressed")) {
    out.push_back(doc::Paragraph{text(lead, "top_suppressed")});
  } else if (has(lead, "top_none")) {
    out.push_back(doc::Paragraph{text(lead, "top_none")});
  } else {
    if (lead.value("top_has_flags", false)) out.push_back(labelled(lead["top_flags"]));
    if (has(lead, "top_flags_note")) out.push_back(doc::Paragraph{text(lead, "top_flags_note")});
  }
  if (has(view, "set") && view["set"].value("has_disagreements", false)) {
    out.push_back(doc::Heading{2, ctx.t("board.disagreement_whole")});
    out.push_back(labelled(view["set"]["disagreements"]));
  }
}

void gaps(const Context& ctx, const json& view, Blocks& out) {
  out.push_back(doc::Heading{1, ctx.t("results.gaps_heading")});
  if (!has(view, "gaps")) {
    out.push_back(doc::Paragraph{ctx.t("results.gaps_none")});
    return;
  }
  const json& g = view["gaps"];
  out.push_back(doc::Paragraph{text(g, "explained")});
  if (g.value("has_rows", false)) {
    doc::Table t;
    t.caption = ctx.t("results.gaps_caption");
    t.header = {ctx.t("results.col_question"), ctx.t("results.col_top"), ctx.t("results.col_other_group"),
                ctx.t("results.col_other_score"), ctx.t("results.col_gap")};
    t.numeric = {false, true, false, true, true};
    t.widths = {0.32, 0.14, 0.2, 0.14, 0.2};
    // The largest gaps only: a board reads the few that matter; the page has them all.
    std::size_t shown = 0;
    for (const auto& r : g["rows"]) {
      if (++shown > kGapsShown) break;
      t.rows.push_back({text(r, "question"), text(r, "top_score"), text(r, "group"), text(r, "other_score"),
                        text(r, "gap") + " (" + text(r, "words") + ")"});
    }
    out.push_back(t);
    if (g["rows"].size() > kGapsShown) {
      out.push_back(doc::Paragraph{
          ctx.t("board.gaps_more", {{"count", std::to_string(g["rows"].size() - kGapsShown)}}), false, true});
    }
  } else {
    out.push_back(doc::Paragraph{ctx.t("results.gaps_none")});
  }
  // The groups whose figures are not shown, and why: as on the page.
  if (has(view, "groups") && view["groups"].value("has_hidden", false)) {
    doc::BulletList hidden;
    for (const auto& h : view["groups"]["hidden"])
      hidden.items.push_back(text(h, "group") + ": " + text(h, "text"));
    out.push_back(doc::Paragraph{ctx.t("board.hidden_groups"), true});
    out.push_back(hidden);
  }
}

void priorities(const Context& ctx, const json& view, Blocks& out) {
  out.push_back(doc::Heading{1, ctx.t("results.priorities_heading")});
  out.push_back(doc::Paragraph{ctx.t("results.priority_explained")});
  const json& lead = view.value("leadership", json::object());
  if (lead.value("top_has_priorities", false)) {
    out.push_back(doc::Heading{2, ctx.t("results.leadership_priorities_heading")});
    out.push_back(labelled(lead["top_priorities"]));
  }
  if (has(view, "set")) {
    out.push_back(doc::Heading{2, ctx.t("board.priorities_whole")});
    if (view["set"].value("has_priorities", false)) {
      doc::BulletList first = labelled(view["set"]["priorities"]);
      if (first.items.size() > kPrioritiesShown) first.items.resize(kPrioritiesShown);
      out.push_back(first);
    } else {
      out.push_back(doc::Paragraph{ctx.t("results.priorities_none")});
    }
  }
}

}  // namespace

void results_sections(const Context& ctx, const json& view, Blocks& out) {
  where_we_stand(ctx, view, out);
  disagreement(ctx, view, out);
  gaps(ctx, view, out);
  priorities(ctx, view, out);
}

}  // namespace forkant::web::board
