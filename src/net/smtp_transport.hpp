#pragma once
// The outbox's MailTransport over SMTP through libcurl: smtp:// (with STARTTLS when required), smtps://
// (TLS from the start), optional authentication with a password read from a file. One connection per
// message: the outbox sends little, and a connection held open would only go stale.

#include <string>

#include "services/outbox.hpp"

namespace forkant::net {

struct SmtpSettings {
  std::string url;        // smtp://host:port or smtps://host:port
  std::string user;       // empty: no authentication
  std::string password;   // read from --smtp-password-file
  std::string mail_from;  // the envelope and From address
  std::string from_name = "forkant";
  bool require_starttls = false;  // smtp:// only: refuse to send unless the server upgrades to TLS
  long connect_timeout_s = 10;
  long timeout_s = 60;
};

class SmtpTransport final : public MailTransport {
 public:
  explicit SmtpTransport(SmtpSettings settings);
  MailSendResult send(const OutboxMessage& message) override;

 private:
  SmtpSettings settings_;
  std::string domain_;  // of mail_from: the Message-ID's right-hand side
};

}  // namespace forkant::net
