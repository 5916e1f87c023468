#pragma once
// The device a new session signed in from, for the person's session list (/me/sessions): the browser's
// and the system's family read from the sign-in request's User-Agent, stored with the session.

#include <string>

#include "web/context.hpp"

namespace forkant::web {

void note_session_device(Context& ctx, const std::string& session_token);

}  // namespace forkant::web
