#include "web/context.hpp"

#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/rate_limits.hpp"
#include "web/security_events.hpp"

namespace forkant::web {

std::optional<std::int64_t> Context::id_param(const std::string& name) const {
  auto it = params.find(name);
  return it == params.end() ? std::nullopt : parse_id(it->second);
}

const Form& Context::form() {
  if (!form_) {
    const auto ct = req.header("content-type").value_or("");
    std::optional<Form> parsed;
    if (ct.starts_with("application/x-www-form-urlencoded")) parsed = Form::parse(req.body);
    // A file upload (the impact questionnaire import): the boundary from the header's parameter.
    if (ct.starts_with("multipart/form-data")) {
      const auto at = ct.find("boundary=");
      if (at != std::string_view::npos) {
        std::string_view boundary = ct.substr(at + 9);
        boundary = boundary.substr(0, boundary.find(';'));
        if (boundary.size() >= 2 && boundary.front() == '"' && boundary.back() == '"')
          boundary = boundary.substr(1, boundary.size() - 2);
        parsed = Form::parse_multipart(req.body, boundary);
      }
    }
    form_ = parsed ? std::move(*parsed) : Form();
  }
  return *form_;
}

const Form& Context::query() {
  if (!query_) query_ = Form::parse(req.query).value_or(Form());
  return *query_;
}

std::string Context::t(std::string_view key) const {
  return app.translator().get(lang, key);
}

std::string Context::t(std::string_view key, const std::map<std::string, std::string>& p) const {
  return app.translator().format(lang, key, p);
}

Result<Role> authorize(Context& ctx, std::int64_t org_id, Role need) {
  if (!ctx.user) return Error{ErrorKind::unauthorized, "unauthorized", "error.unauthorized", {}};
  const auto role = ctx.app.services().orgs->role_of(org_id, ctx.user->id);
  // A denial is a security event, though the answer cannot tell it from a missing id (ASVS 7.2.2).
  if (!role) {
    note_security_event(ctx, {.event = "access_denied", .outcome = "not_member", .org_id = org_id});
    return Error::not_found();
  }
  if (!role_at_least(*role, need)) {
    note_security_event(ctx, {.event = "access_denied",
                              .outcome = "role_too_low",
                              .org_id = org_id,
                              .what = std::string(role_name(need))});
    return Error::forbidden();
  }
  if (auto refused = charge_cost(ctx, org_id)) return *refused;
  return *role;
}

}  // namespace forkant::web
