#include "web/access.hpp"

#include "services/assessment.hpp"
#include "services/decisions.hpp"
#include "web/app.hpp"

namespace forkant::web {

Result<OrgAccess> org_in_path(Context& ctx, Role need) {
  const auto org_id = ctx.id_param("org_id");
  if (!org_id) return Error::not_found();
  auto role = authorize(ctx, *org_id, need);
  if (!role) return role.error();
  return OrgAccess{*org_id, *role};
}

namespace {

auto find_decision(Context& ctx) {
  return [&ctx](std::int64_t id) { return ctx.app.services().decisions->find_decision(id); };
}
auto find_goal(Context& ctx) {
  return [&ctx](std::int64_t id) { return ctx.app.services().decisions->find_goal(id); };
}
auto find_step(Context& ctx) {
  return [&ctx](std::int64_t id) { return ctx.app.services().decisions->find_step(id); };
}
auto find_series(Context& ctx) {
  return [&ctx](std::int64_t id) { return ctx.app.services().decisions->find_series(id); };
}

}  // namespace

Result<Accessed<RoundRow>> round_in_path(Context& ctx, Role need) {
  return in_path(ctx, "round_id", need,
                 [&ctx](std::int64_t id) { return ctx.app.services().assessment->find_round(id); });
}

Result<Decision> decision_in_path(Context& ctx, Role need) {
  return object_in_path(ctx, "decision_id", need, find_decision(ctx));
}
Result<Decision> decision_in_path(Context& ctx, const OrgAccess& access) {
  return of_org(ctx, "decision_id", access, find_decision(ctx));
}

Result<Goal> goal_in_path(Context& ctx, Role need) {
  return object_in_path(ctx, "goal_id", need, find_goal(ctx));
}
Result<Goal> goal_in_path(Context& ctx, const OrgAccess& access) {
  return of_org(ctx, "goal_id", access, find_goal(ctx));
}

Result<StepRow> step_in_path(Context& ctx, Role need) {
  return object_in_path(ctx, "step_id", need, find_step(ctx));
}
Result<StepRow> step_in_path(Context& ctx, const OrgAccess& access) {
  return of_org(ctx, "step_id", access, find_step(ctx));
}

Result<MeetingSeries> series_in_path(Context& ctx, Role need) {
  return object_in_path(ctx, "series_id", need, find_series(ctx));
}
Result<MeetingSeries> series_in_path(Context& ctx, const OrgAccess& access) {
  return of_org(ctx, "series_id", access, find_series(ctx));
}

}  // namespace forkant::web
