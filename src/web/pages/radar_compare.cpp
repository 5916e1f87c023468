// Two editions side by side (last year's radar beside this year's): ?from= and ?to= name them; by default
// the current edition and the one before it.
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/radar_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response radar_compare(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto& radar = *ctx.app.services().radar;
  const auto editions = radar.editions(access->org_id);
  auto pick = [&](const std::string& param) -> std::optional<RadarEdition> {
    const auto id = parse_id(ctx.query().get(param));
    if (!id) return std::nullopt;
    for (const RadarEdition& e : editions) {
      if (e.id == *id) return e;
    }
    return std::nullopt;
  };
  // An empty choice (the form's "default") means the default; a value that names no edition of this
  // organisation is 404, like any other id.
  const bool from_given = !ctx.query().get("from").empty();
  const bool to_given = !ctx.query().get("to").empty();
  if ((from_given && !pick("from")) || (to_given && !pick("to"))) {
    return error_response(ctx, Error::not_found());
  }
  std::optional<RadarEdition> to = pick("to");
  if (!to) to = radar.current_edition(access->org_id);
  std::optional<RadarEdition> from = pick("from");
  if (!from && to) from = radar.previous_edition(*to);
  nlohmann::json options = nlohmann::json::array();
  for (const RadarEdition& e : editions) options.push_back({{"id", e.id}, {"title", e.title}});
  auto choices = [&](const std::optional<RadarEdition>& chosen) {
    nlohmann::json out = options;
    for (auto& o : out) o["selected"] = chosen && o["id"] == chosen->id;
    return out;
  };
  nlohmann::json view{{"org", org_view(ctx, access->org_id, access->role)},
                      {"base", radar_path(access->org_id)},
                      {"from_options", choices(from)},
                      {"to_options", choices(to)},
                      {"can_compare", from.has_value() && to.has_value()}};
  if (from) view["from"] = radar_view_json(ctx, radar.view(*from), "radar-from");
  if (to) view["to"] = radar_view_json(ctx, radar.view(*to), "radar-to");
  return page(ctx, "radar_compare", view, ctx.t("radar.compare.title"), 200);
}

}  // namespace forkant::web::pages
