// The outbox's sender on an in-memory outbox and a scripted transport, with a fixed clock: a message the
// server does not take is tried again after 1, 2, 4, ... backoff steps (never before), given up after the
// last attempt, and given up at once on the server's final no; sent messages are done. The waits are
// the policy's, not the wall clock's.
#include <gtest/gtest.h>

#include <deque>
#include <map>

#include "fakes/fixed_clock.hpp"
#include "services/outbox.hpp"

namespace forkant::test {
namespace {

struct Row {
  OutboxMessage message;
  std::int64_t next_attempt_at = 0;
  std::int64_t claimed_until = 0;
  bool sent = false;
  bool failed = false;
  std::string error;
};

class MemoryOutbox final : public OutboxStore {
 public:
  std::int64_t enqueue(const OutgoingMail& m, std::int64_t now) override {
    const auto id = static_cast<std::int64_t>(rows.size()) + 1;
    rows[id] = {{id, m.kind, m.recipient, m.subject, m.body, 0}, now};
    return id;
  }
  std::vector<OutboxMessage> claim_due(std::int64_t now, std::int64_t lease_until, int limit) override {
    std::vector<OutboxMessage> out;
    for (auto& [id, r] : rows) {
      if (static_cast<int>(out.size()) == limit) break;
      if (r.sent || r.failed || r.next_attempt_at > now || r.claimed_until > now) continue;
      r.claimed_until = lease_until;
      out.push_back(r.message);
    }
    return out;
  }
  void mark_sent(std::int64_t id, int attempts, std::int64_t) override {
    rows[id].sent = true;
    rows[id].message.attempts = attempts;
  }
  void mark_retry(std::int64_t id, int attempts, std::int64_t next, const std::string& error) override {
    rows[id].message.attempts = attempts;
    rows[id].next_attempt_at = next;
    rows[id].claimed_until = 0;
    rows[id].error = error;
  }
  void mark_failed(std::int64_t id, int attempts, std::int64_t, const std::string& error) override {
    rows[id].failed = true;
    rows[id].message.attempts = attempts;
    rows[id].error = error;
  }
  std::int64_t queued_count() override {
    std::int64_t n = 0;
    for (const auto& [id, r] : rows) n += (!r.sent && !r.failed) ? 1 : 0;
    return n;
  }
  int delete_unsent_round_mail(std::int64_t) override { return 0; }
  std::map<std::int64_t, Row> rows;
};

// Answers each send with the next scripted outcome (sent once the script is used up).
class ScriptedTransport final : public MailTransport {
 public:
  MailSendResult send(const OutboxMessage&) override {
    ++sends;
    if (script.empty()) return {MailSendResult::Outcome::sent, ""};
    auto next = script.front();
    script.pop_front();
    return next;
  }
  std::deque<MailSendResult> script;
  int sends = 0;
};

const MailSendResult kDown{MailSendResult::Outcome::retry, "Couldn't connect to server"};

TEST(OutboxSender, BackoffDoublesUpToTheCap) {
  SenderPolicy p;
  p.backoff_base = 60;
  p.backoff_cap = 3600;
  EXPECT_EQ(backoff_delay(p, 1), 60);
  EXPECT_EQ(backoff_delay(p, 2), 120);
  EXPECT_EQ(backoff_delay(p, 3), 240);
  EXPECT_EQ(backoff_delay(p, 6), 1920);
  EXPECT_EQ(backoff_delay(p, 7), 3600);
  EXPECT_EQ(backoff_delay(p, 40), 3600);
}

TEST(OutboxSender, AMessageTheServerDoesNotTakeIsRetriedAfterEachBackoffAndSentLater) {
  FixedClock clock;
  MemoryOutbox outbox;
  ScriptedTransport transport;
  transport.script = {kDown, kDown, kDown};
  SenderPolicy policy;
  policy.backoff_base = 60;
  std::vector<SendEvent> events;
  OutboxSender sender(outbox, transport, clock, policy, [&](const SendEvent& e) { events.push_back(e); });
  const auto id = outbox.enqueue({"password_reset", "a@x.dk", "Emne", "Tekst", std::nullopt}, clock.now());

  EXPECT_EQ(sender.run_once(), 1);
  EXPECT_EQ(outbox.rows[id].message.attempts, 1);
  EXPECT_EQ(outbox.rows[id].next_attempt_at, clock.now() + 60);
  clock.advance(59);
  EXPECT_EQ(sender.run_once(), 0) << "retried before the backoff";
  clock.advance(1);
  EXPECT_EQ(sender.run_once(), 1);
  EXPECT_EQ(outbox.rows[id].next_attempt_at, clock.now() + 120) << "the backoff did not double";
  clock.advance(119);
  EXPECT_EQ(sender.run_once(), 0);
  clock.advance(1);
  EXPECT_EQ(sender.run_once(), 1);
  EXPECT_EQ(outbox.rows[id].next_attempt_at, clock.now() + 240);
  clock.advance(240);
  EXPECT_EQ(sender.run_once(), 1);
  EXPECT_TRUE(outbox.rows[id].sent);
  EXPECT_EQ(outbox.rows[id].message.attempts, 4);
  EXPECT_EQ(transport.sends, 4);
  ASSERT_EQ(events.size(), 4u);
  EXPECT_EQ(events[0].outcome, "retry");
  EXPECT_EQ(events[0].error, "Couldn't connect to server");
  EXPECT_EQ(events[3].outcome, "sent");
  EXPECT_EQ(outbox.queued_count(), 0);
}

TEST(OutboxSender, AMessageIsGivenUpAfterTheLastAttemptOrAtTheServersFinalNo) {
  FixedClock clock;
  MemoryOutbox outbox;
  ScriptedTransport transport;
  transport.script = {kDown, kDown, kDown, {MailSendResult::Outcome::rejected, "RCPT failed (SMTP 550)"}};
  SenderPolicy policy;
  policy.max_attempts = 3;
  policy.backoff_base = 10;
  OutboxSender sender(outbox, transport, clock, policy);
  const auto tired = outbox.enqueue({"reminder", "a@x.dk", "Emne", "Tekst", 7}, clock.now());
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(sender.run_once(), 1);
    clock.advance(1000);
  }
  EXPECT_TRUE(outbox.rows[tired].failed) << "tried more than max_attempts";
  EXPECT_EQ(outbox.rows[tired].message.attempts, 3);
  EXPECT_EQ(sender.run_once(), 0);

  const auto refused = outbox.enqueue({"reminder", "nobody@x.dk", "Emne", "Tekst", 7}, clock.now());
  EXPECT_EQ(sender.run_once(), 1);
  EXPECT_TRUE(outbox.rows[refused].failed) << "a 5xx was retried";
  EXPECT_EQ(outbox.rows[refused].message.attempts, 1);
  EXPECT_EQ(outbox.rows[refused].error, "RCPT failed (SMTP 550)");
}

}  // namespace
}  // namespace forkant::test
