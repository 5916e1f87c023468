// The person's own two-factor page: whether TOTP is on, how many recovery codes are left, and the forms
// to enrol (two_factor_enrol.cpp, then two_factor_confirm.cpp), to replace the recovery codes
// (two_factor_recovery_codes.cpp) and to switch it off (two_factor_disable.cpp; not for an owner while
// the server requires TOTP of owners). Every form carries the session's CSRF token; no JavaScript.
#include "web/app.hpp"
#include "web/pages/two_factor_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response two_factor_page(Context& ctx, const nlohmann::json& extra, int status) {
  auto& tf = two_factor_service(ctx);
  const auto state = tf.state(ctx.user->id);
  nlohmann::json view{
      {"enabled", state.enabled},
      {"required", state.required},
      {"can_disable", state.enabled && !state.required},
      {"has_key", tf.has_key()},
      {"codes_left", ctx.t("totp.codes_left", {{"count", std::to_string(state.recovery_codes_left)}})}};
  if (state.enrolling) {
    if (auto enrolment = tf.enrolment(ctx.user->id)) {
      view["enrolling"] = true;
      view.update(enrolment_view(ctx, *enrolment));
    }
  }
  view.update(extra);
  return page(ctx, "two_factor", view, ctx.t("totp.title"), status);
}

Response two_factor(Context& ctx) {
  nlohmann::json extra = nlohmann::json::object();
  if (ctx.query().get("disabled") == "1") extra["disabled"] = true;
  return two_factor_page(ctx, extra, 200);
}

}  // namespace forkant::web::pages
