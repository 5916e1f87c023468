// forkant serve: load everything, refuse to start on a broken template or catalogue, then serve.
#include <malloc.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <iostream>
#include <thread>

#include "cli/commands.hpp"
#include "cli/demo_account.hpp"
#include "cli/environment.hpp"
#include "cli/key_file.hpp"
#include "cli/metrics_listener.hpp"
#include "cli/security_log_file.hpp"
#include "cli/version.hpp"
#include "cli/web_app.hpp"
#include "services/metrics.hpp"
#include "services/password_quality.hpp"
#include "storage/database_lock.hpp"
#include "storage/open.hpp"
#include "web/client_address.hpp"
#include "web/rate_limits.hpp"
#include "web/server/http_server.hpp"

namespace forkant::cli {
namespace {

void setup_logging() {
  // One JSON object per line on stderr; stdout is kept for what scripts read (the listening address).
  auto logger = spdlog::stderr_logger_mt("forkant");
  logger->set_pattern(R"({"t":"%Y-%m-%dT%H:%M:%S.%eZ","level":"%l","msg":%v})",
                      spdlog::pattern_time_type::utc);
  spdlog::set_default_logger(logger);
}

}  // namespace

int serve(const ServeOptions& options) {
  setup_logging();
  const auto colon = options.listen.rfind(':');
  if (colon == std::string::npos) {
    std::cerr << "forkant serve: --listen must be HOST:PORT, e.g. 127.0.0.1:8080\n";
    return 2;
  }
  web::ServerOptions server_options;
  server_options.host = options.listen.substr(0, colon);
  if (!server_options.host.empty() && server_options.host.front() == '[') {
    server_options.host = server_options.host.substr(1, server_options.host.size() - 2);
  }
  try {
    server_options.port = static_cast<std::uint16_t>(std::stoi(options.listen.substr(colon + 1)));
  } catch (const std::exception&) {
    std::cerr << "forkant serve: the port in --listen is not a number\n";
    return 2;
  }
  for (const auto& proxy : options.trusted_proxies) {
    if (web::normalise_address(proxy).empty()) {
      std::cerr << "forkant serve: --trusted-proxy must be an IP address: " << proxy << "\n";
      return 2;
    }
  }
  if (const std::string problem = mail_options_error(options.mail); !problem.empty()) {
    std::cerr << "forkant serve: " << problem << "\n";
    return 2;
  }
  web::RateLimitTable rate_limits;
  for (const auto& spec : options.rate_limits) {
    if (!web::apply_rate_limit_option(rate_limits, spec)) {
      std::cerr << "forkant serve: --rate-limit must be COST=ACCOUNT/ORG, e.g. export=60/240: " << spec
                << "\n";
      return 2;
    }
  }
  std::string log_problem;
  auto security_log = open_security_log(options.security_log, log_problem);
  if (!security_log) {
    std::cerr << "forkant serve: cannot open --security-log " << options.security_log << ": " << log_problem
              << "\n";
    return 2;
  }
  // ASVS 2.1.7: without cracklib's dictionary no new password could be checked (each would be refused).
  if (const auto dictionary = password_dictionary_status(); !dictionary) {
    std::cerr
        << "forkant serve: the dictionary of common passwords cannot be read (install cracklib-runtime)\n";
    return 1;
  }
  std::optional<ListenAddress> metrics_address;
  if (!options.metrics_listen.empty()) {
    metrics_address = parse_listen_address(options.metrics_listen);
    if (!metrics_address) {
      std::cerr << "forkant serve: --metrics-listen must be HOST:PORT, e.g. 127.0.0.1:9464\n";
      return 2;
    }
  }
  // A SQLite file is served by one process, and forkant restore must not replace it under this one
  // (storage/database_lock.hpp): held until the process ends.
  const auto database_lock = DatabaseLock::try_take(options.db);
  if (!database_lock) {
    std::cerr << "forkant serve: another forkant process is serving " << options.db << " ("
              << DatabaseLock::path_for(options.db) << " is locked)\n";
    return 2;
  }
  // Four workers per core, at least eight: a worker whose write waits for its commit's fsync holds no
  // CPU, and writes share a commit only when several wait together (group commit, README). Measured on
  // 2 cores, 16 clients saving: 2 workers 1,165 saves/s, 8 workers 3,291/s, 16 workers 2,806/s.
  const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  server_options.strict_transport_security = options.secure_cookies;  // TLS is in front (ASVS 14.4.5)
  server_options.worker_threads = options.workers > 0 ? options.workers : std::max(8, 4 * cores);
  // glibc gives each thread that allocates its own arena (up to eight per core), and every arena keeps
  // what was freed in it: with four workers per core that was +7 MB resident for nothing. One arena per
  // core is enough for threads that mostly wait.
  mallopt(M_ARENA_MAX, cores);

  Environment env(options.db);
  if (const auto key_path = key_file_path(options.key_file, options.db)) {
    // Created only where forkant chose the path itself (beside a SQLite database); a named file must exist.
    env.secret_box.set_key(read_key_file(*key_path, options.key_file.empty()));
  } else {
    spdlog::warn(
        R"({{"event":"no_key_file","msg":"without --key-file, TOTP and single sign-on cannot be set up"}})");
  }
  if (!options.ca_file.empty()) env.http.set_ca_file(options.ca_file);
  // The demo's password is public (README, `forkant demo`): reachable from other machines, anyone could
  // sign in as the demo owner. Not an error: a demo on a laptop's LAN is legitimate.
  if (!is_loopback_host(server_options.host) && demo_password_in_use(env)) {
    spdlog::warn(
        R"({{"event":"demo_password","msg":"the demo account {} still has the password forkant demo printed, and forkant listens beyond loopback: anyone who can reach it can sign in as its owner. Change the password or listen on 127.0.0.1"}})",
        kDemoEmail);
  }
  env.two_factor.set_owner_policy(options.owner_totp == "optional" ? OwnerTotp::optional
                                                                   : OwnerTotp::required);
  WebApp web(env, {options.secure_cookies, options.public_url, openapi_document(env), options.trusted_proxies,
                   std::move(*security_log), rate_limits});
  web::App& app = web.app;

  // Reports run on a lane of their own, one thread per two cores (web/server/http_server.hpp): printing
  // is CPU and memory, never waiting on a commit.
  server_options.report_threads = std::max(1, cores / 2);
  server_options.prints_report = [&app](const web::Request& req) {
    return app.router().prints_report(req.method, req.path);
  };
  // The outbox's sender (docs/email.md): stopped after the server, before the environment goes.
  const std::unique_ptr<MailSender> mail = start_mail(env, options.mail);
  // GET /metrics on a listener of its own (cli/metrics_listener.hpp, services/metrics.hpp).
  RequestMetrics request_metrics;
  MetricsSources metrics_sources{&request_metrics,
                                 env.backend.transactor.get(),
                                 env.backend.ops_stats.get(),
                                 nullptr,
                                 forkant_version(),
                                 is_postgresql_url(options.db) ? "postgresql" : "sqlite"};
  metrics_sources.outbox_queued = [&env] { return env.backend.outbox->queued_count(); };
  std::unique_ptr<MetricsListener> metrics;
  if (metrics_address) {
    server_options.answered = [&request_metrics](std::string_view route, std::string_view method, int status,
                                                 double seconds) {
      request_metrics.observe(route, method, status, seconds);
    };
    metrics = std::make_unique<MetricsListener>(*metrics_address,
                                                [&metrics_sources] { return metrics_text(metrics_sources); });
  }
  web::HttpServer server(server_options, [&app](web::Request& req) { return app.handle(req); });
  server.bind();
  if (metrics) {
    spdlog::info(R"({{"event":"metrics","port":{}}})", metrics->port());
    metrics->start();
  }
  std::cout << "forkant listening on http://" << options.listen.substr(0, colon) << ":" << server.port()
            << std::endl;
  spdlog::info(R"({{"event":"started","port":{},"workers":{},"report_workers":{}}})", server.port(),
               server_options.worker_threads, server_options.report_threads);
  server.run();
  // How many writes shared a commit (README, "Group commit"): counts only, nothing of the requests.
  const CommitStats commits = env.backend.transactor->commit_stats();
  spdlog::info(R"({{"event":"stopped","writes":{},"commits":{},"largest_batch":{}}})", commits.writes,
               commits.batches, commits.largest);
  return 0;
}

}  // namespace forkant::cli
