// The decision register: list (with filters) and record per organisation; one decision with its history
// and notes; edit (a new version, against the version the editor saw), supersede, notes, reviewed.
#include "domain/decisions/decision_filter.hpp"
#include "web/api/decisions_api.hpp"
#include "web/api/write_request.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {
namespace {

Response detail_response(Context& ctx, int status, std::int64_t decision_id) {
  auto& svc = *ctx.app.services().decisions;
  const auto detail = svc.detail(*svc.find_decision(decision_id));
  nlohmann::json out = decision_to_json(detail.decision);
  nlohmann::json history = nlohmann::json::array();
  for (std::size_t i = 0; i < detail.history.size(); ++i) {
    const auto& h = detail.history[i];
    nlohmann::json changed = nlohmann::json::array();
    for (const auto f : h.changed) changed.push_back(std::string{to_string(f)});
    history.push_back({{"version", h.version},
                       {"edited_by", h.edited_by},
                       {"edited_at", format_iso_date(h.edited_at)},
                       {"changed", changed},
                       {"content", draft_to_json(detail.versions[i].content)}});
  }
  nlohmann::json notes = nlohmann::json::array();
  for (const auto& n : detail.notes) {
    notes.push_back({{"id", n.id},
                     {"text", n.text},
                     {"author_id", n.author_user_id},
                     {"written_on", format_iso_date(n.written_on)}});
  }
  out["history"] = history;
  out["notes"] = notes;
  return json_response(status, out);
}

}  // namespace

Response list_decisions(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  const auto& q = ctx.query();
  // The same parser as the register page: the same filter, the same refusals.
  const auto filter =
      parse_decision_filter({q.get("kind"), q.get("question"), q.get("owner"), q.get("body"), q.get("from"),
                             q.get("to"), q.get("q"), q.get("sort"), q.get("dir")});
  if (!filter) return error_response(ctx, filter.error());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& d : ctx.app.services().decisions->list_decisions(org_id, *filter))
    out.push_back(decision_to_json(d));
  return json_response(200, {{"decisions", out}});
}

Response create_decision(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  const std::int64_t org_id = request->target.org_id;
  nlohmann::json& body = request->body;
  auto draft = read_draft(body, DecisionDraft{}, true);
  if (!draft) return error_response(ctx, draft.error());
  auto id = ctx.app.services().decisions->create_decision(org_id, ctx.user->id, *draft);
  if (!id) return error_response(ctx, id.error());
  return detail_response(ctx, 201, *id);
}

Response get_decision(Context& ctx) {
  auto decision = decision_in_path(ctx, Role::viewer);
  if (!decision) return error_response(ctx, decision.error());
  return detail_response(ctx, 200, decision->id);
}

Response edit_decision(Context& ctx) {
  auto request = with_body(ctx, decision_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  auto& decision = request->target;
  nlohmann::json& body = request->body;
  const auto version = take_edit_version(body);
  if (!version) return error_response(ctx, version.error());
  // An edit sends the whole content or the fields it changes; the rest stays as it is.
  auto draft = read_draft(body, decision.content, false);
  if (!draft) return error_response(ctx, draft.error());
  auto edited = ctx.app.services().decisions->edit_decision(decision, ctx.user->id, *version, *draft);
  if (!edited) return error_response(ctx, edited.error());
  return detail_response(ctx, 200, decision.id);
}

Response supersede_decision(Context& ctx) {
  auto request = with_body(ctx, decision_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  auto& decision = request->target;
  nlohmann::json& body = request->body;
  auto draft = read_draft(body, DecisionDraft{}, true);
  if (!draft) return error_response(ctx, draft.error());
  auto id = ctx.app.services().decisions->supersede_decision(decision, ctx.user->id, *draft);
  if (!id) return error_response(ctx, id.error());
  return detail_response(ctx, 201, *id);
}

Response add_decision_note(Context& ctx) {
  auto request = with_body(ctx, decision_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  auto& decision = request->target;
  FieldReader f(request->body);
  const auto text = f.string("text");
  if (auto e = f.finish()) return error_response(ctx, *e);
  auto id = ctx.app.services().decisions->add_note(decision, ctx.user->id, *text);
  if (!id) return error_response(ctx, id.error());
  return detail_response(ctx, 201, decision.id);
}

Response mark_decision_reviewed(Context& ctx) {
  auto decision = decision_in_path(ctx, Role::leader);
  if (!decision) return error_response(ctx, decision.error());
  if (auto s = ctx.app.services().decisions->mark_reviewed(*decision, ctx.user->id); !s) {
    return error_response(ctx, s.error());
  }
  return detail_response(ctx, 200, decision->id);
}

}  // namespace forkant::web::api
