// The e-mail stores (migration 019) on every backend: OutboxStore's claiming (one sender per message
// until its lease ends; sent and given-up messages keep neither address nor body), the round recipients
// (only unsubmitted links are reminded; all deleted with the round's unsent mail) and password resets
// (single use, every link of the account spent at once).
#include "services/outbox.hpp"
#include "services/password_reset.hpp"
#include "services/round_mail.hpp"
#include "services/secrets.hpp"
#include "storage_test.hpp"

namespace forkant::test {
namespace {

OutgoingMail mail(const std::string& to, std::optional<std::int64_t> round_id = std::nullopt) {
  return {"invitation", to, "Emne", "Brødtekst med et link", round_id};
}

TEST_P(StorageTest, Outbox_ClaimedMessagesAreNotClaimedAgainUntilTheLeaseEnds) {
  OutboxStore& outbox = *backend().outbox;
  const auto a = outbox.enqueue(mail("a@x.dk"), kNow);
  const auto b = outbox.enqueue(mail("b@x.dk"), kNow);
  outbox.enqueue(mail("c@x.dk"), kNow + 100);  // not due yet
  EXPECT_EQ(outbox.queued_count(), 3);

  const auto first = outbox.claim_due(kNow, kNow + 300, 10);
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].id, a);
  EXPECT_EQ(first[0].recipient, "a@x.dk");
  EXPECT_EQ(first[0].body, "Brødtekst med et link");
  EXPECT_EQ(first[0].attempts, 0);
  EXPECT_EQ(first[1].id, b);
  EXPECT_TRUE(outbox.claim_due(kNow + 10, kNow + 310, 10).empty()) << "another sender took held messages";

  outbox.mark_sent(a, 1, kNow + 1);
  outbox.mark_retry(b, 1, kNow + 60, "Weird server reply (SMTP 421)");
  EXPECT_EQ(outbox.queued_count(), 2);
  EXPECT_TRUE(outbox.claim_due(kNow + 59, kNow + 400, 10).empty()) << "retried before its backoff";
  const auto retried = outbox.claim_due(kNow + 100, kNow + 400, 10);
  ASSERT_EQ(retried.size(), 2u);
  EXPECT_EQ(retried[0].id, b);
  EXPECT_EQ(retried[0].attempts, 1);
  // A sender that died: its claim runs out and another takes the message.
  EXPECT_EQ(outbox.claim_due(kNow + 401, kNow + 700, 10).size(), 2u);
  outbox.mark_failed(b, 8, kNow + 402, "given up");
  EXPECT_EQ(outbox.queued_count(), 1);
  const Snapshot rows = snapshot();
  for (const auto& row : rows.at("outbox")) {
    EXPECT_EQ(row.find("a@x.dk"), std::string::npos) << "a sent message keeps its address: " << row;
    EXPECT_EQ(row.find("b@x.dk"), std::string::npos) << "a failed message keeps its address: " << row;
  }
}

TEST_P(StorageTest, Outbox_RoundRecipientsAreRemindedUntilSubmittedAndGoWithTheRound) {
  const auto o = org("A");
  const auto r = round(o, "Måling", RoundState::open);
  RoundRecipientStore& recipients = *backend().round_recipients;
  OutboxStore& outbox = *backend().outbox;
  std::vector<std::int64_t> ids;
  for (const std::string who : {"a@x.dk", "b@x.dk"}) {
    const std::string token = random_token();
    assessment().insert_invitation(r.id, r.groups.at(0), token_hash(token), kNow);
    const auto inv = assessment().find_invitation(token_hash(token));
    ASSERT_TRUE(inv);
    recipients.insert_round_recipient(r.id, inv->id, who, token, kNow);
    outbox.enqueue(mail(who, r.id), kNow);
    ids.push_back(inv->id);
  }
  EXPECT_TRUE(recipients.has_round_recipient(r.id, "a@x.dk"));
  EXPECT_FALSE(recipients.has_round_recipient(r.id, "c@x.dk"));
  EXPECT_EQ(recipients.round_recipient_count(r.id), 2);
  assessment().submit_response(ids[0], r.id, r.groups.at(0), {}, "2026-03-10", std::nullopt);
  const auto open = recipients.unsubmitted_round_recipients(r.id);
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].address, "b@x.dk");

  const auto sent = outbox.claim_due(kNow, kNow + 300, 1);
  ASSERT_EQ(sent.size(), 1u);
  outbox.mark_sent(sent[0].id, 1, kNow);
  EXPECT_EQ(recipients.delete_round_recipients(r.id), 2);
  EXPECT_EQ(outbox.delete_unsent_round_mail(r.id), 1);
  EXPECT_EQ(recipients.round_recipient_count(r.id), 0);
  EXPECT_EQ(outbox.queued_count(), 0);
}

TEST_P(StorageTest, Outbox_PasswordResetLinksAreSpentTogetherAndOnce) {
  const auto o = org("A");
  const auto u = member(o, "u@x.dk");
  PasswordResetStore& resets = *backend().password_resets;
  resets.insert_password_reset(token_hash("one"), u, kNow, kNow + 1800);
  resets.insert_password_reset(token_hash("two"), u, kNow + 5, kNow + 1805);
  EXPECT_EQ(resets.password_resets_since(u, kNow - 1), 2);
  EXPECT_EQ(resets.password_resets_since(u, kNow), 1);
  const auto row = resets.find_password_reset(token_hash("one"));
  ASSERT_TRUE(row);
  EXPECT_EQ(row->user_id, u);
  EXPECT_EQ(row->expires_at, kNow + 1800);
  EXPECT_FALSE(row->used_at);
  EXPECT_TRUE(resets.use_password_resets(token_hash("one"), u, kNow + 10));
  EXPECT_FALSE(resets.use_password_resets(token_hash("one"), u, kNow + 11)) << "used twice";
  EXPECT_FALSE(resets.use_password_resets(token_hash("two"), u, kNow + 12)) << "the other link still worked";
  EXPECT_EQ(resets.find_password_reset(token_hash("two"))->used_at, kNow + 10);
  EXPECT_FALSE(resets.find_password_reset(token_hash("three")));
}

}  // namespace
}  // namespace forkant::test
