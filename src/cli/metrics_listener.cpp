#include "cli/metrics_listener.hpp"

#include "formats/prometheus_text.hpp"

namespace forkant::cli {

std::optional<ListenAddress> parse_listen_address(const std::string& text) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos) return std::nullopt;
  ListenAddress out;
  out.host = text.substr(0, colon);
  if (out.host.size() >= 2 && out.host.front() == '[' && out.host.back() == ']') {
    out.host = out.host.substr(1, out.host.size() - 2);
  }
  if (out.host.empty()) out.host = "0.0.0.0";
  const std::string port = text.substr(colon + 1);
  if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  const int number = std::stoi(port);
  if (number > 65535) return std::nullopt;
  out.port = static_cast<std::uint16_t>(number);
  return out;
}

MetricsListener::MetricsListener(const ListenAddress& address, std::function<std::string()> text)
    : text_(std::move(text)) {
  web::ServerOptions options;
  options.host = address.host;
  options.port = address.port;
  options.worker_threads = 1;  // a scrape every few seconds
  options.report_threads = 1;
  options.handle_signals = false;  // the main listener's stop ends this one (the destructor)
  server_ = std::make_unique<web::HttpServer>(options, [this](web::Request& req) {
    web::Response res;
    res.log_route = "/metrics";
    if (req.path != "/metrics") {
      res.status = 404;
      res.log_route = web::kUnmatchedRoute;
      res.set_header("Content-Type", "text/plain; charset=utf-8");
      res.body = "Not Found: only /metrics is served here\n";
    } else if (req.method != "GET") {
      res.status = 405;
      res.set_header("Allow", "GET");
      res.set_header("Content-Type", "text/plain; charset=utf-8");
      res.body = "Method Not Allowed\n";
    } else {
      res.set_header("Content-Type", kPrometheusContentType);
      res.set_header("Cache-Control", "no-store");
      res.body = text_();
    }
    return res;
  });
  server_->bind();
}

void MetricsListener::start() {
  thread_ = std::thread([this] { server_->run(); });
}

MetricsListener::~MetricsListener() {
  if (thread_.joinable()) {
    server_->stop();
    thread_.join();
  }
}

}  // namespace forkant::cli
