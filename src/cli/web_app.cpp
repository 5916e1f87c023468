#include "cli/web_app.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "web/pages/sso_pages.hpp"

namespace forkant::cli {

web::Services web_services(Environment& env) {
  web::Services services;
  services.accounts = &env.accounts;
  services.orgs = &env.orgs;
  services.audit = env.backend.audit.get();
  services.transactor = env.backend.transactor.get();
  services.assessment = &env.assessment;
  services.decisions = &env.decisions;
  services.initiatives = &env.initiatives;
  services.public_page = &env.public_page;
  services.library = &env.library;
  services.impact = &env.impact;
  services.sharing = &env.sharing;
  services.networks = &env.networks;
  services.peer_benchmark = &env.peer_benchmark;
  services.sso = &env.sso;
  services.round_mail = &env.round_mail;
  services.password_reset = &env.password_reset;
  services.privacy = &env.privacy;
  services.two_factor = &env.two_factor;
  services.own_sessions = &env.own_sessions;
  services.radar = &env.radar;
  services.competence = &env.competence;
  return services;
}

WebApp::WebApp(Environment& env, web::AppConfig config)
    : translator(env.paths.locale_dir),
      templates(env.paths.share_dir + "/templates", translator),
      app(web_services(env), translator, templates, web::StaticFiles(env.paths.share_dir + "/static"),
          std::move(config)) {}

std::string openapi_document(const Environment& env) {
  const std::string path = env.paths.share_dir + "/docs/openapi.json";
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace forkant::cli
