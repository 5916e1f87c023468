// The competence matrix's API (competence_api.hpp).
#include "formats/competence_export.hpp"
#include "web/api/competence_api.hpp"
#include "web/api/decisions_api.hpp"
#include "web/api/write_request.hpp"
#include "web/app.hpp"
#include "web/pages/competence_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {
namespace {

constexpr Role kWriter = pages::kCompetenceWriter;

nlohmann::json competence_json(const Competence& c) {
  return {{"id", c.id},
          {"name", c.name},
          {"description", c.description},
          {"builtin", c.builtin.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.builtin)},
          {"legal_duty", c.legal_duty()}};
}

nlohmann::json sector_json(const Sector& s) {
  return {{"id", s.id}, {"name", s.name}};
}

Response no_content() {
  Response res;
  res.status = 204;
  return res;
}

template <typename T, typename Find>
Result<T> of_org_id(Context& ctx, const std::string& param, std::int64_t org_id, Find&& find) {
  const auto id = ctx.id_param(param);
  if (!id) return Error::not_found();
  auto found = find(*id);
  if (!found || found->org_id != org_id) return Error::not_found();
  return std::move(*found);
}

}  // namespace

Response get_competence_matrix(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto& svc = *ctx.app.services().competence;
  auto m = svc.matrix(access->org_id);
  return json_response(200, competence_to_json({std::move(m.competencies), std::move(m.sectors),
                                                std::move(m.cells), svc.today()}));
}

Response list_competence_gaps(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  nlohmann::json gaps = nlohmann::json::array();
  for (const auto& g : ctx.app.services().competence->ranked_gaps(access->org_id)) {
    gaps.push_back(
        {{"rank", g.rank},
         {"size", g.size},
         {"legal_duty", g.legal_duty},
         {"overdue", g.overdue},
         {"competence", g.competence_name},
         {"sector", g.sector_name.empty() ? nlohmann::json(nullptr) : nlohmann::json(g.sector_name)},
         {"cell", competence_cell_to_json(g.cell)}});
  }
  return json_response(200, {{"gaps", gaps}});
}

Response create_competence(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, kWriter));
  if (!request) return error_response(ctx, request.error());
  FieldReader f(request->body);
  Competence c;
  c.name = f.string("name").value_or("");
  c.description = f.string("description", false).value_or("");
  if (auto e = f.finish()) return error_response(ctx, *e);
  auto& svc = *ctx.app.services().competence;
  auto id = svc.add_competence(request->target.org_id, ctx.user->id, c);
  if (!id) return error_response(ctx, id.error());
  return json_response(201, competence_json(*svc.find_competence(*id)));
}

Response edit_competence(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, kWriter));
  if (!request) return error_response(ctx, request.error());
  auto& svc = *ctx.app.services().competence;
  auto current = of_org_id<Competence>(ctx, "competence_id", request->target.org_id,
                                       [&](std::int64_t id) { return svc.find_competence(id); });
  if (!current) return error_response(ctx, current.error());
  FieldReader f(request->body);
  const auto name = f.string("name", false).value_or(current->name);
  const auto description = f.string("description", false).value_or(current->description);
  if (auto e = f.finish()) return error_response(ctx, *e);
  auto edited = svc.edit_competence(*current, ctx.user->id, name, description);
  if (!edited) return error_response(ctx, edited.error());
  return json_response(200, competence_json(*edited));
}

Response delete_competence(Context& ctx) {
  const auto access = org_in_path(ctx, kWriter);
  if (!access) return error_response(ctx, access.error());
  auto& svc = *ctx.app.services().competence;
  auto current = of_org_id<Competence>(ctx, "competence_id", access->org_id,
                                       [&](std::int64_t id) { return svc.find_competence(id); });
  if (!current) return error_response(ctx, current.error());
  if (auto s = svc.delete_competence(*current, ctx.user->id); !s) return error_response(ctx, s.error());
  return no_content();
}

Response create_competence_sector(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, kWriter));
  if (!request) return error_response(ctx, request.error());
  FieldReader f(request->body);
  Sector s;
  s.name = f.string("name").value_or("");
  if (auto e = f.finish()) return error_response(ctx, *e);
  auto& svc = *ctx.app.services().competence;
  auto id = svc.add_sector(request->target.org_id, ctx.user->id, s);
  if (!id) return error_response(ctx, id.error());
  return json_response(201, sector_json(*svc.find_sector(*id)));
}

Response edit_competence_sector(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, kWriter));
  if (!request) return error_response(ctx, request.error());
  auto& svc = *ctx.app.services().competence;
  auto current = of_org_id<Sector>(ctx, "sector_id", request->target.org_id,
                                   [&](std::int64_t id) { return svc.find_sector(id); });
  if (!current) return error_response(ctx, current.error());
  FieldReader f(request->body);
  const auto name = f.string("name").value_or("");
  if (auto e = f.finish()) return error_response(ctx, *e);
  auto renamed = svc.rename_sector(*current, ctx.user->id, name);
  if (!renamed) return error_response(ctx, renamed.error());
  return json_response(200, sector_json(*renamed));
}

Response delete_competence_sector(Context& ctx) {
  const auto access = org_in_path(ctx, kWriter);
  if (!access) return error_response(ctx, access.error());
  auto& svc = *ctx.app.services().competence;
  auto current = of_org_id<Sector>(ctx, "sector_id", access->org_id,
                                   [&](std::int64_t id) { return svc.find_sector(id); });
  if (!current) return error_response(ctx, current.error());
  if (auto s = svc.delete_sector(*current, ctx.user->id); !s) return error_response(ctx, s.error());
  return no_content();
}

// The cell at {competence_id, role, sector_id (null: every sector)}; "version" is required to change a
// recorded cell (the version it was read at) and absent for a new one.
Response put_competence_cell(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, kWriter));
  if (!request) return error_response(ctx, request.error());
  FieldReader f(request->body);
  CompetenceCell cell;
  const auto competence_id = f.integer("competence_id");
  const auto role = f.string("role");
  const auto sector_id = f.integer("sector_id", false);
  const auto current = f.integer<int>("current_level");
  const auto needed = f.integer<int>("needed_level");
  const auto route = f.string("route", false);
  const auto owner = f.integer("owner_user_id", false);
  auto due = read_date(f, "due_on", false);
  cell.note = f.string("note", false).value_or("");
  const auto version = f.integer<int>("version", false);
  if (auto e = f.finish()) return error_response(ctx, *e);
  if (!due) return error_response(ctx, due.error());
  const auto refuse_value = [&](const char* field) {
    return error_response(
        ctx, Error::invalid("unknown_value", "error.competence.unknown_value", {{"field", field}}));
  };
  cell.competence_id = competence_id.value_or(0);
  const auto parsed_role = competence_role_from_string(role.value_or(""));
  if (!parsed_role) return refuse_value("role");
  cell.role = *parsed_role;
  cell.sector_id = sector_id;
  cell.current_level = current.value_or(0);
  cell.needed_level = needed.value_or(0);
  if (route) {
    cell.route = competence_route_from_string(*route);
    if (!cell.route) return refuse_value("route");
  }
  cell.owner_user_id = owner;
  cell.due_on = *due;
  auto saved = ctx.app.services().competence->save_cell(request->target.org_id, ctx.user->id, cell, version);
  if (!saved) return error_response(ctx, saved.error());
  return json_response(200, competence_cell_to_json(*saved));
}

Response competence_gap_to_step(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, kWriter));
  if (!request) return error_response(ctx, request.error());
  auto& svc = *ctx.app.services().competence;
  const auto org_id = request->target.org_id;
  auto cell =
      of_org_id<CompetenceCell>(ctx, "cell_id", org_id, [&](std::int64_t id) { return svc.find_cell(id); });
  if (!cell) return error_response(ctx, cell.error());
  FieldReader f(request->body);
  const auto goal_id = f.integer("goal_id");
  auto due = read_date(f, "due_on", false);
  if (auto e = f.finish()) return error_response(ctx, *e);
  if (!due) return error_response(ctx, due.error());
  const auto gaps = svc.ranked_gaps(org_id);
  const RankedGap* gap = nullptr;
  for (const auto& g : gaps) {
    if (g.cell.id == cell->id) gap = &g;
  }
  if (!gap) return error_response(ctx, Error::invalid("no_gap", "error.competence.no_gap"));
  auto step = svc.gap_to_step(*cell, ctx.user->id, *goal_id, pages::gap_step_wording(ctx, *gap), *due);
  if (!step) return error_response(ctx, step.error());
  return json_response(201,
                       {{"step_id", *step}, {"cell", competence_cell_to_json(*svc.find_cell(cell->id))}});
}

}  // namespace forkant::web::api
