#include "app/in_process_server.hpp"

#include <gtest/gtest.h>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <stdexcept>

#include "cli/environment.hpp"
#include "cli/web_app.hpp"
#include "web/server/http_server.hpp"

namespace forkant::test {
namespace {

// The log of every in-process server of this test process (spdlog's default logger is process-wide),
// kept as text that the test reads under the sink's own lock.
class CapturingSink final : public spdlog::sinks::base_sink<std::mutex> {
 public:
  std::string text() {
    std::lock_guard lock(mutex_);
    return text_;
  }

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    spdlog::memory_buf_t formatted;
    formatter_->format(msg, formatted);
    text_.append(formatted.data(), formatted.size());
  }
  void flush_() override {}

 private:
  std::string text_;
};

std::shared_ptr<CapturingSink> capture_log() {
  static std::shared_ptr<CapturingSink> sink;
  static std::once_flag once;
  std::call_once(once, [] {
    sink = std::make_shared<CapturingSink>();
    auto logger = std::make_shared<spdlog::logger>("forkant", sink);
    // The format of `forkant serve` (cli/serve.cpp).
    logger->set_pattern(R"({"t":"%Y-%m-%dT%H:%M:%S.%eZ","level":"%l","msg":%v})",
                        spdlog::pattern_time_type::utc);
    spdlog::set_default_logger(logger);
  });
  return sink;
}

}  // namespace

std::int64_t ManualClock::now() const {
  if (throw_.exchange(false)) {
    std::lock_guard lock(what_mutex_);
    throw std::runtime_error(what_);
  }
  return now_.load();
}

void ManualClock::throw_next(std::string what) {
  {
    std::lock_guard lock(what_mutex_);
    what_ = std::move(what);
  }
  throw_ = true;
}

InProcessServer::InProcessServer(const TestServer& files, web::AppConfig config) {
  capture_log();
  clock.set(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
  env_ = std::make_unique<cli::Environment>(files.db(), cli::Paths::defaults(),
                                            cli::EnvironmentOptions{&clock, &faults});
  // As the TestServer starts `forkant serve`: the suites sign in as owners without a second factor.
  env_->two_factor.set_owner_policy(OwnerTotp::optional);
  if (config.openapi_json.empty()) config.openapi_json = cli::openapi_document(*env_);
  web_ = std::make_unique<cli::WebApp>(*env_, std::move(config));
  web::ServerOptions options;
  options.host = "127.0.0.1";
  options.port = 0;
  options.worker_threads = 4;
  options.handle_signals = false;
  web::App& app = web_->app;
  server_ = std::make_unique<web::HttpServer>(options, [&app](web::Request& req) { return app.handle(req); });
  server_->bind();
  port_ = server_->port();
  thread_ = std::thread([this] { server_->run(); });
}

InProcessServer::~InProcessServer() {
  faults.disarm();
  server_->stop();
  thread_.join();
}

Browser InProcessServer::api(const std::string& token) const {
  Browser b = browser();
  b.set_default_header("Authorization", "Bearer " + token);
  return b;
}

Browser InProcessServer::signed_in(const std::string& email, const std::string& password) const {
  Browser b = browser();
  const auto res = b.sign_in(email, password);
  EXPECT_EQ(res.status, 303) << "sign-in of " << email << " refused: " << res.body;
  return b;
}

std::string InProcessServer::log() const {
  return capture_log()->text();
}

}  // namespace forkant::test
