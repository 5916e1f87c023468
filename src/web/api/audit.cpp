// The change log of an organisation, newest first (owners), filtered and paged like its page:
// ?actor=&kind=&from=&to=&page= (500 entries to a page). Each entry keeps its codes for programs and
// adds the sentence in the request's language, the time in Europe/Copenhagen and the object's page.
#include "render/format.hpp"
#include "web/api/api.hpp"
#include "web/app.hpp"
#include "web/audit_filter.hpp"
#include "web/pages/audit_log_view.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {

Response list_audit(Context& ctx) {
  const auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  constexpr int kPerPage = 500;
  const auto filter = read_audit_filter(ctx, org_id, kPerPage);
  if (!filter) return error_response(ctx, filter.error());
  auto records = ctx.app.services().audit->find_audit(org_id, filter->query);
  const bool more = records.size() > static_cast<std::size_t>(kPerPage);
  if (more) records.resize(kPerPage);
  const auto names = pages::audit_names(ctx, org_id);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : records) {
    const auto line = pages::audit_line(ctx, org_id, names, r);
    out.push_back({{"id", r.id},
                   {"at", format_timestamp(r.at)},
                   {"at_local", line.at_iso},
                   {"actor", r.actor_name},
                   {"actor_id", r.actor_id ? nlohmann::json(*r.actor_id) : nlohmann::json()},
                   {"action", r.action},
                   {"kind", line.kind.empty() ? nlohmann::json() : nlohmann::json(line.kind)},
                   {"object", r.object},
                   {"object_name", line.object},
                   {"object_url", line.href.empty() ? nlohmann::json() : nlohmann::json(line.href)},
                   {"detail", r.detail},
                   {"text", line.sentence}});
  }
  return json_response(200, {{"entries", out},
                             {"page", filter->page},
                             {"next_page", more ? nlohmann::json(filter->page + 1) : nlohmann::json()}});
}

}  // namespace forkant::web::api
