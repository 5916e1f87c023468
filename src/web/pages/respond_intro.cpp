// The first page a respondent sees through their private link: what the round is, how many answers it
// asks for on how many pages and about how long that takes, what is and is not anonymous with the
// round's k, and a start (or continue) button. A used link shows the thank-you page; a closed, not yet
// opened or unknown link says so plainly, with the right status.
#include "domain/assessment/workload.hpp"
#include "web/pages/assessment_pages.hpp"
#include "web/respond_blank_page.hpp"

namespace forkant::web::pages {

Response respond_intro_page(Context& ctx, const RespondSurface& surface, const RespondentView& view) {
  const auto* link = &view;
  const auto& fw = *link->framework;
  const std::string& base = surface.base;
  const auto& answers = link->answers;
  const bool started = !answers.values.empty() || !answers.comments.empty() || !answers.purposes.empty();
  // Continue on the first question without any answer yet, or on the review when all have one.
  std::string next = base + "/review";
  for (const auto& d : fw.dimensions) {
    bool any = false;
    for (const auto& item : d.items)
      any = any || answers.values.count(item.id) || answers.comments.count(item.id);
    if (d.id == fw.purpose_dimension_id) {
      for (const auto& p : fw.purposes) any = any || answers.purposes.count(p.id);
    }
    if (!any) {
      next = base + "/q/" + std::to_string(d.number);
      break;
    }
  }
  // The promise of time is computed from the framework (domain/assessment/workload.hpp), not written in.
  const Workload work = workload(fw);
  const std::string k = std::to_string(link->round.k);
  const std::string detail_k = std::to_string(detail_threshold(link->round.k));
  nlohmann::json page_view{
      {"title", link->round.title},
      {"framework", fw.title.get(ctx.lang)},
      {"description", fw.description.get(ctx.lang)},
      {"source", fw.source.get(ctx.lang)},
      {"facts", ctx.t("respond.facts", {{"count", std::to_string(work.answers)},
                                        {"pages", std::to_string(work.pages)},
                                        {"minutes", std::to_string(work.minutes)}})},
      {"anonymity", ctx.t("respond.anonymity", {{"k", k}})},
      {"anonymity_comments", ctx.t("respond.anonymity_comments", {{"k", detail_k}})},
      {"group", group_label(ctx, link->invitation.group)},
      {"group_note", ctx.t("respond.group_note", {{"group", group_label(ctx, link->invitation.group)}})},
      {"start_href", started ? next : base + "/q/1"},
      {"review_href", base + "/review"},
      {"started", started},
      {"saved", !surface.preview && ctx.query().get("saved") == "1"},
      {"preview", surface.preview}};
  if (!surface.banner.empty()) {
    page_view["banner"] = surface.banner;
    if (!surface.banner_note.empty()) page_view["banner_note"] = surface.banner_note;
  }
  // The coordinator's round page is titled with the round alone; the respondent's says what this page is.
  return page(ctx, "respond_intro", page_view,
              surface.title(ctx.t("respond.intro_title", {{"round", link->round.title}})));
}

Response respond_intro(Context& ctx) {
  auto link = ctx.app.services().assessment->open_link(ctx.param("token"));
  if (!link) return respondent_refusal(ctx, link.error());
  const auto& a = link->answers;
  if (a.values.empty() && a.comments.empty() && a.purposes.empty()) {
    // A link not yet started: the same page for every link of the round and group, rendered once.
    const std::string key = "intro\n" + ctx.lang + "\n" + std::to_string(link->round.framework_id) + "\n" +
                            std::to_string(link->round.k) + "\n" + link->invitation.group + "\n" +
                            link->round.title;
    auto blank =
        respond_blank_page(ctx, key, ctx.param("token"), "", [&](Context& c, const std::string& base) {
          RespondSurface surface;
          surface.base = base;
          return respond_intro_page(c, surface, *link);
        });
    if (blank) return std::move(*blank);
  }
  return respond_intro_page(ctx, respondent_surface(ctx), *link);
}

}  // namespace forkant::web::pages
