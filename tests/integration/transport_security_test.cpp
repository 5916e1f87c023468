// Strict-Transport-Security (OWASP ASVS 14.4.5, level 2) when `--secure-cookies` says TLS is in front:
// on every answer, the server's own refusals included, for at least a year and for subdomains; never
// without the flag (over plain HTTP it would lock people out). And the demo's public password: `forkant
// serve` warns at start-up when it still opens the demo account and the server listens beyond loopback.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "support/server_process.hpp"

namespace forkant::test {
namespace {

constexpr std::int64_t kOneYear = 365 * 24 * 60 * 60;

// The max-age of a Strict-Transport-Security value, or -1.
std::int64_t max_age(const std::string& value) {
  std::smatch m;
  if (!std::regex_search(value, m, std::regex(R"((?:^|;)\s*max-age=(\d+)\s*(?:;|$))"))) return -1;
  return std::stoll(m[1]);
}

TEST(TransportSecurity, BehindTlsEveryAnswerTellsBrowsersToUseHttpsForAYearWithSubdomains) {
  TestServer server;
  server.start({"--secure-cookies"});
  auto browser = server.browser();
  for (const char* path : {"/login", "/no-such-page", "/static/forkant.css", "/healthz"}) {
    const auto res = browser.get(path);
    const std::string hsts = res.header("Strict-Transport-Security");
    EXPECT_GE(max_age(hsts), kOneYear) << path << ": " << hsts;
    EXPECT_NE(hsts.find("includeSubDomains"), std::string::npos) << path << ": " << hsts;
  }
  // A request the server refuses before the application sees it (431: headers too large).
  RawConnection raw(server.port());
  ASSERT_TRUE(raw.send(raw_request("GET", "/", server.port(), {{"X-Big", std::string(20000, 'a')}})));
  const auto refused = raw.read_response();
  ASSERT_TRUE(refused.has_value());
  EXPECT_EQ(refused->status, 431);
  EXPECT_GE(max_age(refused->header("strict-transport-security")), kOneYear);
}

TEST(TransportSecurity, OverPlainHttpNoAnswerCarriesIt) {
  TestServer server;
  server.start();
  auto browser = server.browser();
  for (const char* path : {"/login", "/no-such-page", "/healthz"}) {
    EXPECT_FALSE(browser.get(path).has_header("Strict-Transport-Security")) << path;
  }
}

// `forkant serve` on the server's database, listening on every interface (the TestServer listens on
// 127.0.0.1 only): started, waited for until it says where it listens (a deadline, no sleeping), stopped.
// Returns what it logged.
std::string log_of_serve_on_every_interface(const TestServer& server) {
  const std::string log_path = (server.dir() / "every-interface.log").string();
  std::vector<std::string> args{FORKANT_BINARY, "serve",     "--db",         server.db(),
                                "--listen",     "0.0.0.0:0", "--owner-totp", "optional"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  int out[2];
  if (::pipe2(out, O_CLOEXEC) != 0) return "pipe failed";
  const int log_fd = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(out[1], 1);
    ::dup2(log_fd, 2);
    if (::chdir(server.dir().c_str()) != 0) ::_exit(126);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(out[1]);
  ::close(log_fd);
  std::string said;
  pollfd p{out[0], POLLIN, 0};
  while (said.find('\n') == std::string::npos && ::poll(&p, 1, 30000) > 0) {
    char buf[256];
    const ssize_t n = ::read(out[0], buf, sizeof buf);
    if (n <= 0) break;
    said.append(buf, static_cast<std::size_t>(n));
  }
  ::close(out[0]);
  EXPECT_NE(said.find("forkant listening on http://0.0.0.0:"), std::string::npos) << said;
  ::kill(pid, SIGTERM);
  int status = 0;
  ::waitpid(pid, &status, 0);
  std::ifstream in(log_path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool warned_about_demo_password(const std::string& log) {
  return log.find(R"("event":"demo_password")") != std::string::npos;
}

TEST(DemoPassword, ServeWarnsWhenTheDemoPasswordOpensTheDemoAccountBeyondLoopback) {
  TestServer server;
  server.demo();
  const std::string log = log_of_serve_on_every_interface(server);
  EXPECT_TRUE(warned_about_demo_password(log)) << log;
  EXPECT_EQ(log.find(kDemoOwnerPassword), std::string::npos) << "the warning does not repeat the password";

  // On loopback only this machine reaches it: no warning.
  server.start();
  EXPECT_FALSE(warned_about_demo_password(server.log())) << server.log();
}

TEST(DemoPassword, NoWarningOnceTheDemoPasswordIsChanged) {
  TestServer server;
  server.demo();
  server.start();
  auto owner = server.signed_in(kDemoOwnerEmail, kDemoOwnerPassword);
  const auto changed = owner.submit("/password", {{"current_password", kDemoOwnerPassword},
                                                  {"new_password", "Qv7-Ørred-Lanterne-Smørrebrød"},
                                                  {"repeat_password", "Qv7-Ørred-Lanterne-Smørrebrød"}});
  ASSERT_EQ(changed.status, 303) << changed.body.substr(0, 500);
  ASSERT_EQ(server.stop(), 0);
  // The check runs before serve prints where it listens (which the helper waits for and expects), so a
  // warning would be in the log by then; the "started" line comes after and may not be.
  const std::string log = log_of_serve_on_every_interface(server);
  EXPECT_FALSE(warned_about_demo_password(log)) << log;
}

}  // namespace
}  // namespace forkant::test
