// GET /api/v1/orgs/{org_id}/briefing/versions/{version}: a frozen version of the political briefing as
// JSON, the sections as written, for a program that shows or files it. Anyone in the organisation reads.
#include "render/format.hpp"
#include "services/decisions.hpp"
#include "web/api/decisions_api.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {

namespace {

nlohmann::json briefing_version_to_json(const BriefingVersion& version) {
  nlohmann::json sections = nlohmann::json::object();
  for (const auto section : kBriefingSections)
    sections[std::string(to_string(section))] = version.text[section];
  return {{"version", version.version},
          {"lang", version.lang},
          {"sections", sections},
          {"frozen_by",
           version.frozen_by_name.empty() ? nlohmann::json(nullptr) : nlohmann::json(version.frozen_by_name)},
          {"frozen_at", format_timestamp(version.frozen_at)}};
}

}  // namespace

Response get_briefing_version(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const auto number = parse_number(ctx.param("version"), 1000000);
  const auto version =
      number ? ctx.app.services().decisions->briefing_version(access->org_id, *number) : std::nullopt;
  if (!version) return error_response(ctx, Error::not_found());
  return json_response(200, briefing_version_to_json(*version));
}

}  // namespace forkant::web::api
