// The initiative register's API (initiatives_api.hpp); the content's JSON is formats/initiative_json, the
// same document the storage keeps, so that unknown fields are refused as in every other body.
#include "services/initiatives.hpp"

#include "formats/initiative_json.hpp"
#include "web/api/initiatives_api.hpp"
#include "web/api/write_request.hpp"
#include "web/app.hpp"
#include "web/initiative_access.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {
namespace {

using Json = nlohmann::json;

Json summary_json(const Initiative& i) {
  Json out = initiative_draft_to_json(i.content);
  out["id"] = i.id;
  out["org_id"] = i.org_id;
  out["version"] = i.version;
  out["phase"] = std::string{to_string(i.phase)};
  Json changes = Json::array();
  for (const auto& c : i.phase_changes) changes.push_back(phase_change_to_json(c));
  out["phase_changes"] = changes;
  return out;
}

Json open_items_json(const std::vector<OpenItem>& items) {
  Json out = Json::array();
  for (const auto& item : items) {
    static constexpr const char* kKinds[] = {"judgement", "obligation", "reassessment"};
    out.push_back({{"kind", kKinds[static_cast<int>(item.kind)]},
                   {"assessment_id", item.assessment_id},
                   {"what", item.what},
                   {"title", item.title}});
  }
  return out;
}

Response detail_response(Context& ctx, int status, std::int64_t initiative_id) {
  auto& svc = *ctx.app.services().initiatives;
  const auto initiative = *svc.find_initiative(initiative_id);
  Json out = summary_json(initiative);
  Json measurements = Json::array();
  for (const auto& m : svc.measurements(initiative)) measurements.push_back(measurement_to_json(m));
  out["measurements"] = measurements;
  out["open_items"] = open_items_json(svc.open_items(initiative, ctx.lang));
  return json_response(status, out);
}

}  // namespace

Response list_initiatives(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  Json out = Json::array();
  for (const auto& i : ctx.app.services().initiatives->initiatives(access->org_id))
    out.push_back(summary_json(i));
  return json_response(200, {{"initiatives", out}});
}

Response create_initiative(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  // Only the title and the owner are required; the rest may follow in edits.
  InitiativeDraft base;
  base.owner_user_id = ctx.user->id;
  auto draft = initiative_draft_from_json(request->body, base, false);
  if (!draft) return error_response(ctx, draft.error());
  auto id = ctx.app.services().initiatives->create_initiative(request->target.org_id, ctx.user->id, *draft);
  if (!id) return error_response(ctx, id.error());
  return detail_response(ctx, 201, *id);
}

Response get_initiative(Context& ctx) {
  auto initiative = initiative_in_path(ctx, Role::viewer);
  if (!initiative) return error_response(ctx, initiative.error());
  return detail_response(ctx, 200, initiative->object.id);
}

Response edit_initiative(Context& ctx) {
  auto request = with_body(ctx, initiative_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  const auto& initiative = request->target.object;
  Json& body = request->body;
  const auto version = take_edit_version(body);
  if (!version) return error_response(ctx, version.error());
  auto draft = initiative_draft_from_json(body, initiative.content, false);
  if (!draft) return error_response(ctx, draft.error());
  auto edited = ctx.app.services().initiatives->edit_initiative(initiative, ctx.user->id, *version, *draft);
  if (!edited) return error_response(ctx, edited.error());
  return detail_response(ctx, 200, initiative.id);
}

Response change_initiative_phase(Context& ctx) {
  auto request = with_body(ctx, initiative_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  const auto& initiative = request->target.object;
  FieldReader f(request->body);
  const auto phase = f.string("phase");
  const auto reason = f.string("reason", false);
  if (auto e = f.finish()) return error_response(ctx, *e);
  const auto to = phase_from_string(*phase);
  if (!to) {
    return error_response(
        ctx, Error::invalid("unknown_value", "error.initiative.unknown_value", {{"field", "phase"}}));
  }
  auto& svc = *ctx.app.services().initiatives;
  auto moved = svc.change_phase(initiative, ctx.user->id, *to, reason.value_or(""), ctx.lang);
  if (!moved) {
    if (moved.error().code != "phase_gate_open") return error_response(ctx, moved.error());
    // The refusal names what is open, as the page does.
    const auto& e = moved.error();
    Json body{{"error", {{"code", e.code}, {"message", error_message(ctx, e)}, {"details", e.params}}}};
    body["error"]["open_items"] = open_items_json(svc.open_items(initiative, ctx.lang));
    return json_response(409, body);
  }
  return detail_response(ctx, 200, initiative.id);
}

Response record_initiative_measurement(Context& ctx) {
  auto request = with_body(ctx, initiative_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  const auto& initiative = request->target.object;
  FieldReader f(request->body);
  const auto benefit = f.integer<int>("benefit_index");
  const auto* value = f.any("value");
  const auto measured_on = f.string("measured_on");
  const auto note = f.string("note", false);
  if (auto e = f.finish()) return error_response(ctx, *e);
  if (!value->is_number()) return error_response(ctx, wrong_type("value"));
  const auto day = parse_iso_date(*measured_on);
  if (!day) {
    return error_response(ctx,
                          Error::invalid("invalid_date", "error.invalid_date", {{"field", "measured_on"}}));
  }
  const BenefitMeasurement m{0, *benefit, "", value->get<double>(), *day, note.value_or("")};
  auto id = ctx.app.services().initiatives->record_measurement(initiative, ctx.user->id, m);
  if (!id) return error_response(ctx, id.error());
  return detail_response(ctx, 201, initiative.id);
}

Response initiative_versions(Context& ctx) {
  auto initiative = initiative_in_path(ctx, Role::viewer);
  if (!initiative) return error_response(ctx, initiative.error());
  auto& svc = *ctx.app.services().initiatives;
  const auto versions = svc.versions(initiative->object);
  const auto history = InitiativeService::history(versions);
  Json out = Json::array();
  for (std::size_t i = 0; i < versions.size(); ++i) {
    Json changed = Json::array();
    for (const auto f : history[i].changed) changed.push_back(std::string{to_string(f)});
    out.push_back({{"version", versions[i].version},
                   {"edited_by", versions[i].edited_by ? Json(*versions[i].edited_by) : Json(nullptr)},
                   {"edited_at", versions[i].edited_at},
                   {"changed", changed},
                   {"content", initiative_draft_to_json(versions[i].content)}});
  }
  return json_response(200, {{"versions", out}});
}

}  // namespace forkant::web::api
