#include "web/session_device.hpp"

#include "domain/accounts/own_sessions.hpp"
#include "services/own_sessions.hpp"
#include "web/app.hpp"

namespace forkant::web {

void note_session_device(Context& ctx, const std::string& session_token) {
  const std::string device = device_label(ctx.req.header("user-agent").value_or(""));
  if (!device.empty()) ctx.app.services().own_sessions->describe(session_token, device);
}

}  // namespace forkant::web
