// The owner's single sign-on settings: the provider, our client at it, which groups give which role, the
// e-mail domains the login page sends to it, and whether local passwords still work. The client secret
// is never shown again; without a key to seal it (`forkant serve --key-file`) the page says so and saves
// nothing.
#include "services/oidc_sign_in.hpp"
#include "web/app.hpp"
#include "web/pages/assessment_pages.hpp"
#include "web/pages/sso_pages.hpp"
#include "web/pages/sso_settings_view.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

std::string sso_cookie_name(bool secure) {
  return secure ? "__Host-forkant_sso" : "forkant_sso";
}

std::string sso_redirect_uri(Context& ctx) {
  return site_base_url(ctx) + "/sso/callback";
}

Response sso_settings_page(Context& ctx, const OrgAccess& access, const SsoSettingsInput& input,
                           const std::string& error, int status) {
  auto& sso = *ctx.app.services().sso;
  const auto stored = sso.settings(access.org_id);
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"enabled", input.enabled},
                      {"issuer", input.issuer},
                      {"client_id", input.client_id},
                      {"group_claim", input.group_claim},
                      {"domains", input.domains},
                      {"mappings", input.mappings},
                      {"passwords_allowed", input.passwords_allowed},
                      {"has_secret", stored && !stored->client_secret_sealed.empty()},
                      {"no_key", !sso.can_seal()},
                      {"redirect_uri", sso_redirect_uri(ctx)},
                      {"start_path", "/sso/" + std::to_string(access.org_id)},
                      {"is_on", stored && stored->enabled}};
  if (!error.empty()) view["error"] = error;
  return page(ctx, "sso_settings", view, ctx.t("sso_settings.title"), status);
}

Response sso_settings(Context& ctx) {
  auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  if (!ctx.app.services().sso) return error_response(ctx, Error::not_found());
  return sso_settings_page(ctx, *access, input_of(ctx.app.services().sso->settings(access->org_id)), "", 200);
}

}  // namespace forkant::web::pages
