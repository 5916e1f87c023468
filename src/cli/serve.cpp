// forkant serve: load everything, refuse to start on a broken template or catalogue, then serve.
#include <malloc.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <iostream>
#include <thread>

#include "cli/commands.hpp"
#include "cli/environment.hpp"
#include "cli/key_file.hpp"
#include "cli/web_app.hpp"
#include "web/client_address.hpp"
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
  // Four workers per core, at least eight: a worker whose write waits for its commit's fsync holds no
  // CPU, and writes share a commit only when several wait together (group commit, README). Measured on
  // 2 cores, 16 clients saving: 2 workers 1,165 saves/s, 8 workers 3,291/s, 16 workers 2,806/s.
  const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
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
  env.two_factor.set_owner_policy(options.owner_totp == "optional" ? OwnerTotp::optional
                                                                   : OwnerTotp::required);
  WebApp web(env,
             {options.secure_cookies, options.public_url, openapi_document(env), options.trusted_proxies});
  web::App& app = web.app;

  // Reports run on a lane of their own, one thread per two cores (web/server/http_server.hpp): printing
  // is CPU and memory, never waiting on a commit.
  server_options.report_threads = std::max(1, cores / 2);
  server_options.prints_report = [&app](const web::Request& req) {
    return app.router().prints_report(req.method, req.path);
  };
  web::HttpServer server(server_options, [&app](web::Request& req) { return app.handle(req); });
  server.bind();
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
