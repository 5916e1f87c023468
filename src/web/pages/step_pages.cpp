// What the actions on a step share.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

std::string goal_path(const OrgAccess& access, const Step& step) {
  return "/orgs/" + std::to_string(access.org_id) + "/goals/" + std::to_string(step.goal_id);
}

Response refused_on_goal(Context& ctx, const OrgAccess& access, const StepRow& row, const Error& error) {
  const auto goal = ctx.app.services().decisions->find_goal(row.step.goal_id);
  return goal_detail_page(ctx, access, *goal, Step{}, form_error(ctx, error), http_status(error));
}

// The decision a change of course leads to, with what the step already tells.
DecisionDraft follow_up_defaults(Context& ctx, const StepRow& row, std::optional<Verdict> verdict) {
  DecisionDraft d;
  d.kind = verdict ? outcome_of(*verdict).suggested_kind : DecisionKind::decided;
  d.owner_user_id = row.step.owner_user_id;
  d.goal_id = row.step.goal_id;
  d.decided_on = ctx.app.services().decisions->today();
  d.body = ctx.t("decision.body.default");
  if (const auto goal = ctx.app.services().decisions->find_goal(row.step.goal_id))
    d.questions = goal->questions;
  return d;
}

}  // namespace forkant::web::pages
