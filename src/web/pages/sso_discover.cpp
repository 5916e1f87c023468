// The login page's "sign in with your organisation": the e-mail address's domain names the organisation
// whose identity provider signs its people in. An address no organisation claims shows the login page
// again with a note (the same whether or not the address has an account). A POST, not a GET: an e-mail
// address in a query string would land in browser history, proxy logs and Referer headers (ASVS 8.3.1).
#include "services/oidc_sign_in.hpp"
#include "web/app.hpp"
#include "web/forms.hpp"
#include "web/pages/pages.hpp"
#include "web/pages/sso_pages.hpp"
#include "web/respond.hpp"
#include "web/return_path.hpp"

namespace forkant::web::pages {

Response sso_discover(Context& ctx) {
  const std::string email = ctx.form().get("email");
  const auto org_id = ctx.app.services().sso ? ctx.app.services().sso->org_for_email(email) : std::nullopt;
  if (!org_id) {
    const Error e = Error::invalid("sso_unknown_domain", "error.sso_unknown_domain");
    return sign_in_form_page(ctx, email, error_message(ctx, e), http_status(e));
  }
  std::string to = "/sso/" + std::to_string(*org_id);
  const std::string next = safe_return_path(ctx.form().get("next"));
  if (next != "/") to += "?next=" + encode_query_value(next);
  return redirect(to);
}

}  // namespace forkant::web::pages
