#pragma once
// The single sign-on settings form as typed: read from the stored settings for the page, from the
// posted form for a save, and shown again as typed when a save is refused.

#include <optional>
#include <string>

#include "services/oidc_sign_in.hpp"
#include "web/access.hpp"
#include "web/context.hpp"
#include "web/forms.hpp"
#include "web/http.hpp"

namespace forkant::web::pages {

struct SsoSettingsInput {
  bool enabled = false;
  std::string issuer;
  std::string client_id;
  std::string group_claim = "groups";
  std::string domains;   // space or comma separated
  std::string mappings;  // one "group role" per line
  bool passwords_allowed = true;
};

SsoSettingsInput input_of(const std::optional<SignInSettings>& stored);
SsoSettingsInput input_of(const Form& form);
// The settings the input means; nullopt with the line number of a mapping that does not read.
std::optional<SignInSettings> settings_of(const SsoSettingsInput& input, int& bad_line);

Response sso_settings_page(Context& ctx, const OrgAccess& access, const SsoSettingsInput& input,
                           const std::string& error, int status);

}  // namespace forkant::web::pages
