#pragma once
// The mail that tells a person their password was changed (ASVS 2.5.5), after a change on /password and
// after a reset by link: someone who did not make the change learns of it. Nothing when mail is not
// configured (the audit log records the change either way).

#include "services/accounts.hpp"
#include "web/context.hpp"

namespace forkant::web {

void notify_password_changed(Context& ctx, const User& user);

}  // namespace forkant::web
