// Creating a personal API token with a name and a lifetime: the token is shown once, on this answer.
#include "domain/accounts/api_token.hpp"
#include "domain/copenhagen_time.hpp"
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"

namespace forkant::web::pages {

Response token_create(Context& ctx) {
  const std::string name = ctx.form().get("name");
  const std::string days_text = ctx.form().get("days");
  nlohmann::json keep{{"name", name}, {"days", days_text}};
  auto days = parse_token_days(days_text);
  if (!days) {
    keep["error"] = error_message(ctx, days.error());
    keep["error_days"] = true;
    return tokens_page(ctx, keep, http_status(days.error()));
  }
  auto issued = ctx.app.services().accounts->create_api_token(ctx.user->id, name, *days);
  if (!issued) {
    keep["error"] = error_message(ctx, issued.error());
    keep["error_name"] = true;
    return tokens_page(ctx, keep, http_status(issued.error()));
  }
  note_security_event(ctx,
                      {.event = "token_created", .outcome = "success", .subject = issued->id, .what = "api"});
  return tokens_page(
      ctx,
      {{"created_token", issued->token},
       {"created_name", name},
       {"created_expires", format_date_text(copenhagen_time(issued->expires_at).day, ctx.lang)}},
      201);
}

}  // namespace forkant::web::pages
