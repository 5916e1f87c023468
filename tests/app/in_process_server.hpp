#pragma once
// The whole application in this process, served by the real HTTP server on a loopback port, with a clock
// the test moves and a fault injector the test arms (cli::EnvironmentOptions): for what a separate
// process cannot show, such as a session at exactly 30 minutes of idleness, or the database failing at
// the n-th statement of a request. Its database is the one of a TestServer (a file in its folder, or its
// own PostgreSQL database in the suite's second pass), so the CLI (demo, add_user, create_token) and
// database_facts.hpp work on it as usual; the TestServer is never started.
//
//   TestServer files;
//   files.demo();
//   InProcessServer app(files);          // starts serving; the clock stands at the system time
//   auto browser = app.signed_in(kDemoOwnerEmail, kDemoOwnerPassword);
//   app.clock.advance(30 * 60);
//   EXPECT_EQ(browser.get("/").status, 303);

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "services/clock.hpp"
#include "storage/fault_injector.hpp"
#include "support/server_process.hpp"
#include "web/app.hpp"

namespace forkant::cli {
struct Environment;
struct WebApp;
}  // namespace forkant::cli

namespace forkant::web {
class HttpServer;
}  // namespace forkant::web

namespace forkant::test {

// A clock that stands still until the test moves it. Thread-safe. throw_next() makes its next reading
// throw: an unexpected exception in the middle of a request, wherever the request first asks the time.
class ManualClock final : public Clock {
 public:
  std::int64_t now() const override;
  void set(std::int64_t unix_seconds) { now_ = unix_seconds; }
  void advance(std::int64_t seconds) { now_ += seconds; }
  void throw_next(std::string what);

 private:
  std::atomic<std::int64_t> now_{0};
  mutable std::atomic<bool> throw_{false};
  mutable std::mutex what_mutex_;
  std::string what_;
};

class InProcessServer {
 public:
  explicit InProcessServer(const TestServer& files, web::AppConfig config = {});
  ~InProcessServer();
  InProcessServer(const InProcessServer&) = delete;
  InProcessServer& operator=(const InProcessServer&) = delete;

  // Declared before the environment, which holds them.
  ManualClock clock;
  FaultInjector faults;

  int port() const { return port_; }
  Browser browser() const { return Browser("127.0.0.1", port_); }
  Browser api(const std::string& token) const;
  Browser signed_in(const std::string& email, const std::string& password) const;
  cli::Environment& env() { return *env_; }
  // Everything the application logged since it started (JSON lines, as `forkant serve` writes them).
  std::string log() const;

 private:
  std::unique_ptr<cli::Environment> env_;
  std::unique_ptr<cli::WebApp> web_;
  std::unique_ptr<web::HttpServer> server_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace forkant::test
