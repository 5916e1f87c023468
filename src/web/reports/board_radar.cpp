// The radar part of the board report (issue 17): the current edition as a table (number, technology,
// quadrant, ring, movement), its holds as deliberate non-choices with their dates and reasons, and the
// prerequisites that initiatives lack. The register's non-choice section names the holds too
// (hold_lines, used by board_register.cpp).
#include "render/charts/tech_radar_chart.hpp"
#include "render/format.hpp"
#include "services/radar.hpp"
#include "web/app.hpp"
#include "web/pages/radar_pages.hpp"
#include "web/reports/board_sections.hpp"

namespace forkant::web::board {

namespace doc = forkant::reports;

std::vector<std::string> hold_lines(Context& ctx, std::int64_t org_id) {
  std::vector<std::string> out;
  auto* radar = ctx.app.services().radar;
  if (radar == nullptr) return out;
  for (const RadarEntry& e : radar->holds(org_id)) {
    out.push_back(
        ctx.t("board.radar_hold", {{"name", e.content.name},
                                   {"since", format_date_text(e.content.hold->since, ctx.lang)},
                                   {"revisit", format_date_text(e.content.hold->revisit_on, ctx.lang)},
                                   {"reason", e.content.hold->reason}}));
  }
  return out;
}

void radar_sections(Context& ctx, std::int64_t org_id, Blocks& out) {
  auto* radar = ctx.app.services().radar;
  if (radar == nullptr) return;
  const auto edition = radar->current_edition(org_id);
  if (!edition) return;
  const RadarView view = radar->view(*edition);
  out.push_back(doc::Heading{1, ctx.t("board.radar_heading")});
  out.push_back(doc::Paragraph{
      ctx.t("board.radar_intro",
            {{"title", edition->title}, {"date", format_date_text(edition->published_on, ctx.lang)}})});
  if (!view.blips.empty()) {
    const nlohmann::json shown = pages::radar_view_json(ctx, view, "board-radar");
    out.push_back(
        doc::Figure{shown["chart"].get<std::string>(),
                    ctx.t("radar.chart.description", {{"count", std::to_string(view.blips.size())}}),
                    ctx.t("radar.chart.caption"), 0.8});
    doc::Table t;
    t.caption = ctx.t("radar.table.heading");
    t.header = {ctx.t("radar.field.number"), ctx.t("radar.field.name"), ctx.t("radar.field.quadrant"),
                ctx.t("radar.field.ring"), ctx.t("radar.field.movement")};
    t.numeric = {true, false, false, false, false};
    for (const RadarBlip& b : view.blips) {
      t.rows.push_back({std::to_string(b.number), b.entry.content.name,
                        edition->quadrants[static_cast<std::size_t>(b.entry.content.quadrant)],
                        pages::ring_label(ctx, b.entry.content.ring),
                        pages::movement_label(ctx, b.movement)});
    }
    out.push_back(std::move(t));
  }
  out.push_back(doc::Heading{2, ctx.t("board.radar_holds_heading")});
  const auto holds = hold_lines(ctx, org_id);
  if (holds.empty()) {
    out.push_back(doc::Paragraph{ctx.t("board.radar_no_holds")});
  } else {
    out.push_back(doc::BulletList{holds});
  }
  std::vector<std::string> missing;
  for (const MissingPrerequisite& m : radar->missing_prerequisites(org_id)) {
    missing.push_back(m.entry.content.name + ": " +
                      ctx.t("radar.finding." + std::string(to_string(m.finding.outcome)),
                            {{"initiative", m.finding.initiative_title}, {"name", m.prerequisite.name}}));
  }
  if (!missing.empty()) {
    out.push_back(doc::Heading{2, ctx.t("board.radar_missing_heading")});
    out.push_back(doc::BulletList{missing});
  }
}

}  // namespace forkant::web::board
