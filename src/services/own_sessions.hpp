#pragma once
// A person's own sign-in sessions (ASVS 3.3.4, docs/sign-in.md): the list of where they are signed in,
// and ending one of the others or all of them. Ending needs the password again (through the login
// throttle, as a password change does), unless the current session signed in a moment ago
// (domain/accounts/own_sessions.hpp): a stolen session left open cannot throw its owner out unseen.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "services/accounts.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"
#include "services/transactor.hpp"

namespace forkant {

struct OwnSession {
  std::string ref;     // session_ref: how the list's forms name it
  std::string device;  // "" when not recognised
  std::int64_t created_at = 0, last_seen_at = 0;
  bool current = false;  // the session asking
};

class OwnSessionsService {
 public:
  OwnSessionsService(AccountStore& store, AccountService& accounts, AuditStore& audit, Transactor& tx,
                     const Clock& clock)
      : store_(store), accounts_(accounts), audit_(audit), tx_(tx), clock_(clock) {}

  // The user's live sessions: the current one first, then the most recently used.
  std::vector<OwnSession> list(std::int64_t user_id, std::string_view current_token);
  // Whether ending a session asks for the password now (false just after sign-in).
  bool needs_password(std::int64_t user_id, std::string_view current_token);
  // Ends the session named `ref`, or every other one when `ref` is "others"; returns how many ended.
  // Errors: "session_not_chosen", "session_password_wrong", "login_throttled" (param retry_after),
  // "session_is_current" (sign out instead), not_found (no live session of this user has that name).
  Result<int> end(std::int64_t user_id, std::string_view current_token, std::string_view ref,
                  std::string_view password, std::string_view address);
  // Records the device a new session signed in from (its label, domain/accounts/own_sessions.hpp).
  void describe(std::string_view session_token, std::string_view device);

 private:
  AccountStore& store_;
  AccountService& accounts_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;
};

}  // namespace forkant
