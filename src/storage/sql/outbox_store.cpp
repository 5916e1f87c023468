#include "storage/sql/outbox_store.hpp"

namespace forkant::sql {

std::int64_t SqlOutboxStore::enqueue(const OutgoingMail& mail, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO outbox(kind, recipient, subject, body, round_id, next_attempt_at, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?)",
        mail.kind, mail.recipient, mail.subject, mail.body, mail.round_id, now, now);
    id = c.last_insert_id();
  });
  return id;
}

std::vector<OutboxMessage> SqlOutboxStore::claim_due(std::int64_t now, std::int64_t lease_until, int limit) {
  std::vector<OutboxMessage> out;
  db_->write([&](Connection& c) {
    out.clear();
    std::vector<OutboxMessage> due;
    auto st = c.prepare(
        "SELECT id, kind, recipient, subject, body, attempts FROM outbox WHERE sent_at IS NULL AND "
        "failed_at IS NULL AND next_attempt_at <= ?1 AND (claimed_until IS NULL OR claimed_until <= ?1) "
        "ORDER BY next_attempt_at, id LIMIT ?2",
        now, limit);
    while (st->step()) {
      due.push_back({st->int64(0), st->text(1), st->text(2), st->text(3), st->text(4), st->int32(5)});
    }
    for (auto& m : due) {
      c.exec(
          "UPDATE outbox SET claimed_until = ?1 WHERE id = ?2 AND sent_at IS NULL AND failed_at IS NULL "
          "AND (claimed_until IS NULL OR claimed_until <= ?3)",
          lease_until, m.id, now);
      if (c.changes() == 1) out.push_back(std::move(m));
    }
  });
  return out;
}

void SqlOutboxStore::mark_sent(std::int64_t id, int attempts, std::int64_t now) {
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE outbox SET sent_at = ?, attempts = ?, recipient = '', body = '', claimed_until = NULL, "
        "last_error = NULL WHERE id = ?",
        now, attempts, id);
  });
}

void SqlOutboxStore::mark_retry(std::int64_t id, int attempts, std::int64_t next_attempt_at,
                                const std::string& error) {
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, claimed_until = NULL "
        "WHERE id = ?",
        attempts, next_attempt_at, error, id);
  });
}

void SqlOutboxStore::mark_failed(std::int64_t id, int attempts, std::int64_t now, const std::string& error) {
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE outbox SET failed_at = ?, attempts = ?, last_error = ?, recipient = '', body = '', "
        "claimed_until = NULL WHERE id = ?",
        now, attempts, error, id);
  });
}

std::int64_t SqlOutboxStore::queued_count() {
  std::int64_t n = 0;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL");
    if (st->step()) n = st->int64(0);
  });
  return n;
}

int SqlOutboxStore::delete_unsent_round_mail(std::int64_t round_id) {
  int n = 0;
  db_->write([&](Connection& c) {
    c.exec("DELETE FROM outbox WHERE round_id = ? AND sent_at IS NULL AND failed_at IS NULL", round_id);
    n = c.changes();
    // What was sent or given up keeps its row (counts) but no longer names the round.
    c.exec("UPDATE outbox SET round_id = NULL WHERE round_id = ?", round_id);
  });
  return n;
}

}  // namespace forkant::sql
