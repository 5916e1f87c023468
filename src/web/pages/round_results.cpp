// The results of a round, for everyone in the organisation (viewer and up), for the whole round or one
// group (?group=NAME). Everything shown comes from RoundResults, which has applied the anonymity rules;
// results_view.cpp turns it into the page.
#include "web/pages/assessment_pages.hpp"
#include "web/pages/latest_round.hpp"
#include "web/pages/results_view.hpp"

namespace forkant::web::pages {

Response round_results(Context& ctx) {
  auto found = round_in_path(ctx, Role::viewer);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  const nlohmann::json org = org_view(ctx, round.org_id, found->access.role);
  auto& svc = *ctx.app.services().assessment;
  if (round.state != RoundState::closed) {
    nlohmann::json view = open_results_view(ctx, round, svc.group_counts(round.id));
    view["org"] = org;
    return page(ctx, "results", view, results_heading(ctx, round));
  }

  auto computed = svc.results(round);
  if (!computed) return error_response(ctx, computed.error());
  const std::string group = ctx.query().get("group");
  const SetResult* set = find_set(*computed->results, group);
  if (!set) return error_response(ctx, Error::not_found());

  // A closed round's results never change: render them once per language and group (the caller is
  // authorized above; the layout with the caller's name and navigation is made per request).
  const std::string cache_key = "results:" + std::to_string(round.id) + ":" + ctx.lang + ":" + group;
  if (const auto cached = ctx.app.rendered_cache().find(cache_key)) {
    return page_with_content(ctx, cached->html, org, cached->title);
  }

  // The same set in the previous closed round on the same framework version, for the radar overlay.
  const std::optional<ComputedResults> previous = overlay_results(ctx, *computed, *set);
  const SetResult* previous_set = previous ? find_set(*previous->results, group) : nullptr;

  nlohmann::json view = closed_results_view(ctx, {round, *computed, group, *set, previous_set});
  view["org"] = org;
  view["lang"] = ctx.lang;
  const std::string title = results_title(ctx, round, group);
  RenderedContent content{ctx.app.templates().render("results", view, ctx.lang), title};
  Response res = page_with_content(ctx, content.html, org, title);
  ctx.app.rendered_cache().store(cache_key, std::move(content));
  return res;
}

}  // namespace forkant::web::pages
