// A gap made a step of a goal in one action: the step is planned in the chosen goal with its hypothesis
// worded from the gap and the cell's date (or the one given), and the cell remembers it. Back to the
// gaps list (or the cell's page, when asked from there); a refusal shows the gaps with the reason.
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/competence_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response competence_gap_step(Context& ctx) {
  auto access = org_in_path(ctx, kCompetenceWriter);
  if (!access) return error_response(ctx, access.error());
  auto& svc = *ctx.app.services().competence;
  const auto cell_id = ctx.id_param("cell_id");
  const auto cell = cell_id ? svc.find_cell(*cell_id) : std::nullopt;
  if (!cell || cell->org_id != access->org_id) return error_response(ctx, Error::not_found());
  const auto& form = ctx.form();
  const auto refuse = [&](const Error& e) {
    return competence_gaps_page(ctx, *access, form_error(ctx, e), http_status(e));
  };
  const auto goal_id = parse_id(form.get("goal"));
  if (!goal_id) return refuse(Error::invalid("unknown_goal", "error.competence.unknown_goal"));
  std::optional<Date> due;
  if (!form.get("due_on").empty()) {
    due = parse_iso_date(form.get("due_on"));
    if (!due) {
      return refuse(Error::invalid("unknown_value", "error.competence.unknown_value",
                                   {{"field", ctx.t("competence.gap.due_on")}}));
    }
  }
  const auto gaps = svc.ranked_gaps(access->org_id);
  const RankedGap* gap = nullptr;
  for (const auto& g : gaps) {
    if (g.cell.id == cell->id) gap = &g;
  }
  if (!gap) return refuse(Error::invalid("no_gap", "error.competence.no_gap"));
  auto step = svc.gap_to_step(*cell, ctx.user->id, *goal_id, gap_step_wording(ctx, *gap), due);
  if (!step) return refuse(step.error());
  if (form.get("return") == "cell") {
    return redirect(competence_cell_path(access->org_id, cell->competence_id, cell->role, cell->sector_id) +
                    "#gap");
  }
  return redirect(competencies_path(access->org_id) + "/gaps#gap-" + std::to_string(cell->id));
}

}  // namespace forkant::web::pages
