// Creating a meeting series; a refused form is shown again with the reason and the input kept.
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response meeting_series_create(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  const auto& form = ctx.form();
  MeetingSeries series;
  series.title = form.get("title");
  const auto cadence = cadence_from_string(form.get("cadence"));
  series.cadence = cadence.value_or(Cadence::monthly);
  if (!cadence) {
    const Error e =
        Error::invalid("unknown_cadence", "error.unknown_cadence", {{"cadence", form.get("cadence")}});
    return meetings_list_page(ctx, *access, series, form_error(ctx, e), http_status(e));
  }
  series.interval_weeks = parse_number(form.get("interval_weeks"), 999)
                              .value_or(series.cadence == Cadence::every_n_weeks ? 0 : 1);
  series.first_meeting = parse_iso_date(form.get("first_meeting")).value_or(Date{});
  auto id = ctx.app.services().decisions->create_series(access->org_id, ctx.user->id, series);
  if (!id)
    return meetings_list_page(ctx, *access, series, form_error(ctx, id.error()), http_status(id.error()));
  return redirect(series_path(*access, *id));
}

}  // namespace forkant::web::pages
