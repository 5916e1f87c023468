// The shared library of a network: a GET form (words, question, verdict, kind) and what the network's
// current members share, most relevant first, then newest, twenty a page. Works without JavaScript; the
// words are never search syntax (domain/networks/library_query.hpp).
#include "domain/networks/library_query.hpp"
#include "web/app.hpp"
#include "web/error_status.hpp"
#include "web/forms.hpp"
#include "web/network_access.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/network_library_pages.hpp"
#include "web/pages/network_library_view.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

nlohmann::json options(const std::vector<std::pair<std::string, std::string>>& values,
                       const std::string& chosen) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [value, label] : values)
    out.push_back({{"value", value}, {"label", label}, {"selected", value == chosen}});
  return out;
}

}  // namespace

Response network_library(Context& ctx) {
  const auto allowed = network_page_access(ctx, Role::viewer);
  if (!allowed) return error_response(ctx, allowed.error());
  const OrgAccess& access = allowed->org;
  const std::string& network = allowed->network.name;
  const std::int64_t network_id = allowed->network.id;
  auto& svc = *ctx.app.services().library;

  const auto& q = ctx.query();
  const auto query =
      parse_library_query(q.get("q"), q.get("question"), q.get("verdict"), q.get("kind"), q.get("page"));
  const std::string base =
      "/orgs/" + std::to_string(access.org_id) + "/networks/" + std::to_string(network_id) + "/library";
  LibraryResults found;
  if (query) found = svc.search(network_id, access.org_id, *query);
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : found.items)
    items.push_back(library_item_view(ctx, item, base + "/" + item.public_id));

  std::vector<std::pair<std::string, std::string>> questions{{"", ctx.t("library.filter.all")}};
  for (int n = 1; n <= 10; ++n) questions.emplace_back(std::to_string(n), question_label(ctx, n));
  std::vector<std::pair<std::string, std::string>> verdicts{{"", ctx.t("library.filter.all")}};
  for (const auto v : kShareVerdicts) verdicts.emplace_back(v, ctx.t("library.verdict." + std::string(v)));
  std::vector<std::pair<std::string, std::string>> kinds{{"", ctx.t("library.filter.all")}};
  for (const auto k : kShareKinds) kinds.emplace_back(k, ctx.t("library.kind." + std::string(k)));

  const bool filtered = query && (!query->text.empty() || query->question || query->verdict || query->kind);
  nlohmann::json view{
      {"org", org_view(ctx, access.org_id, access.role)},
      {"network", network},
      {"network_href", "/orgs/" + std::to_string(access.org_id) + "/networks/" + std::to_string(network_id)},
      {"action", base},
      {"search", q.get("q")},
      {"max_search", std::to_string(kMaxLibraryQueryBytes)},
      {"questions", options(questions, q.get("question"))},
      {"verdicts", options(verdicts, q.get("verdict"))},
      {"kinds", options(kinds, q.get("kind"))},
      {"items", items},
      {"empty", items.empty()},
      {"filtered", filtered},
      {"count_text", ctx.t(found.total == 1 ? "library.count.one" : "library.count.many",
                           {{"count", std::to_string(found.total)}})}};
  // Pages as plain links that keep the search.
  if (query) {
    std::string kept;
    for (const char* name : {"q", "question", "verdict", "kind"}) {
      const auto value = q.get(name);
      if (!value.empty()) kept += std::string(name) + "=" + encode_query_value(value) + "&";
    }
    const auto offset = static_cast<std::int64_t>(query->page - 1) * kLibraryPageSize;
    if (query->page > 1)
      view["previous_href"] = base + "?" + kept + "page=" + std::to_string(query->page - 1);
    if (offset + static_cast<std::int64_t>(found.items.size()) < found.total) {
      view["next_href"] = base + "?" + kept + "page=" + std::to_string(query->page + 1);
    }
  }
  if (!query) {
    view["filter_error"] = error_message(ctx, query.error());
    return page(ctx, "network_library", view, ctx.t("library.title", {{"network", network}}),
                http_status(query.error()));
  }
  return page(ctx, "network_library", view, ctx.t("library.title", {{"network", network}}));
}

Response network_library_item(Context& ctx) {
  const auto allowed = network_page_access(ctx, Role::viewer);
  if (!allowed) return error_response(ctx, allowed.error());
  const OrgAccess& access = allowed->org;
  const std::string& network = allowed->network.name;
  const std::int64_t network_id = allowed->network.id;
  auto& svc = *ctx.app.services().library;
  const auto item = svc.item(network_id, access.org_id, ctx.param("share"));
  if (!item) return error_response(ctx, Error::not_found());
  const std::string base =
      "/orgs/" + std::to_string(access.org_id) + "/networks/" + std::to_string(network_id) + "/library";
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"network", network},
                      {"library_href", base},
                      {"item", library_item_view(ctx, *item, base + "/" + item->public_id)}};
  return page(ctx, "network_library_item", view, item->title);
}

}  // namespace forkant::web::pages
