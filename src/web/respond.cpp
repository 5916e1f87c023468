#include "web/respond.hpp"

#include "domain/date.hpp"
#include "render/format.hpp"
#include "render/templates.hpp"
#include "web/app.hpp"
#include "web/error_status.hpp"

namespace forkant::web {

namespace {

Response in_layout(Context& ctx, std::string_view content_html, const nlohmann::json* org,
                   const std::string& title, bool form_error, int status) {
  nlohmann::json layout{{"lang", ctx.lang},
                        {"title", form_error ? ctx.t("form.error_prefix") + " " + title : title},
                        {"csrf", ctx.csrf_token},
                        {"path", ctx.req.path},
                        {"lang_da", ctx.lang == "da"},
                        {"lang_en", ctx.lang == "en"}};
  if (ctx.user) layout["user"] = {{"name", ctx.user->name}};
  if (org) layout["org"] = *org;
  Response res;
  res.status = status;
  res.set_header("Content-Type", "text/html; charset=utf-8");
  // One buffer, the layout's fixed parts rendered once (render/layout_frame.hpp); the content goes in raw:
  // it was rendered (and escaped) by its own template.
  res.body = ctx.app.layout().render(std::move(layout), content_html, ctx.lang);
  return res;
}

}  // namespace

Response page(Context& ctx, const std::string& name, nlohmann::json view, const std::string& title,
              int status) {
  view["lang"] = ctx.lang;
  view["csrf"] = ctx.csrf_token;
  const std::string content = ctx.app.templates().render(name, view, ctx.lang);
  // A form sent back to be corrected says so in the title, the first thing a screen reader announces
  // (WCAG 3.3.1); the error pages (error.mustache) have titles of their own.
  const bool form_error = status >= 400 && status < 500 && name != "error";
  return in_layout(ctx, content, view.contains("org") ? &view["org"] : nullptr, title, form_error, status);
}

Response page_with_content(Context& ctx, const std::string& content_html, const nlohmann::json& org,
                           const std::string& title, int status) {
  return in_layout(ctx, content_html, &org, title, false, status);
}

Response redirect(const std::string& location) {
  Response res;
  res.status = 303;
  res.set_header("Location", location);
  return res;
}

Response json_response(int status, const nlohmann::json& body) {
  return json_body_response(status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

namespace {
// A file to save: the body, its type, and the name it is saved as.
Response download_response(std::string body, const char* content_type, const std::string& filename) {
  Response res{200, {}, std::move(body), ""};
  res.set_header("Content-Type", content_type);
  res.set_header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return res;
}
}  // namespace

Response csv_response(std::string body, const std::string& filename) {
  return download_response(std::move(body), "text/csv; charset=utf-8", filename);
}

Response pdf_response(std::string body, const std::string& filename) {
  return download_response(std::move(body), "application/pdf", filename);
}

Response xlsx_response(std::string body, const std::string& filename) {
  return download_response(std::move(body),
                           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename);
}

Response json_body_response(int status, std::string body) {
  Response res;
  res.status = status;
  res.set_header("Content-Type", "application/json; charset=utf-8");
  res.body = std::move(body);
  return res;
}

std::string error_message(const Context& ctx, const Error& error) {
  std::map<std::string, std::string> params = error.params;
  // A date in a message is ISO from the services; on a page people read it in their language (the JSON
  // API keeps ISO, for programs).
  if (!ctx.api) {
    for (const char* key : {"date", "decided_on"}) {
      const auto it = params.find(key);
      if (it == params.end()) continue;
      if (const auto day = parse_iso_date(it->second)) it->second = format_date_text(*day, ctx.lang);
    }
  }
  return ctx.t(error.key.empty() ? "error.generic" : error.key, params);
}

namespace {

// The answer for `error` with exactly this status: the JSON body or the error page, whose title names the
// status (a 405 page says 405, not the 400 of its ErrorKind).
Response error_with_status(Context& ctx, int status, const Error& error) {
  const std::string message = error_message(ctx, error);
  Response res;
  if (ctx.api) {
    nlohmann::json body{{"error", {{"code", error.code}, {"message", message}}}};
    if (!error.params.empty()) body["error"]["details"] = error.params;
    res = json_response(status, body);
  } else {
    res = page(ctx, "error", {{"status", std::to_string(status)}, {"message", message}},
               ctx.t("error.title", {{"status", std::to_string(status)}}), status);
  }
  if (status == 429 && error.params.count("retry_after"))
    res.set_header("Retry-After", error.params.at("retry_after"));
  return res;
}

}  // namespace

Response error_response(Context& ctx, const Error& error) {
  return error_with_status(ctx, http_status(error), error);
}

Response error_response(Context& ctx, int status, const std::string& code, const std::string& key,
                        const std::map<std::string, std::string>& params) {
  return error_with_status(ctx, status, Error{error_kind_of(status), code, key, params});
}

nlohmann::json org_view(Context& ctx, std::int64_t org_id, Role role) {
  const auto org = ctx.app.services().orgs->find(org_id);
  return {{"id", org_id},
          {"name", org ? org->name : ""},
          {"role", std::string(role_name(role))},
          {"is_owner", role_at_least(role, Role::owner)},
          {"is_coordinator", role_at_least(role, Role::coordinator)},
          {"is_leader", role_at_least(role, Role::leader)}};
}

}  // namespace forkant::web
