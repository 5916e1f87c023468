// The board report's competence section (issue 17, question 6): the competence matrix's gaps, ranked by
// the rule the gaps page states, with the route, owner, date and step of each; the AI Act's Art. 4 duty
// named with its date when it has gaps. Without a competence service (a test app), nothing.
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/competence_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/reports/board_sections.hpp"

namespace forkant::web::board {

namespace doc = forkant::reports;

void competence_sections(Context& ctx, std::int64_t org_id, Blocks& out) {
  auto* competence = ctx.app.services().competence;
  if (competence == nullptr) return;
  const auto gaps = competence->ranked_gaps(org_id);
  out.push_back(doc::Heading{1, ctx.t("board.competence_heading")});
  if (gaps.empty()) {
    out.push_back(doc::Paragraph{ctx.t("competence.gaps.empty")});
    return;
  }
  out.push_back(doc::Paragraph{
      ctx.t("board.competence_intro", {{"count", std::to_string(gaps.size())},
                                       {"without", std::to_string(gaps_without_step(gaps).size())}})});
  for (const auto& g : gaps) {
    if (g.legal_duty) {
      out.push_back(doc::Paragraph{
          ctx.t("board.competence_legal_duty", {{"date", format_date_text(kAiLiteracy.in_force, ctx.lang)}}),
          false, true});
      break;
    }
  }
  const auto names = pages::member_names(ctx, org_id);
  doc::Table t;
  t.caption = ctx.t("competence.gaps.caption");
  t.header = {ctx.t("competence.gaps.rank"),    ctx.t("competence.field.competence"),
              ctx.t("competence.field.role"),   ctx.t("competence.gaps.levels"),
              ctx.t("competence.field.route"),  ctx.t("competence.field.owner"),
              ctx.t("competence.field.due_on"), ctx.t("competence.gap.step")};
  t.numeric = {true, false, false, false, false, false, false, false};
  t.widths = {0.06, 0.22, 0.16, 0.1, 0.11, 0.13, 0.12, 0.1};
  for (const auto& g : gaps) {
    const auto& c = g.cell;
    std::string owner = "–";
    if (c.owner_user_id) {
      if (const auto it = names.find(*c.owner_user_id); it != names.end()) owner = it->second;
    }
    t.rows.push_back(
        {std::to_string(g.rank),
         pages::competence_name(ctx, g.competence_name, g.competence_builtin) +
             (g.legal_duty ? " (" + ctx.t("competence.legal_duty") + ")" : ""),
         pages::competence_role_label(ctx, c.role) + (g.sector_name.empty() ? "" : ", " + g.sector_name),
         std::to_string(c.current_level) + " → " + std::to_string(c.needed_level),
         c.route ? pages::competence_route_label(ctx, *c.route) : "–", owner,
         c.due_on ? format_date_text(*c.due_on, ctx.lang) : "–",
         g.has_step() ? ctx.t("board.competence_has_step") : ctx.t("competence.gaps.no_step")});
  }
  out.push_back(t);
}

}  // namespace forkant::web::board
