#include "services/radar.hpp"

#include "formats/byor_csv.hpp"
#include "formats/byor_json.hpp"
#include "web/access.hpp"
#include "web/api/json_body.hpp"
#include "web/api/radar_api.hpp"
#include "web/api/write_request.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {
namespace {

using Json = nlohmann::json;

Json edition_json(const RadarEdition& e) {
  return {{"id", e.id},
          {"title", e.title},
          {"published_on", format_iso_date(e.published_on)},
          {"quadrants", Json(std::vector<std::string>(e.quadrants.begin(), e.quadrants.end()))},
          {"current", e.current}};
}

Json entry_json(RadarService& radar, const RadarBlip& b, const RadarEdition& edition) {
  const RadarEntryDraft& e = b.entry.content;
  Json prerequisites = Json::array();
  for (const Prerequisite& p : e.prerequisites) {
    Json item{{"kind", std::string(to_string(p.kind))}, {"name", p.name}};
    if (p.kind == PrerequisiteKind::data) item["min_quality"] = std::string(to_string(p.min_quality));
    prerequisites.push_back(item);
  }
  Json findings = Json::array();
  for (const PrerequisiteFinding& f : radar.check(b.entry)) {
    findings.push_back({{"prerequisite", f.prerequisite},
                        {"initiative_id", f.initiative_id},
                        {"outcome", std::string(to_string(f.outcome))}});
  }
  Json hold = nullptr;
  if (e.hold) {
    hold = {{"since", format_iso_date(e.hold->since)},
            {"revisit_on", format_iso_date(e.hold->revisit_on)},
            {"reason", e.hold->reason}};
  }
  return {{"id", b.entry.id},
          {"number", b.number},
          {"name", e.name},
          {"quadrant", e.quadrant},
          {"quadrant_name", edition.quadrants[static_cast<std::size_t>(e.quadrant)]},
          {"ring", std::string(to_string(e.ring))},
          {"movement", std::string(to_string(b.movement))},
          {"description", e.description},
          {"hold", hold},
          {"prerequisites", prerequisites},
          {"initiative_ids", e.initiative_ids},
          {"findings", findings}};
}

Json radar_json(RadarService& radar, const RadarEdition& edition) {
  const RadarView view = radar.view(edition);
  Json entries = Json::array();
  for (const RadarBlip& b : view.blips) entries.push_back(entry_json(radar, b, edition));
  Json out = edition_json(edition);
  out["previous_edition_id"] = view.previous ? Json(view.previous->id) : Json(nullptr);
  out["entries"] = entries;
  return out;
}

Error field_error(const std::string& field) {
  return wrong_type(field);
}

// The entry's fields from a JSON object (all of them: PUT replaces).
Result<RadarEntryDraft> entry_from_json(const Json& body) {
  FieldReader f(body);
  RadarEntryDraft d;
  const auto name = f.string("name");
  const auto quadrant = f.integer<int>("quadrant");
  const auto ring = f.string("ring");
  const auto description = f.string("description", false);
  const Json* hold = f.any("hold", false);
  const Json* prerequisites = f.any("prerequisites", false);
  const Json* initiatives = f.any("initiative_ids", false);
  if (auto e = f.finish()) return *e;
  d.name = *name;
  d.quadrant = *quadrant;
  const auto r = ring_from_string(*ring);
  if (!r) return Error::invalid("radar_ring", "error.radar_form_field", {{"field", "ring"}});
  d.ring = *r;
  d.description = description.value_or("");
  if (hold && !hold->is_null()) {
    if (!hold->is_object()) return field_error("hold");
    FieldReader h(*hold);
    const auto since = h.string("since");
    const auto revisit = h.string("revisit_on");
    const auto reason = h.string("reason");
    if (auto e = h.finish()) return *e;
    const auto s = parse_iso_date(*since);
    const auto v = parse_iso_date(*revisit);
    if (!s || !v) return Error::invalid("radar_date", "error.radar_date");
    d.hold = HoldDetails{*s, *v, *reason};
  }
  if (prerequisites && !prerequisites->is_null()) {
    if (!prerequisites->is_array()) return field_error("prerequisites");
    for (const Json& p : *prerequisites) {
      if (!p.is_object()) return field_error("prerequisites");
      FieldReader pr(p);
      const auto kind = pr.string("kind");
      const auto pname = pr.string("name");
      const auto quality = pr.string("min_quality", false);
      if (auto e = pr.finish()) return *e;
      const auto k = prerequisite_kind_from_string(*kind);
      const auto q = quality_from_string(quality.value_or("good"));
      if (!k) return Error::invalid("radar_prerequisite_kind", "error.radar_form_field", {{"field", "kind"}});
      if (!q) return Error::invalid("radar_quality", "error.radar_form_field", {{"field", "min_quality"}});
      d.prerequisites.push_back({*k, *pname, *q});
    }
  }
  if (initiatives && !initiatives->is_null()) {
    if (!initiatives->is_array()) return field_error("initiative_ids");
    for (const Json& id : *initiatives) {
      auto v = integer_value<std::int64_t>(id, "initiative_ids");
      if (!v) return v.error();
      d.initiative_ids.push_back(*v);
    }
  }
  return d;
}

Result<RadarEntry> entry_of(Context& ctx, const OrgAccess& access) {
  return of_org(ctx, "entry_id", access,
                [&](std::int64_t id) { return ctx.app.services().radar->find_entry(id); });
}

}  // namespace

Response get_radar(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto& radar = *ctx.app.services().radar;
  const auto current = radar.current_edition(access->org_id);
  if (!current) return json_response(200, {{"edition", nullptr}});
  return json_response(200, {{"edition", radar_json(radar, *current)}});
}

Response list_radar_editions(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  Json out = Json::array();
  for (const RadarEdition& e : ctx.app.services().radar->editions(access->org_id))
    out.push_back(edition_json(e));
  return json_response(200, {{"editions", out}});
}

Response get_radar_edition(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto& radar = *ctx.app.services().radar;
  auto edition = of_org(ctx, "edition_id", *access, [&](std::int64_t id) { return radar.find_edition(id); });
  if (!edition) return error_response(ctx, edition.error());
  return json_response(200, {{"edition", radar_json(radar, *edition)}});
}

Response create_radar_edition(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  FieldReader f(request->body);
  const auto title = f.string("title");
  const auto date = f.string("published_on");
  const Json* quadrants = f.any("quadrants");
  const auto copy = f.boolean("copy_current", false);
  if (auto e = f.finish()) return error_response(ctx, *e);
  QuadrantNames names;
  if (!quadrants->is_array() || quadrants->size() != names.size())
    return error_response(ctx, field_error("quadrants"));
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (!(*quadrants)[i].is_string()) return error_response(ctx, field_error("quadrants"));
    names[i] = (*quadrants)[i].get<std::string>();
  }
  const auto day = parse_iso_date(*date);
  if (!day) return error_response(ctx, Error::invalid("radar_date", "error.radar_date"));
  auto& radar = *ctx.app.services().radar;
  auto id =
      radar.create_edition(request->target.org_id, ctx.user->id, *title, *day, names, copy.value_or(true));
  if (!id) return error_response(ctx, id.error());
  return json_response(201, {{"edition", radar_json(radar, *radar.find_edition(*id))}});
}

Response create_radar_entry(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  auto draft = entry_from_json(request->body);
  if (!draft) return error_response(ctx, draft.error());
  auto& radar = *ctx.app.services().radar;
  const auto edition = radar.current_edition(request->target.org_id);
  if (!edition) return error_response(ctx, Error::not_found());
  auto id = radar.create_entry(*edition, ctx.user->id, *draft);
  if (!id) return error_response(ctx, id.error());
  for (const RadarBlip& b : radar.view(*edition).blips) {
    if (b.entry.id == *id) return json_response(201, {{"entry", entry_json(radar, b, *edition)}});
  }
  return error_response(ctx, Error::not_found());
}

Response edit_radar_entry(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  auto entry = entry_of(ctx, request->target);
  if (!entry) return error_response(ctx, entry.error());
  auto draft = entry_from_json(request->body);
  if (!draft) return error_response(ctx, draft.error());
  auto& radar = *ctx.app.services().radar;
  if (auto s = radar.edit_entry(*entry, ctx.user->id, *draft); !s) return error_response(ctx, s.error());
  const auto edition = radar.find_edition(entry->edition_id);
  for (const RadarBlip& b : radar.view(*edition).blips) {
    if (b.entry.id == entry->id) return json_response(200, {{"entry", entry_json(radar, b, *edition)}});
  }
  return error_response(ctx, Error::not_found());
}

Response delete_radar_entry(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto entry = entry_of(ctx, *access);
  if (!entry) return error_response(ctx, entry.error());
  if (auto s = ctx.app.services().radar->delete_entry(*entry, ctx.user->id); !s)
    return error_response(ctx, s.error());
  Response r;
  r.status = 204;
  return r;
}

Response import_radar(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  FieldReader f(request->body);
  const auto format = f.string("format");
  const auto title = f.string("title");
  const auto date = f.string("published_on");
  const auto content = f.string("content");
  if (auto e = f.finish()) return error_response(ctx, *e);
  if (*format != "csv" && *format != "json") return error_response(ctx, field_error("format"));
  const auto day = parse_iso_date(*date);
  if (!day) return error_response(ctx, Error::invalid("radar_date", "error.radar_date"));
  auto file = *format == "json" ? read_byor_json(*content) : read_byor_csv(*content);
  if (!file) return error_response(ctx, file.error());
  auto& radar = *ctx.app.services().radar;
  auto id = radar.import_byor(request->target.org_id, ctx.user->id, *title, *day, *file,
                              ctx.t("radar.import.hold_reason"), *format);
  if (!id) return error_response(ctx, id.error());
  return json_response(201, {{"edition", radar_json(radar, *radar.find_edition(*id))}});
}

}  // namespace forkant::web::api
