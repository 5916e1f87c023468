#pragma once
// The web application over an Environment: the catalogues, templates and services wired as `forkant
// serve` serves them. Commands that print what a page would (forkant report board) call the same
// builders on it without a server.

#include <string>

#include "cli/environment.hpp"
#include "render/i18n.hpp"
#include "render/templates.hpp"
#include "web/app.hpp"

namespace forkant::cli {

// The services of `env` as the App sees them.
web::Services web_services(Environment& env);

struct WebApp {
  WebApp(Environment& env, web::AppConfig config);

  Translator translator;
  Templates templates;
  web::App app;
};

// The OpenAPI document the App serves (docs/openapi.json in the share folder).
std::string openapi_document(const Environment& env);

}  // namespace forkant::cli
