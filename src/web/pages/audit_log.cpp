// The change log ("Ændringslog") of an organisation, newest first, for its owners: each entry as a sentence
// in the reader's language ("Dennis fravalgte »Egen app«"), its time in Europe/Copenhagen, the object it
// concerns linked to its page, filtered by person, kind of action and period, 50 to a page.
#include "web/app.hpp"
#include "web/audit_filter.hpp"
#include "web/pages/audit_log_view.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response audit_log(Context& ctx) {
  const auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  constexpr int kPerPage = 50;
  const auto filter = read_audit_filter(ctx, access->org_id, kPerPage);
  if (!filter) return error_response(ctx, filter.error());
  auto records = ctx.app.services().audit->find_audit(access->org_id, filter->query);
  const bool more = records.size() > static_cast<std::size_t>(kPerPage);
  if (more) records.resize(kPerPage);
  const AuditNames names = audit_names(ctx, access->org_id);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : records) {
    const AuditLine line = audit_line(ctx, access->org_id, names, r);
    rows.push_back({{"at", line.at_table},
                    {"actor", line.actor},
                    {"sentence", line.sentence},
                    {"href", line.href.empty() ? nlohmann::json() : nlohmann::json(line.href)},
                    {"object", line.object.empty() ? nlohmann::json() : nlohmann::json(line.object)}});
  }
  nlohmann::json actors = nlohmann::json::array();
  for (const auto& m : ctx.app.services().orgs->members(access->org_id)) {
    actors.push_back({{"value", std::to_string(m.user_id)},
                      {"label", m.name},
                      {"selected", filter->actor == std::to_string(m.user_id)}});
  }
  nlohmann::json kinds = nlohmann::json::array();
  for (const auto& k : audit_kinds()) {
    kinds.push_back({{"value", k}, {"label", ctx.t("audit.kind." + k)}, {"selected", filter->kind == k}});
  }
  const std::string base = "/orgs/" + std::to_string(access->org_id) + "/audit?";
  const std::string keep = filter->query_string();
  const auto page_link = [&](int page) {
    return base + keep + (keep.empty() ? "" : "&") + "page=" + std::to_string(page);
  };
  nlohmann::json view{{"org", org_view(ctx, access->org_id, access->role)},
                      {"rows", rows},
                      {"empty", rows.empty()},
                      {"actors", actors},
                      {"kinds", kinds},
                      {"from", filter->from},
                      {"to", filter->to},
                      {"filtered", !keep.empty()},
                      {"page", ctx.t("audit.page", {{"page", std::to_string(filter->page)}})}};
  if (more) view["next"] = page_link(filter->page + 1);
  if (filter->page > 1) view["previous"] = page_link(filter->page - 1);
  return page(ctx, "audit_log", view, ctx.t("audit.title"));
}

}  // namespace forkant::web::pages
