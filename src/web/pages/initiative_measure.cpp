// Recording a measurement of one of an initiative's benefits (its value on a day).
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/initiative_access.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/initiative_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response initiative_measure(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto initiative = initiative_in_path(ctx, *access);
  if (!initiative) return error_response(ctx, initiative.error());
  const auto& form = ctx.form();
  const auto refuse = [&](const Error& e) {
    return initiative_detail_page(ctx, *access, *initiative, {"", {}, form_error(ctx, e)}, http_status(e));
  };
  BenefitMeasurement m;
  const auto index = parse_number(form.get("benefit"), 1000);
  if (!index) return refuse(Error::invalid("benefit_unknown", "error.initiative.benefit_unknown"));
  m.benefit_index = *index;
  const auto value = parse_amount(form.get("value"));
  if (!value)
    return refuse(Error::invalid("measurement_value_invalid", "error.initiative.measurement_value_invalid"));
  m.value = *value;
  const auto day = parse_iso_date(form.get("measured_on"));
  if (!day) return refuse(Error::invalid("measured_on_required", "error.initiative.measured_on_required"));
  m.measured_on = *day;
  m.note = form.get("note");
  auto id = ctx.app.services().initiatives->record_measurement(*initiative, ctx.user->id, m);
  if (!id) return refuse(id.error());
  return redirect(initiative_path(access->org_id, initiative->id) + "#benefits");
}

}  // namespace forkant::web::pages
