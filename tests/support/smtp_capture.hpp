#pragma once
// A real SMTP server for the integration tests: tests/support/smtp_capture.py (aiosmtpd) on 127.0.0.1
// and a free port, started by the test, capturing each message. Its events are read from a pipe with a
// deadline, never by sleeping.
//
//   SmtpCapture smtp;                          // listening once constructed
//   server.start({"--smtp-url", smtp.url(), "--mail-from", "forkant@example.dk"});
//   auto mail = smtp.next_message();           // waits at most 30 s
//   EXPECT_EQ(mail["to"], "<someone@example.dk>");

#include <sys/types.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>

namespace forkant::test {

class SmtpCapture {
 public:
  // `refuse_first`: the first connections are answered 421 and closed (a server that is down).
  explicit SmtpCapture(int refuse_first = 0);
  ~SmtpCapture();
  SmtpCapture(const SmtpCapture&) = delete;
  SmtpCapture& operator=(const SmtpCapture&) = delete;

  int port() const { return port_; }
  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }
  // The next event (see the script), or a JSON null after `timeout`.
  nlohmann::json next_event(std::chrono::milliseconds timeout = std::chrono::seconds(30));
  // The next captured message, skipping nothing: a "refused" event first is a test failure (null).
  nlohmann::json next_message(std::chrono::milliseconds timeout = std::chrono::seconds(30));

 private:
  pid_t pid_ = -1;
  int stdin_fd_ = -1;
  int stdout_fd_ = -1;
  int port_ = 0;
  std::string buffer_;
};

// The first http(s)://... URL in `text`, or "".
std::string first_link(const std::string& text);

}  // namespace forkant::test
