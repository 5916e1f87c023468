// The review before submitting: every answer per question with a link to change it, unanswered ones
// marked, the allocation's sum, and the submit button (respond_submit.cpp).
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

Response respond_review_page(Context& ctx, const RespondSurface& surface, const RespondentView& link,
                             const nlohmann::json& error, int status) {
  const auto& fw = *link.framework;
  const auto& a = link.answers;
  const std::string& base = surface.base;
  nlohmann::json rules = nullptr;
  nlohmann::json allocation_problem = nullptr;
  nlohmann::json questions = nlohmann::json::array();
  int unanswered = 0;
  for (const auto& d : fw.dimensions) {
    nlohmann::json answers = nlohmann::json::array();
    for (const auto& item : d.items) {
      nlohmann::json entry{{"text", item.text.get(ctx.lang)}};
      if (item.kind == ItemKind::comment) {
        auto it = a.comments.find(item.id);
        entry["comment"] = true;
        if (it != a.comments.end()) {
          entry["answer"] = it->second;
        } else {
          entry["answer"] = ctx.t("respond.no_comment");
          entry["empty"] = true;
        }
      } else if (auto it = a.values.find(item.id); it != a.values.end()) {
        entry["answer"] = item.kind == ItemKind::importance ? importance_label(ctx, it->second)
                                                            : scale_label(ctx, it->second);
      } else {
        entry["answer"] = ctx.t("respond.unanswered");
        entry["missing"] = true;
        ++unanswered;
      }
      answers.push_back(entry);
    }
    nlohmann::json q{{"number", std::to_string(d.number)},
                     {"heading", ctx.t("respond.review_question",
                                       {{"n", std::to_string(d.number)}, {"title", d.title.get(ctx.lang)}})},
                     {"edit_href", base + "/q/" + std::to_string(d.number)},
                     {"edit_hidden", ctx.t("respond.edit_hidden", {{"n", std::to_string(d.number)}})},
                     {"answers", answers}};
    if (d.id == fw.purpose_dimension_id && !fw.purposes.empty()) {
      nlohmann::json purposes = nlohmann::json::array();
      int sum = 0;
      for (const auto& p : fw.purposes) {
        auto it = a.purposes.find(p.id);
        const int points = it == a.purposes.end() ? 0 : it->second;
        sum += points;
        purposes.push_back({{"label", p.label.get(ctx.lang)}, {"points", std::to_string(points)}});
      }
      const bool given = !a.purposes.empty();
      q["allocation"] = {{"purposes", purposes},
                         {"sum", std::to_string(sum)},
                         {"given", given},
                         {"off", given && sum != kAllocationTotal}};
      const std::string n = std::to_string(d.number);
      rules = {{"text", ctx.t("respond.review_rule_points", {{"n", n}})},
               {"href", base + "/q/" + n},
               {"link_text", ctx.t("respond.review_rule_link", {{"n", n}})}};
      if (given && sum != kAllocationTotal) {
        q["allocation"]["warning"] = ctx.t("respond.allocation_off", {{"sum", std::to_string(sum)}});
        q["allocation"]["fix_href"] = base + "/q/" + n;
        q["allocation"]["fix_text"] = ctx.t("respond.fix_allocation", {{"n", n}});
        allocation_problem = {
            {"text", ctx.t("respond.review_allocation_incomplete", {{"n", n}, {"sum", std::to_string(sum)}})},
            {"href", base + "/q/" + n + "#allocation"},
            {"link_text", ctx.t("respond.fix_allocation", {{"n", n}})}};
      }
    }
    questions.push_back(q);
  }
  nlohmann::json view{
      {"round_title", link.round.title},
      {"questions", questions},
      {"submit_action", base + "/submit"},
      {"unanswered", unanswered > 0 ? nlohmann::json(ctx.t("respond.unanswered_count",
                                                           {{"count", std::to_string(unanswered)}}))
                                    : nlohmann::json()}};
  // "You can still submit" would be untrue: a response without a single rating is refused.
  if (!has_rating(a)) view["unanswered"] = ctx.t("respond.no_rating_yet");
  if (!error.is_null()) view["error"] = error;
  view["rules"] = rules;
  view["allocation_problem"] = allocation_problem;
  if (!surface.banner.empty()) {
    view["banner"] = surface.banner;
    if (!surface.banner_note.empty()) view["banner_note"] = surface.banner_note;
  }
  return page(ctx, "respond_review", view,
              surface.title(ctx.t("respond.review_title") + " – " + link.round.title), status);
}

Response respond_review(Context& ctx) {
  auto link = ctx.app.services().assessment->open_link(ctx.param("token"));
  if (!link) return respondent_refusal(ctx, link.error());
  return respond_review_page(ctx, respondent_surface(ctx), *link, nullptr, 200);
}

}  // namespace forkant::web::pages
