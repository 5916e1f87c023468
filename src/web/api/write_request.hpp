#pragma once
// What every API write starts with: the organisation or object the path names, checked against the
// caller's role (web/access.hpp), then the request's JSON object (json_body.hpp). In that order, so
// that a caller without access learns nothing from how a body is read.
//
//   auto request = with_body(ctx, goal_in_path(ctx, Role::leader));
//   if (!request) return error_response(ctx, request.error());
//   FieldReader f(request->body);   // request->target is the goal

#include <nlohmann/json.hpp>
#include <utility>

#include "domain/result.hpp"
#include "web/api/json_body.hpp"
#include "web/context.hpp"

namespace forkant::web::api {

template <typename Target>
struct WriteRequest {
  Target target;
  nlohmann::json body;
};

template <typename Target>
Result<WriteRequest<Target>> with_body(Context& ctx, Result<Target> target) {
  if (!target) return target.error();
  auto body = parse_json_object(ctx.req);
  if (!body) return body.error();
  return WriteRequest<Target>{std::move(*target), std::move(*body)};
}

}  // namespace forkant::web::api
