#include "services/outbox.hpp"

#include <algorithm>
#include <chrono>
#include <exception>

namespace forkant {

std::int64_t OutboxService::enqueue(const OutgoingMail& mail) {
  std::int64_t id = 0;
  tx_.transaction([&] { id = store_.enqueue(mail, clock_.now()); });
  return id;
}

std::int64_t backoff_delay(const SenderPolicy& policy, int attempts) {
  std::int64_t delay = std::max<std::int64_t>(1, policy.backoff_base);
  for (int i = 1; i < attempts && delay < policy.backoff_cap; ++i) delay *= 2;
  return std::min(delay, policy.backoff_cap);
}

int OutboxSender::run_once() {
  const std::int64_t now = clock_.now();
  const auto due = store_.claim_due(now, now + policy_.lease, policy_.batch);
  for (const auto& message : due) handle(message);
  return static_cast<int>(due.size());
}

void OutboxSender::handle(const OutboxMessage& message) {
  MailSendResult result;
  try {
    result = transport_.send(message);
  } catch (const std::exception& e) {
    result = {MailSendResult::Outcome::retry, e.what()};
  }
  const int attempt = message.attempts + 1;
  const std::int64_t now = clock_.now();
  SendEvent event{message.id, message.kind, attempt, "sent", result.error, 0};
  if (result.outcome == MailSendResult::Outcome::sent) {
    store_.mark_sent(message.id, attempt, now);
  } else if (result.outcome == MailSendResult::Outcome::rejected || attempt >= policy_.max_attempts) {
    // The server refused the message for good (a 5xx), or it has been tried enough.
    event.outcome = "failed";
    store_.mark_failed(message.id, attempt, now, result.error);
  } else {
    event.outcome = "retry";
    event.next_attempt_at = now + backoff_delay(policy_, attempt);
    store_.mark_retry(message.id, attempt, event.next_attempt_at, result.error);
  }
  if (on_event_) on_event_(event);
}

void OutboxSender::start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { loop(); });
}

void OutboxSender::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void OutboxSender::wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  cv_.notify_all();
}

void OutboxSender::loop() {
  for (;;) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) return;
      woken_ = false;
    }
    int handled = 0;
    try {
      handled = run_once();
    } catch (const std::exception& e) {
      // The database is away for a moment: the next pass tries again.
      if (on_event_) on_event_({0, "", 0, "error", e.what(), 0});
    }
    if (handled > 0) continue;  // more may be due
    std::unique_lock lock(mutex_);
    cv_.wait_for(lock, std::chrono::milliseconds(policy_.poll_ms), [this] { return stopping_ || woken_; });
  }
}

}  // namespace forkant
