#pragma once
// forkant serve --metrics-listen HOST:PORT: GET /metrics (Prometheus text) on a listener of its own, so
// that the figures are reachable from the monitoring network only and never through the public address
// (the main listener has no /metrics). Nothing else is served there.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "web/server/http_server.hpp"

namespace forkant::cli {

struct ListenAddress {
  std::string host;  // without the brackets of an IPv6 address
  std::uint16_t port = 0;
};
// "127.0.0.1:9464", "[::1]:9464", ":9464" (every address); nullopt when it is not HOST:PORT.
std::optional<ListenAddress> parse_listen_address(const std::string& text);

class MetricsListener {
 public:
  // Binds at once (throws when the address is taken); `text` is asked for the body at each scrape.
  MetricsListener(const ListenAddress& address, std::function<std::string()> text);
  ~MetricsListener();  // stops serving and waits for its thread
  MetricsListener(const MetricsListener&) = delete;
  MetricsListener& operator=(const MetricsListener&) = delete;

  std::uint16_t port() const { return server_->port(); }
  // Serves on a thread of its own until destroyed.
  void start();

 private:
  std::function<std::string()> text_;
  std::unique_ptr<web::HttpServer> server_;
  std::thread thread_;
};

}  // namespace forkant::cli
