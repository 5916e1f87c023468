// The peer benchmark of a network (/orgs/{org}/networks/{net}/benchmark), for every role of a current
// member organisation (404 otherwise): ?framework=ID chooses the framework version, ?view=KEY one of the
// views the peer rules offer (a view not offered answers 404). benchmark_view.cpp builds the page.
#include "services/peer_benchmark.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/network_access.hpp"
#include "web/pages/benchmark_view.hpp"
#include "web/pages/pages.hpp"
#include "web/pages/peer_benchmark_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response network_benchmark(Context& ctx) {
  auto access = network_page_access(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  PeerBenchmarkService* service = ctx.app.services().peer_benchmark;
  if (!service) return error_response(ctx, Error::not_found());
  const std::string framework = ctx.query().get("framework");
  const auto framework_id = framework.empty() ? std::optional<std::int64_t>(0) : parse_id(framework);
  if (!framework_id) return error_response(ctx, Error::not_found());
  auto benchmark =
      service->benchmark(access->network.id, access->org.org_id, *framework_id, ctx.query().get("view"));
  if (!benchmark) return error_response(ctx, benchmark.error());
  const std::string base = "/orgs/" + std::to_string(access->org.org_id) + "/networks/" +
                           std::to_string(access->network.id) + "/benchmark";
  nlohmann::json view = benchmark_view(ctx, *benchmark, base);
  const std::string title = ctx.t("benchmark.title", {{"network", access->network.name}});
  view["heading"] = title;
  view["back_href"] =
      "/orgs/" + std::to_string(access->org.org_id) + "/networks/" + std::to_string(access->network.id);
  view["org"] = org_view(ctx, access->org.org_id, access->org.role);
  return page(ctx, "network_benchmark", view, title);
}

}  // namespace forkant::web::pages
