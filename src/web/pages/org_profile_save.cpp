// Saving the organisation's profile (owners): kind and inhabitants. Inhabitants may be left empty
// (unknown: the organisation is then in no size band) and may be written with thousands separators
// ("43.000", "43 000"); anything else is refused with the input kept.
#include <charconv>

#include "services/networks.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/network_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

// "43.000", "43,000", "43 000" or "43000" as 43000; empty as unknown (nullopt inside); not a number: none.
std::optional<std::optional<std::int64_t>> parse_inhabitants(const std::string& text) {
  std::string digits;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c != '.' && c != ',' && c != ' ') {
      return std::nullopt;
    }
  }
  if (digits.empty()) {
    if (text.find_first_not_of(' ') != std::string::npos) return std::nullopt;
    return std::optional<std::int64_t>{};
  }
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return std::optional<std::int64_t>{value};
}

}  // namespace

Response org_profile_save(Context& ctx) {
  auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  ProfileForm form{ctx.form().get("kind"), ctx.form().get("inhabitants"), ""};
  const auto kind = parse_org_kind(form.kind);
  const auto inhabitants = parse_inhabitants(form.inhabitants);
  Status saved = Error::invalid("org_inhabitants_invalid", "error.org_inhabitants_invalid");
  if (!kind) saved = Error::invalid("org_kind_unknown", "error.org_kind_unknown");
  if (kind && inhabitants) {
    saved = ctx.app.services().networks->set_profile(access->org_id, ctx.user->id, access->role, *kind,
                                                     *inhabitants);
  }
  if (!saved) {
    form.error = form_error(ctx, saved.error());
    return org_profile_page(ctx, *access, form, http_status(saved.error()));
  }
  return redirect(org_profile_path(access->org_id) + "?saved=1");
}

}  // namespace forkant::web::pages
