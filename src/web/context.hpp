#pragma once
// What a handler gets: the request, the services, path parameters, the language, who is signed in.

#include <cstdint>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>

#include "domain/accounts/role.hpp"
#include "domain/result.hpp"
#include "services/accounts.hpp"
#include "web/forms.hpp"
#include "web/http.hpp"
#include "web/rate_limits.hpp"
#include "web/security_events.hpp"

namespace forkant::web {

class App;

struct Context {
  Context(Request& r, App& a) : req(r), app(a) {}

  Request& req;
  App& app;
  std::map<std::string, std::string> params;
  std::string lang = "da";
  bool api = false;  // under /api/: errors are JSON
  std::optional<User> user;
  bool via_api_token = false;
  std::string csrf_token;      // of the session, or the pre-session token for anonymous forms
  std::string session_token;   // the session cookie's value as sent (possibly stale), or ""
  std::string client_address;  // the peer, or the client behind a trusted proxy (client_address.hpp)
  std::vector<std::string> set_cookies;
  std::vector<SecurityEvent> security_events;  // written as the answer leaves (security_events.hpp)
  RequestCost cost;                            // the expensive action this request is (rate_limits.hpp)

  // The path parameter as a positive id; nullopt when absent or not a number.
  std::optional<std::int64_t> id_param(const std::string& name) const;
  const std::string& param(const std::string& name) const { return params.at(name); }
  // The urlencoded body; an empty form when the body is not urlencoded.
  const Form& form();
  // The query string.
  const Form& query();
  std::string t(std::string_view key) const;
  std::string t(std::string_view key, const std::map<std::string, std::string>& params) const;

 private:
  std::optional<Form> form_;
  std::optional<Form> query_;
};

// Checks that the signed-in person is a member of `org_id` with at least `need`. Not a member answers
// exactly like a missing object (not_found), so ids of other organisations reveal nothing.
Result<Role> authorize(Context& ctx, std::int64_t org_id, Role need);

}  // namespace forkant::web
