// What the two-factor pages share (two_factor_pages.hpp).
#include "web/pages/two_factor_pages.hpp"

#include "render/qr_svg.hpp"
#include "web/app.hpp"
#include "web/forms.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
TwoFactorService& two_factor_service(const Context& ctx) {
  return *ctx.app.services().two_factor;
}

std::string second_factor_token(const Context& ctx) {
  const auto cookies = parse_cookies(ctx.req.header("cookie").value_or(""));
  const auto it = cookies.find(kSecondFactorCookie);
  return it == cookies.end() ? "" : it->second;
}

nlohmann::json enrolment_view(Context& ctx, const TotpEnrolment& enrolment) {
  // The secret in groups of four, as apps accept it typed with or without the spaces.
  std::string grouped;
  for (std::size_t i = 0; i < enrolment.secret_base32.size(); ++i) {
    if (i > 0 && i % 4 == 0) grouped += ' ';
    grouped += enrolment.secret_base32[i];
  }
  return {{"qr", qr_svg(enrolment.uri, ctx.t("totp.qr_label"))}, {"secret", grouped}};
}

Response recovery_codes_page(Context& ctx, const std::vector<std::string>& codes, const std::string& next) {
  return page(ctx, "two_factor_recovery", {{"codes", codes}, {"next", next}}, ctx.t("totp.recovery_title"));
}

Response recovery_codes_or_refusal(Context& ctx, const Result<std::vector<std::string>>& codes) {
  if (!codes) {
    Response res =
        two_factor_page(ctx, {{"error", error_message(ctx, codes.error())}}, http_status(codes.error()));
    if (codes.error().kind == ErrorKind::too_many)
      res.set_header("Retry-After", codes.error().params.at("retry_after"));
    return res;
  }
  return recovery_codes_page(ctx, *codes, "/two-factor");
}

}  // namespace forkant::web::pages
