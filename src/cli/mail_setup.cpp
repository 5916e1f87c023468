#include "cli/mail_setup.hpp"

#include <spdlog/spdlog.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "cli/environment.hpp"
#include "formats/mail_message.hpp"
#include "net/smtp_transport.hpp"

namespace forkant::cli {
namespace {

class RunningSender final : public MailSender {
 public:
  RunningSender(Environment& env, net::SmtpSettings settings, SenderPolicy policy)
      : env_(env),
        transport_(std::move(settings)),
        sender_(*env.backend.outbox, transport_, env.clock, policy, [](const SendEvent& e) { log(e); }) {
    env_.outbox.set_wake([this] { sender_.wake(); });
    sender_.start();
  }
  ~RunningSender() override {
    env_.outbox.set_wake({});
    sender_.stop();
  }
  RunningSender(const RunningSender&) = delete;
  RunningSender& operator=(const RunningSender&) = delete;

 private:
  // One line per attempt: the message's id and kind, never its address, subject or body.
  static void log(const SendEvent& e) {
    nlohmann::json line{
        {"event", "mail"}, {"id", e.id}, {"kind", e.kind}, {"attempt", e.attempt}, {"outcome", e.outcome}};
    if (!e.error.empty()) line["error"] = e.error;
    if (e.next_attempt_at > 0) line["next_attempt_at"] = e.next_attempt_at;
    if (e.outcome == "sent") {
      spdlog::info("{}", line.dump());
    } else {
      spdlog::warn("{}", line.dump());
    }
  }
  Environment& env_;
  net::SmtpTransport transport_;
  OutboxSender sender_;
};

std::string first_line_of(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read --smtp-password-file " + path);
  std::string line;
  std::getline(in, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace

std::string mail_options_error(const MailOptions& o) {
  if (o.smtp_url.empty()) {
    if (!o.mail_from.empty() || !o.smtp_user.empty() || !o.smtp_password_file.empty()) {
      return "--mail-from, --smtp-user and --smtp-password-file need --smtp-url";
    }
    return "";
  }
  if (!o.smtp_url.starts_with("smtp://") && !o.smtp_url.starts_with("smtps://")) {
    return "--smtp-url must start with smtp:// or smtps://";
  }
  if (!plausible_mail_address(o.mail_from)) return "--smtp-url needs --mail-from with an e-mail address";
  if (o.smtp_user.empty() != o.smtp_password_file.empty()) {
    return "--smtp-user and --smtp-password-file go together";
  }
  if (o.smtp_starttls && o.smtp_url.starts_with("smtps://")) {
    return "--smtp-starttls is for smtp:// (smtps:// is TLS from the start)";
  }
  return "";
}

std::unique_ptr<MailSender> start_mail(Environment& env, const MailOptions& o) {
  env.outbox.set_configured(!o.smtp_url.empty());
  if (o.smtp_url.empty()) return nullptr;
  net::SmtpSettings settings;
  settings.url = o.smtp_url;
  settings.user = o.smtp_user;
  if (!o.smtp_password_file.empty()) settings.password = first_line_of(o.smtp_password_file);
  settings.mail_from = o.mail_from;
  settings.require_starttls = o.smtp_starttls;
  SenderPolicy policy;
  policy.backoff_base = o.retry_base_seconds;
  policy.max_attempts = o.max_attempts;
  // Woken at once for new mail; otherwise it looks again as often as the first retry is due.
  policy.poll_ms = std::min<std::int64_t>(5000, o.retry_base_seconds * 1000);
  return std::make_unique<RunningSender>(env, std::move(settings), policy);
}

}  // namespace forkant::cli
