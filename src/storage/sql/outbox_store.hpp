#pragma once
// The OutboxStore (services/outbox.hpp) on table outbox (migration 019). Writes join the caller's
// transaction (Transactor's rule); claim_due is one write transaction, so on PostgreSQL two instances
// claiming at once conflict and one of them runs again and skips what the other took.

#include <memory>

#include "services/outbox.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlOutboxStore final : public OutboxStore {
 public:
  explicit SqlOutboxStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  std::int64_t enqueue(const OutgoingMail& mail, std::int64_t now) override;
  std::vector<OutboxMessage> claim_due(std::int64_t now, std::int64_t lease_until, int limit) override;
  void mark_sent(std::int64_t id, int attempts, std::int64_t now) override;
  void mark_retry(std::int64_t id, int attempts, std::int64_t next_attempt_at,
                  const std::string& error) override;
  void mark_failed(std::int64_t id, int attempts, std::int64_t now, const std::string& error) override;
  std::int64_t queued_count() override;
  int delete_unsent_round_mail(std::int64_t round_id) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
