// Submitting a response: the whole response is checked once more (the allocation must sum to exactly
// 100); a refused submit shows the review with the reason and stores nothing. After a submit the link
// shows only the thank-you page.
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

nlohmann::json submit_error_view(Context& ctx, const RespondSurface& surface, const Framework& fw,
                                 const Error& e) {
  nlohmann::json error{{"message", error_message(ctx, e)}};
  const std::string& base = surface.base;
  if (e.code == "allocation_sum") {
    if (const auto* d = fw.find_dimension(fw.purpose_dimension_id)) {
      error["href"] = base + "/q/" + std::to_string(d->number);
      error["link_text"] = ctx.t("respond.fix_allocation", {{"n", std::to_string(d->number)}});
    }
  } else if (e.code == "no_rated_answer" && !fw.dimensions.empty()) {
    error["href"] = base + "/q/" + std::to_string(fw.dimensions.front().number);
    error["link_text"] = ctx.t("respond.fix_no_rating");
  } else if (auto it = e.params.find("item"); it != e.params.end()) {
    if (const auto* d = fw.dimension_of_item(it->second)) {
      error["href"] = base + "/q/" + std::to_string(d->number);
      error["link_text"] = ctx.t("respond.fix_question", {{"n", std::to_string(d->number)}});
    }
  }
  return error;
}

Response respond_submit(Context& ctx) {
  auto& svc = *ctx.app.services().assessment;
  const std::string token = ctx.param("token");
  auto submitted = svc.save_answers(token, AnswersPatch{}, true);
  if (submitted) return redirect("/r/" + token);
  const Error& e = submitted.error();
  auto link = svc.open_link(token);
  if (!link) return respondent_refusal(ctx, link.error());
  const RespondSurface surface = respondent_surface(ctx);
  return respond_review_page(ctx, surface, *link, submit_error_view(ctx, surface, *link->framework, e),
                             http_status(e));
}

}  // namespace forkant::web::pages
