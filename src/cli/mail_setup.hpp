#pragma once
// `forkant serve`'s e-mail: the SMTP options, and the outbox's sender thread (services/outbox.hpp) over
// the SMTP transport (net/smtp_transport.hpp). Without --smtp-url nothing is started and the e-mail
// features say that e-mail is not set up (docs/email.md).

#include <memory>
#include <string>

namespace forkant::cli {

struct Environment;

struct MailOptions {
  std::string smtp_url;            // smtp://host:port or smtps://host:port; empty: no e-mail
  std::string smtp_user;           // empty: no authentication
  std::string smtp_password_file;  // the password, first line of the file
  std::string mail_from;           // envelope and From address
  bool smtp_starttls = false;      // smtp:// only: require STARTTLS
  long retry_base_seconds = 60;    // the backoff before the second attempt (doubled each time)
  int max_attempts = 8;
};

// What is wrong with the options ("" when they are fine), for a message and exit code 2.
std::string mail_options_error(const MailOptions& options);

// The running sender; it stops when destroyed (after the server has stopped).
class MailSender {
 public:
  virtual ~MailSender() = default;
};

// Marks the outbox as configured and starts the sender when --smtp-url is given; nullptr otherwise.
// Throws when the password file cannot be read.
std::unique_ptr<MailSender> start_mail(Environment& env, const MailOptions& options);

}  // namespace forkant::cli
