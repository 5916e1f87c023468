#pragma once
// E-mail through an outbox (docs/email.md). A use case that mails (a private link, a reminder, a password
// reset, a member invitation) writes the message with OutboxService::enqueue inside its own transaction:
// nothing is sent while a request runs, and a request that rolls back sends nothing. The OutboxSender, a
// thread of its own started by `forkant serve`, claims due messages, hands them to a MailTransport (SMTP
// through libcurl: net/smtp_transport.hpp) and retries with exponential backoff until a limit.

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "services/clock.hpp"
#include "services/transactor.hpp"

namespace forkant {

// A message to write. `round_id`: a respondent's mail, deleted unsent when its round closes.
struct OutgoingMail {
  std::string kind;  // invitation, reminder, password_reset/_changed, member_invitation (counts, logs)
  std::string recipient;
  std::string subject;
  std::string body;  // plain text, UTF-8
  std::optional<std::int64_t> round_id;
};

// A message a sender has claimed.
struct OutboxMessage {
  std::int64_t id = 0;
  std::string kind;
  std::string recipient;
  std::string subject;
  std::string body;
  int attempts = 0;  // attempts made before this one
};

class OutboxStore {
 public:
  virtual ~OutboxStore() = default;
  virtual std::int64_t enqueue(const OutgoingMail& mail, std::int64_t now) = 0;
  // Takes up to `limit` messages due at `now` that no sender holds, for this sender until `lease_until`
  // (a sender that dies mid-send leaves them to another after the lease). Safe with several instances on
  // one database: a message is claimed by one of them.
  virtual std::vector<OutboxMessage> claim_due(std::int64_t now, std::int64_t lease_until, int limit) = 0;
  // Sent: the address and the body are emptied.
  virtual void mark_sent(std::int64_t id, int attempts, std::int64_t now) = 0;
  // Not sent this time; tried again from `next_attempt_at`. `error` names no address.
  virtual void mark_retry(std::int64_t id, int attempts, std::int64_t next_attempt_at,
                          const std::string& error) = 0;
  // Given up: the address and the body are emptied, the error kept.
  virtual void mark_failed(std::int64_t id, int attempts, std::int64_t now, const std::string& error) = 0;
  // Messages not yet sent nor given up (the metrics' outbox gauge).
  virtual std::int64_t queued_count() = 0;
  // A closed round's unsent mail: its links are dead.
  virtual int delete_unsent_round_mail(std::int64_t round_id) = 0;
};

// What a transport did with one message.
struct MailSendResult {
  enum class Outcome { sent, retry, rejected };
  Outcome outcome = Outcome::sent;
  std::string error;  // never an address
};

class MailTransport {
 public:
  virtual ~MailTransport() = default;
  virtual MailSendResult send(const OutboxMessage& message) = 0;
};

class OutboxService {
 public:
  OutboxService(OutboxStore& store, Transactor& tx, const Clock& clock)
      : store_(store), tx_(tx), clock_(clock) {}

  // A mail server was given (--smtp-url); without one the e-mail features say that e-mail is not set up
  // and nothing is written to the outbox. Set by serve before the first request.
  bool configured() const { return configured_; }
  void set_configured(bool configured) { configured_ = configured; }
  // Writes `mail` in the caller's transaction (or one of its own). Call wake() after the transaction
  // committed to have it sent at once rather than at the sender's next poll.
  std::int64_t enqueue(const OutgoingMail& mail);
  // The sender's wake-up, set by serve.
  void set_wake(std::function<void()> wake) { wake_ = std::move(wake); }
  void wake() const {
    if (wake_) wake_();
  }
  std::int64_t queued_count() { return store_.queued_count(); }
  int delete_unsent_round_mail(std::int64_t round_id) { return store_.delete_unsent_round_mail(round_id); }

 private:
  OutboxStore& store_;
  Transactor& tx_;
  const Clock& clock_;
  bool configured_ = false;
  std::function<void()> wake_;
};

struct SenderPolicy {
  int max_attempts = 8;             // then the message is given up (failed_at)
  std::int64_t backoff_base = 60;   // seconds before the second attempt; doubled after each failure
  std::int64_t backoff_cap = 3600;  // never more than an hour between attempts
  std::int64_t lease = 300;         // how long a claim holds before another sender may take the message
  int batch = 20;                   // messages claimed at a time
  std::int64_t poll_ms = 5000;      // how often the sender looks without being woken
};

// Seconds to wait after the `attempts`-th failed attempt (1 → base, 2 → 2·base, ...), at most the cap.
std::int64_t backoff_delay(const SenderPolicy& policy, int attempts);

// What the sender did with one message, for the log (never the address or the body).
struct SendEvent {
  std::int64_t id = 0;
  std::string kind;
  int attempt = 0;
  std::string outcome;  // sent, retry, failed
  std::string error;
  std::int64_t next_attempt_at = 0;
};

class OutboxSender {
 public:
  OutboxSender(OutboxStore& store, MailTransport& transport, const Clock& clock, SenderPolicy policy,
               std::function<void(const SendEvent&)> on_event = {})
      : store_(store),
        transport_(transport),
        clock_(clock),
        policy_(policy),
        on_event_(std::move(on_event)) {}
  ~OutboxSender() { stop(); }
  OutboxSender(const OutboxSender&) = delete;
  OutboxSender& operator=(const OutboxSender&) = delete;

  // Claims and sends what is due now; the number of messages handled. One pass of the thread's loop.
  int run_once();
  void start();
  // Stops the thread after the message it is sending (if any).
  void stop();
  void wake();

 private:
  void loop();
  void handle(const OutboxMessage& message);
  OutboxStore& store_;
  MailTransport& transport_;
  const Clock& clock_;
  SenderPolicy policy_;
  std::function<void(const SendEvent&)> on_event_;
  std::mutex mutex_;
  std::condition_variable cv_;
  bool stopping_ = false;
  bool woken_ = false;
  std::thread thread_;
};

}  // namespace forkant
