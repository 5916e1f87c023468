#pragma once
// The HTTP/1.1 server: Boost.Beast on one io_context thread for all socket I/O, with every handler call
// posted to a worker pool, so a slow request (argon2id) never stalls the others, and every report posted
// to a report lane of its own.
// Keep-alive, header and body limits (431/413), read timeouts, an access log line per request, and a
// graceful stop: on SIGTERM/SIGINT it stops accepting, lets in-flight requests finish, closes idle
// connections, and run() returns.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "web/http.hpp"

namespace forkant::web {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port
  int worker_threads = 2;
  // The report lane: requests `prints_report` picks (PDFs, workbooks: 50-300 ms of CPU each) run on their
  // own threads at a lower CPU priority, so a board printing eight reports at once queues behind itself
  // and never holds up the workers that answer pages; the lane's size also bounds the memory they take.
  int report_threads = 1;
  std::function<bool(const Request&)> prints_report;
  // Told of every answer, as the access log writes it (route pattern, never the path), with the seconds
  // it took: GET /metrics counts them (services/metrics.hpp). Called on the thread that answered.
  std::function<void(std::string_view route, std::string_view method, int status, double seconds)> answered;
  std::size_t header_limit = 16 * 1024;
  std::size_t body_limit = 1024 * 1024;
  int read_timeout_seconds = 30;
  int idle_timeout_seconds = 60;
  bool handle_signals = true;
  // Every answer carries Strict-Transport-Security (web/security_headers.hpp): TLS is in front.
  bool strict_transport_security = false;
};

class HttpServer {
 public:
  HttpServer(ServerOptions options, Handler handler);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds the socket; after this, port() is the real port. Throws on failure (address in use).
  void bind();
  std::uint16_t port() const;
  // Serves until stop() or a signal; returns once in-flight requests have been answered.
  void run();
  // Thread-safe: begins the graceful stop.
  void stop();

  struct Impl;  // defined in the .cpp, the only place that sees Beast

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace forkant::web
