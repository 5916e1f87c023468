#include "support/smtp_capture.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <regex>
#include <vector>

#ifndef FORKANT_SOURCE_DIR
#error "FORKANT_SOURCE_DIR must name the source tree"
#endif

namespace forkant::test {

SmtpCapture::SmtpCapture(int refuse_first) {
  int in[2];
  int out[2];
  if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0) {
    ADD_FAILURE() << "pipe failed";
    return;
  }
  const std::string script = std::string(FORKANT_SOURCE_DIR) + "/tests/support/smtp_capture.py";
  const std::string refuse = std::to_string(refuse_first);
  pid_ = ::fork();
  if (pid_ == 0) {
    ::dup2(in[0], STDIN_FILENO);
    ::dup2(out[1], STDOUT_FILENO);
    // Debian's interpreter: python3-aiosmtpd is installed for it.
    std::vector<char*> argv{const_cast<char*>("/usr/bin/python3"), const_cast<char*>(script.c_str()),
                            const_cast<char*>("--refuse-first"), const_cast<char*>(refuse.c_str()), nullptr};
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  stdin_fd_ = in[1];
  stdout_fd_ = out[0];
  const auto ready = next_event(std::chrono::seconds(30));
  if (!ready.is_object() || ready.value("event", "") != "listening") {
    ADD_FAILURE() << "the SMTP capture server did not start: " << ready.dump();
    return;
  }
  port_ = ready.at("port").get<int>();
}

SmtpCapture::~SmtpCapture() {
  if (stdin_fd_ >= 0) ::close(stdin_fd_);  // the script stops when its stdin closes
  if (pid_ > 0) {
    int status = 0;
    // It exits at once on EOF; a hung one is ended rather than waited for.
    for (int i = 0; i < 2; ++i) {
      if (::waitpid(pid_, &status, i == 0 ? WNOHANG : 0) == pid_) break;
      if (i == 0) ::kill(pid_, SIGTERM);
    }
  }
  if (stdout_fd_ >= 0) ::close(stdout_fd_);
}

nlohmann::json SmtpCapture::next_event(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    if (const auto nl = buffer_.find('\n'); nl != std::string::npos) {
      const std::string line = buffer_.substr(0, nl);
      buffer_.erase(0, nl + 1);
      return nlohmann::json::parse(line, nullptr, false);
    }
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now())
            .count();
    if (left <= 0 || stdout_fd_ < 0) return nullptr;
    pollfd p{stdout_fd_, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left)) <= 0) return nullptr;
    char chunk[65536];
    const ssize_t n = ::read(stdout_fd_, chunk, sizeof chunk);
    if (n <= 0) return nullptr;
    buffer_.append(chunk, static_cast<std::size_t>(n));
  }
}

nlohmann::json SmtpCapture::next_message(std::chrono::milliseconds timeout) {
  auto event = next_event(timeout);
  if (!event.is_object() || event.value("event", "") != "message") {
    ADD_FAILURE() << "expected a captured message, got: " << event.dump();
    return nullptr;
  }
  return event;
}

std::string first_link(const std::string& text) {
  std::smatch m;
  if (std::regex_search(text, m, std::regex(R"(https?://[^\s]+)"))) return m.str();
  return "";
}

}  // namespace forkant::test
