// Appointing a coordinator (a coordinator of the network; when it has none left, the owner of a member
// organisation): a person chosen among the owners and coordinators of member organisations.
#include <charconv>

#include "services/networks.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/network_pages.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"

namespace forkant::web::pages {
namespace {

// "12-3": user 12 from organisation 3 (the form's choice).
std::optional<std::pair<std::int64_t, std::int64_t>> parse_choice(const std::string& text) {
  const auto dash = text.find('-');
  if (dash == std::string::npos) return std::nullopt;
  std::int64_t user = 0;
  std::int64_t org = 0;
  const auto* end = text.data() + text.size();
  const auto [p1, e1] = std::from_chars(text.data(), text.data() + dash, user);
  const auto [p2, e2] = std::from_chars(text.data() + dash + 1, end, org);
  if (e1 != std::errc() || e2 != std::errc() || p1 != text.data() + dash || p2 != end) return std::nullopt;
  return std::make_pair(user, org);
}

}  // namespace

Response network_coordinator_appoint(Context& ctx) {
  auto access = network_page_access(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const auto choice = parse_choice(ctx.form().get("person"));
  Status done = Error::invalid("network_coordinator_invalid", "error.network_coordinator_invalid");
  if (choice) {
    done = ctx.app.services().networks->appoint(access->network.id, access->org.org_id, ctx.user->id,
                                                access->org.role, choice->first, choice->second);
  }
  if (!done) {
    if (done.error().kind == ErrorKind::not_found || done.error().kind == ErrorKind::forbidden) {
      return error_response(ctx, done.error());
    }
    return network_detail_page(ctx, *access, {"", "", form_error(ctx, done.error())},
                               http_status(done.error()));
  }
  // A network role given (subject: the network; the appointed person is in the audit log).
  note_security_event(ctx, {.event = "role_granted",
                            .outcome = "success",
                            .org_id = access->org.org_id,
                            .subject = access->network.id,
                            .what = "network_coordinator"});
  return redirect(network_path(access->org.org_id, access->network.id) + "#coordinators");
}

}  // namespace forkant::web::pages
