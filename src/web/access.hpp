#pragma once
// Who may see what, in one place: the organisation in the path, and the object in the path, loaded and
// checked against the caller's role in its organisation. Another organisation's object answers 404
// exactly like a missing one (tenant isolation), as does an id that does not parse.
//
//   auto access = org_in_path(ctx, Role::leader);                       // /orgs/{org_id}/...
//   auto goal = in_path(ctx, "goal_id", Role::viewer, find_goal);       // /api/v1/goals/{goal_id}
//   auto goal = of_org(ctx, "goal_id", *access, find_goal);             // /orgs/{org_id}/goals/{goal_id}
//
// `find` takes the id and returns std::optional<T>; T has an `org_id`. The objects that paths name have
// their loaders at the end, one per object for pages and API alike.

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "domain/accounts/role.hpp"
#include "domain/result.hpp"
#include "web/context.hpp"

namespace forkant {
struct Decision;
struct Goal;
struct MeetingSeries;
struct RoundRow;
struct StepRow;
}  // namespace forkant

namespace forkant::web {

// The organisation in the path and the caller's role in it (at least `need`).
struct OrgAccess {
  std::int64_t org_id = 0;
  Role role = Role::viewer;
};

// {org_id} in the path, if the caller has at least `need` there.
Result<OrgAccess> org_in_path(Context& ctx, Role need);

// The object whose id is the path parameter `param`, with the caller's access to its organisation
// (at least `need`).
template <typename T>
struct Accessed {
  T object;
  OrgAccess access;
};

template <typename Find>
auto in_path(Context& ctx, const std::string& param, Role need, Find&& find)
    -> Result<Accessed<typename std::invoke_result_t<Find, std::int64_t>::value_type>> {
  const auto id = ctx.id_param(param);
  if (!id) return Error::not_found();
  auto object = find(*id);
  if (!object) return Error::not_found();
  auto role = authorize(ctx, object->org_id, need);
  if (!role) return role.error();
  const std::int64_t org_id = object->org_id;
  return Accessed<typename std::invoke_result_t<Find, std::int64_t>::value_type>{std::move(*object),
                                                                                 {org_id, *role}};
}

// The same, when only the object is wanted.
template <typename Find>
auto object_in_path(Context& ctx, const std::string& param, Role need, Find&& find)
    -> Result<typename std::invoke_result_t<Find, std::int64_t>::value_type> {
  auto found = in_path(ctx, param, need, std::forward<Find>(find));
  if (!found) return found.error();
  return std::move(found->object);
}

// The object whose id is the path parameter `param`, if it belongs to the organisation already in the
// path (pages whose path names both).
template <typename Find>
auto of_org(Context& ctx, const std::string& param, const OrgAccess& access, Find&& find)
    -> Result<typename std::invoke_result_t<Find, std::int64_t>::value_type> {
  const auto id = ctx.id_param(param);
  if (!id) return Error::not_found();
  auto object = find(*id);
  if (!object || object->org_id != access.org_id) return Error::not_found();
  return std::move(*object);
}

// ---- The objects in paths ------------------------------------------------------------------------------
// One loader per object, in the two shapes its paths take: by its own id, checked against the caller's
// role in its organisation (/rounds/{round_id}, /api/v1/goals/{goal_id}), or under the organisation
// already in the path (/orgs/{org_id}/goals/{goal_id}).

// {round_id}, with the caller's access (a round's pages show the organisation's navigation).
Result<Accessed<RoundRow>> round_in_path(Context& ctx, Role need);

// {decision_id}
Result<Decision> decision_in_path(Context& ctx, Role need);
Result<Decision> decision_in_path(Context& ctx, const OrgAccess& access);

// {goal_id}
Result<Goal> goal_in_path(Context& ctx, Role need);
Result<Goal> goal_in_path(Context& ctx, const OrgAccess& access);

// {step_id}
Result<StepRow> step_in_path(Context& ctx, Role need);
Result<StepRow> step_in_path(Context& ctx, const OrgAccess& access);

// {series_id}: a meeting series.
Result<MeetingSeries> series_in_path(Context& ctx, Role need);
Result<MeetingSeries> series_in_path(Context& ctx, const OrgAccess& access);

}  // namespace forkant::web
