#pragma once
// Two-factor sign-in (TOTP, services/two_factor.hpp): the second step of a password sign-in
// (/login/two-factor) and the person's own page (/two-factor) to enrol, replace the recovery codes and
// switch it off. Handler pages::x lives in x.cpp; what they share is in two_factor_pages.cpp.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "services/two_factor.hpp"
#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::pages {

Response two_factor_sign_in_form(Context& ctx);    // GET /login/two-factor
Response two_factor_sign_in(Context& ctx);         // POST /login/two-factor
Response two_factor(Context& ctx);                 // GET /two-factor
Response two_factor_enrol(Context& ctx);           // POST /two-factor/enrol
Response two_factor_confirm(Context& ctx);         // POST /two-factor/confirm
Response two_factor_recovery_codes(Context& ctx);  // POST /two-factor/recovery-codes
Response two_factor_disable(Context& ctx);         // POST /two-factor/disable

// The service (web::Services::two_factor).
TwoFactorService& two_factor_service(const Context& ctx);

// The cookie that carries a pending second step's token between the password and the code (10 min).
inline constexpr const char* kSecondFactorCookie = "forkant_second_factor";

// The second step's page; `error` shown above the form.
Response two_factor_sign_in_form_page(Context& ctx, const std::string& error, int status);
// The person's page; `extra` adds to the view (an error, a notice).
Response two_factor_page(Context& ctx, const nlohmann::json& extra, int status);
// The recovery codes, shown once, with where to go on.
Response recovery_codes_page(Context& ctx, const std::vector<std::string>& codes, const std::string& next);
// After a step that hands out new recovery codes (confirming enrolment, replacing the codes): the codes
// shown once, or the person's page again with the refusal (a wrong code, or too many with Retry-After).
Response recovery_codes_or_refusal(Context& ctx, const Result<std::vector<std::string>>& codes);
// The QR code and the secret to type, for a view.
nlohmann::json enrolment_view(Context& ctx, const TotpEnrolment& enrolment);
// The pending second step's token from the cookie, or "".
std::string second_factor_token(const Context& ctx);

}  // namespace forkant::web::pages
