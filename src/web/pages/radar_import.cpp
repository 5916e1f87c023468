// Importing a Build Your Own Radar file (CSV or JSON, pasted or uploaded) as a new current edition; a
// refused file is shown again with the row and the reason, and nothing is stored.
#include "formats/byor_csv.hpp"
#include "formats/byor_json.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/radar_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

Response import_page(Context& ctx, const OrgAccess& access, const std::string& title, const std::string& date,
                     const std::string& format, const std::string& text, const std::string& error,
                     int status) {
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"action", radar_path(access.org_id) + "/import"},
                      {"cancel", radar_path(access.org_id)},
                      {"title", title},
                      {"date", date},
                      {"csv", format != "json"},
                      {"json", format == "json"},
                      {"text", text},
                      {"error", error.empty() ? nlohmann::json(nullptr) : nlohmann::json(error)}};
  return page(ctx, "radar_import", view, ctx.t("radar.import.title"), status);
}

}  // namespace

Response radar_import_form(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  const std::string today = format_iso_date(ctx.app.services().radar->today());
  return import_page(ctx, *access, today.substr(0, 4), today, "csv", "", "", 200);
}

Response radar_import(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  const Form& form = ctx.form();
  const std::string format = form.get("format") == "json" ? "json" : "csv";
  const std::string file = form.get("file");
  const std::string text = file.empty() ? form.get("text") : file;
  auto refuse = [&](const Error& e) {
    return import_page(ctx, *access, form.get("title"), form.get("published_on"), format,
                       file.empty() ? text : "", form_error(ctx, e), http_status(e));
  };
  const auto date = parse_iso_date(form.get("published_on"));
  if (!date) return refuse(Error::invalid("radar_date", "error.radar_date"));
  auto radar = format == "json" ? read_byor_json(text) : read_byor_csv(text);
  if (!radar) return refuse(radar.error());
  auto id = ctx.app.services().radar->import_byor(access->org_id, ctx.user->id, form.get("title"), *date,
                                                  *radar, ctx.t("radar.import.hold_reason"), format);
  if (!id) return refuse(id.error());
  return redirect(radar_path(access->org_id));
}

}  // namespace forkant::web::pages
