// An edition (?edition=, else the current one) as the CSV or JSON that Build Your Own Radar reads.
#include "formats/byor_csv.hpp"
#include "formats/byor_json.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/radar_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

Result<RadarEdition> edition_to_export(Context& ctx, const OrgAccess& access) {
  auto& radar = *ctx.app.services().radar;
  std::optional<RadarEdition> edition;
  if (!ctx.query().get("edition").empty()) {  // empty: the current edition, as without the parameter
    const auto id = parse_id(ctx.query().get("edition"));
    if (id) edition = radar.find_edition(*id);
    if (!edition || edition->org_id != access.org_id) return Error::not_found();
  } else {
    edition = radar.current_edition(access.org_id);
    if (!edition) return Error::not_found();
  }
  return *edition;
}

std::string file_name(const RadarEdition& e, const char* extension) {
  return "radar-" + std::to_string(e.id) + extension;
}

}  // namespace

Response radar_export_csv(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto edition = edition_to_export(ctx, *access);
  if (!edition) return error_response(ctx, edition.error());
  return csv_response(write_byor_csv(ctx.app.services().radar->export_byor(*edition)),
                      file_name(*edition, ".csv"));
}

Response radar_export_json(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto edition = edition_to_export(ctx, *access);
  if (!edition) return error_response(ctx, edition.error());
  Response r = json_body_response(200, write_byor_json(ctx.app.services().radar->export_byor(*edition)));
  r.set_header("Content-Disposition", "attachment; filename=\"" + file_name(*edition, ".json") + "\"");
  return r;
}

}  // namespace forkant::web::pages
