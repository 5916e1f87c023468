#pragma once
// The technology radar in the API (docs/openapi.json, docs/radar.md): the current radar and every edition
// with entries, movement and prerequisite findings; entries created, edited and removed in the current
// edition; a new edition; a Build Your Own Radar file imported. The BYOR exports are the pages' own
// (/api/v1/orgs/{org_id}/radar/export.csv|json). Leaders and up write; viewers read.

#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::api {

Response get_radar(Context& ctx);
Response list_radar_editions(Context& ctx);
Response get_radar_edition(Context& ctx);
Response create_radar_edition(Context& ctx);
Response create_radar_entry(Context& ctx);
Response edit_radar_entry(Context& ctx);
Response delete_radar_entry(Context& ctx);
Response import_radar(Context& ctx);

}  // namespace forkant::web::api
