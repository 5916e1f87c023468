// The public page of an organisation's decisions and deliberate non-choices, /p/{organisation}: for
// anyone, without signing in or JavaScript, newest decision first. Its own complete HTML document
// (templates/public_page.mustache), without the signed-in layout: no navigation, no names, no forms.
#include "render/format.hpp"
#include "render/templates.hpp"
#include "services/organisations.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/public_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response public_decisions(Context& ctx) {
  const auto found = public_page_in_path(ctx);
  if (!found) return error_response(ctx, Error::not_found());
  const auto org = ctx.app.services().orgs->find(found->settings.org_id);
  const std::string org_name = org ? org->name : "";
  const std::string path = "/p/" + found->settings.address;
  nlohmann::json entries = nlohmann::json::array();
  int chosen = 0;
  int not_pursued = 0;
  for (const auto& s : found->snapshots) {
    (s.kind == DecisionKind::deselected ? not_pursued : chosen) += 1;
    nlohmann::json questions = nlohmann::json::array();
    for (const int q : s.questions) questions.push_back(question_label(ctx, q));
    entries.push_back({{"anchor", "u-" + s.public_id},
                       {"kind", std::string{to_string(s.kind)}},
                       {"kind_label", public_kind_label(ctx, s.kind)},
                       {"title", s.title},
                       {"summary", s.summary},
                       {"questions", questions},
                       {"decided_on", format_date_text(s.decided_on, ctx.lang)},
                       {"review_on", or_null(s.review_on ? format_date_text(*s.review_on, ctx.lang) : "")},
                       {"published_on", day_text(s.first_published_at, ctx.lang)},
                       {"updated_on", or_null(s.is_update() ? day_text(s.published_at, ctx.lang) : "")}});
  }
  const std::string title = ctx.t("public.title", {{"org", org_name}});
  const nlohmann::json view{
      {"lang", ctx.lang},
      {"title", title},
      {"org_name", org_name},
      {"path", path},
      {"feed_path", path + "/feed.atom"},
      {"feed_title", ctx.t("public.feed_title", {{"org", org_name}})},
      {"entries", entries},
      {"has_entries", !entries.empty()},
      {"counts", ctx.t("public.counts",
                       {{"chosen", std::to_string(chosen)}, {"not_pursued", std::to_string(not_pursued)}})},
      {"lang_da", ctx.lang == "da"},
      {"lang_en", ctx.lang == "en"}};
  Response res;
  res.set_header("Content-Type", "text/html; charset=utf-8");
  res.body = ctx.app.templates().render("public_page", view, ctx.lang);
  public_answer(ctx, res);
  return res;
}

}  // namespace forkant::web::pages
