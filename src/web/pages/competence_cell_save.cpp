// Saving a cell of the matrix; a refused form is shown again with the reason and the input kept.
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/competence_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response competence_cell_save(Context& ctx) {
  auto access = org_in_path(ctx, kCompetenceWriter);
  if (!access) return error_response(ctx, access.error());
  const auto& form = ctx.form();
  auto& svc = *ctx.app.services().competence;
  const auto competence_id = parse_id(form.get("competence"));
  const auto role = competence_role_from_string(form.get("role"));
  std::optional<std::int64_t> sector_id;
  if (!form.get("sector").empty()) sector_id = parse_id(form.get("sector"));
  const auto competence = competence_id ? svc.find_competence(*competence_id) : std::nullopt;
  const auto sector = sector_id ? svc.find_sector(*sector_id) : std::nullopt;
  if (!competence || competence->org_id != access->org_id || !role ||
      (!form.get("sector").empty() && (!sector || sector->org_id != access->org_id))) {
    return error_response(ctx, Error::not_found());
  }
  CompetenceCell input;
  input.competence_id = *competence_id;
  input.role = *role;
  input.sector_id = sector_id;
  input.note = form.get("note");
  std::optional<int> version;
  if (!form.get("version").empty()) version = parse_number(form.get("version"), 1000000000);
  const auto refuse = [&](const Error& e) {
    return competence_cell_page(ctx, *access, input, version, form_error(ctx, e), http_status(e));
  };
  const auto field_error = [&](const char* field) {
    return Error::invalid("unknown_value", "error.competence.unknown_value", {{"field", ctx.t(field)}});
  };
  const auto current = parse_number(form.get("current_level"), kMaxCompetenceLevel);
  const auto needed = parse_number(form.get("needed_level"), kMaxCompetenceLevel);
  if (current) input.current_level = *current;
  if (needed) input.needed_level = *needed;
  if (!current) return refuse(field_error("competence.field.current_level"));
  if (!needed) return refuse(field_error("competence.field.needed_level"));
  if (!form.get("route").empty()) {
    input.route = competence_route_from_string(form.get("route"));
    if (!input.route) return refuse(field_error("competence.field.route"));
  }
  if (!form.get("owner").empty()) {
    input.owner_user_id = parse_id(form.get("owner"));
    if (!input.owner_user_id) return refuse(field_error("competence.field.owner"));
  }
  if (!form.get("due_on").empty()) {
    input.due_on = parse_iso_date(form.get("due_on"));
    if (!input.due_on) return refuse(field_error("competence.field.due_on"));
  }
  auto saved = svc.save_cell(access->org_id, ctx.user->id, input, version);
  if (!saved) return refuse(saved.error());
  return redirect(competencies_path(access->org_id) +
                  (sector_id ? "?sector=" + std::to_string(*sector_id) : ""));
}

}  // namespace forkant::web::pages
