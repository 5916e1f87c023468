// What the respondent's pages share.
#include "web/pages/assessment_pages.hpp"
#include "web/respond_blank_page.hpp"

namespace forkant::web::pages {

RespondSurface respondent_surface(Context& ctx) {
  RespondSurface surface;
  surface.base = "/r/" + ctx.param("token");
  return surface;
}

Response respondent_refusal(Context& ctx, const Error& error) {
  const bool get = ctx.req.method == "GET" || ctx.req.method == "HEAD";
  if (error.code == "already_submitted") {
    // Nothing more can be changed; a GET is an ordinary visit, a POST is refused as gone.
    const auto token = ctx.params.find("token");
    if (get && token != ctx.params.end()) {
      // The link itself, where the submit leads: the same page for every used link, rendered once per
      // language (only there: other paths under a used link would each need an entry).
      auto blank = respond_blank_page(
          ctx, "thanks\n" + ctx.lang, token->second, "", [](Context& c, const std::string&) {
            return page(c, "respond_thanks", nlohmann::json::object(), c.t("respond.thanks_title"), 200);
          });
      if (blank) return std::move(*blank);
    }
    return page(ctx, "respond_thanks", nlohmann::json::object(), ctx.t("respond.thanks_title"),
                get ? 200 : 410);
  }
  nlohmann::json view{{"message", error_message(ctx, error)}};
  std::string title_key = "respond.unknown_title";
  if (error.code == "round_closed") {
    title_key = "respond.closed_title";
    view["explanation"] = ctx.t("respond.closed_text");
  } else if (error.code == "round_not_open") {
    title_key = "respond.not_open_title";
    view["explanation"] = ctx.t("respond.not_open_text");
  } else if (error.code == "unknown_token") {
    view["explanation"] = ctx.t("respond.unknown_text");
  } else {
    title_key = "respond.problem_title";
  }
  view["heading"] = ctx.t(title_key);
  return page(ctx, "respond_closed", view, ctx.t(title_key), http_status(error));
}

}  // namespace forkant::web::pages
