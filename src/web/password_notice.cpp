#include "web/password_notice.hpp"

#include "services/password_reset.hpp"
#include "web/app.hpp"
#include "web/pages/assessment_pages.hpp"

namespace forkant::web {

void notify_password_changed(Context& ctx, const User& user) {
  auto* mail = ctx.app.services().password_reset;
  if (!mail || !mail->mail_configured()) return;
  const Translator& tr = ctx.app.translator();
  const std::map<std::string, std::string> params{{"link", pages::site_base_url(ctx) + "/password/forgot"}};
  mail->notify_changed(
      OutgoingMail{"password_changed", user.email, tr.get(user.language, "mail.password_changed.subject"),
                   tr.format(user.language, "mail.password_changed.body", params), std::nullopt});
}

}  // namespace forkant::web
