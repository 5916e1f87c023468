// Saving the single sign-on settings (owner). A refusal shows the form again as typed, the secret field
// empty (it is never sent back to the browser).
#include <sstream>

#include "services/oidc_sign_in.hpp"
#include "web/app.hpp"
#include "web/pages/sso_pages.hpp"
#include "web/pages/sso_settings_view.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

SsoSettingsInput input_of(const std::optional<SignInSettings>& stored) {
  SsoSettingsInput in;
  if (!stored) return in;
  in.enabled = stored->enabled;
  in.issuer = stored->issuer;
  in.client_id = stored->client_id;
  in.group_claim = stored->group_claim;
  for (const auto& d : stored->email_domains) in.domains += (in.domains.empty() ? "" : " ") + d;
  for (const auto& m : stored->group_roles)
    in.mappings += m.group + " " + std::string(role_name(m.role)) + "\n";
  in.passwords_allowed = stored->passwords_allowed;
  return in;
}

SsoSettingsInput input_of(const Form& form) {
  SsoSettingsInput in;
  in.enabled = form.get("enabled") == "1";
  in.issuer = form.get("issuer");
  in.client_id = form.get("client_id");
  in.group_claim = form.get("group_claim");
  in.domains = form.get("domains");
  in.mappings = form.get("mappings");
  in.passwords_allowed = form.get("passwords_allowed") == "1";
  return in;
}

std::optional<SignInSettings> settings_of(const SsoSettingsInput& in, int& bad_line) {
  SignInSettings s;
  s.enabled = in.enabled;
  s.issuer = in.issuer;
  s.client_id = in.client_id;
  s.group_claim = in.group_claim;
  s.passwords_allowed = in.passwords_allowed;
  std::string domains = in.domains;
  for (char& c : domains) {
    if (c == ',' || c == ';') c = ' ';
  }
  std::istringstream ds(domains);
  for (std::string d; ds >> d;) s.email_domains.push_back(d);
  std::istringstream lines(in.mappings);
  int number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    std::istringstream words(line);
    std::string group, role, extra;
    if (!(words >> group)) continue;  // a blank line
    const auto parsed = (words >> role) ? parse_role(role) : std::nullopt;
    if (!parsed || (words >> extra)) {
      bad_line = number;
      return std::nullopt;
    }
    s.group_roles.push_back({group, *parsed});
  }
  return s;
}

Response sso_settings_save(Context& ctx) {
  auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  if (!ctx.app.services().sso) return error_response(ctx, Error::not_found());
  const SsoSettingsInput input = input_of(ctx.form());
  auto refuse = [&](const Error& e) {
    return sso_settings_page(ctx, *access, input, error_message(ctx, e), http_status(e));
  };
  int bad_line = 0;
  auto settings = settings_of(input, bad_line);
  if (!settings) {
    return refuse(Error::invalid("sso_mapping_invalid", "error.sso_mapping_line",
                                 {{"line", std::to_string(bad_line)}}));
  }
  const auto saved = ctx.app.services().sso->save_settings(access->org_id, ctx.user->id, *settings,
                                                           ctx.form().get("client_secret"));
  if (!saved) return refuse(saved.error());
  return redirect("/orgs/" + std::to_string(access->org_id) + "/sign-in");
}

}  // namespace forkant::web::pages
