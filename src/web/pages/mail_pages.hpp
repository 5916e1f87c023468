#pragma once
// The pages of e-mail (issue 16, docs/email.md): a round's private links and reminders by e-mail, and
// password reset by e-mail. The mails are worded here, from the catalogues, and written to the outbox by
// the services in the transaction of what they belong to; nothing is sent while a request runs.

#include <nlohmann/json.hpp>
#include <string>

#include "services/assessment.hpp"
#include "services/outbox.hpp"
#include "web/access.hpp"
#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::pages {

Response round_mail_links(Context& ctx);   // POST /rounds/{round_id}/mail
Response round_mail_remind(Context& ctx);  // POST /rounds/{round_id}/remind

Response password_forgot_form(Context& ctx);  // GET  /password/forgot
Response password_forgot(Context& ctx);       // POST /password/forgot
Response password_reset_form(Context& ctx);   // GET  /password/reset/{token}
Response password_reset(Context& ctx);        // POST /password/reset/{token}

// The e-mail part of a round's page (coordinators, open rounds); null when there is none. `extra` may
// carry the form's error and values back (mail_error, mail_addresses, mail_group).
nlohmann::json round_mail_view(Context& ctx, const RoundRow& round, Role role, const nlohmann::json& extra);

// A respondent's mail: their private link to `round`, or a reminder with the same link, in `lang`.
OutgoingMail round_link_mail(const Context& ctx, const RoundRow& round, const std::string& base_url,
                             const std::string& address, const std::string& token, bool reminder);

}  // namespace forkant::web::pages
