#include "storage/sql/round_recipient_store.hpp"

namespace forkant::sql {

void SqlRoundRecipientStore::insert_round_recipient(std::int64_t round_id, std::int64_t invitation_id,
                                                    const std::string& address, const std::string& link_token,
                                                    std::int64_t now) {
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO round_recipients(round_id, invitation_id, address, link_token, created_at) "
        "VALUES(?, ?, ?, ?, ?)",
        round_id, invitation_id, address, link_token, now);
  });
}

bool SqlRoundRecipientStore::has_round_recipient(std::int64_t round_id, const std::string& address) {
  bool found = false;
  db_->read([&](Connection& c) {
    found = c.prepare("SELECT 1 FROM round_recipients WHERE round_id = ? AND address = ?", round_id, address)
                ->step();
  });
  return found;
}

std::vector<RoundRecipient> SqlRoundRecipientStore::unsubmitted_round_recipients(std::int64_t round_id) {
  std::vector<RoundRecipient> out;
  db_->read([&](Connection& c) {
    out.clear();
    auto st = c.prepare(
        "SELECT r.id, r.address, r.link_token FROM round_recipients r JOIN invitations i ON i.id = "
        "r.invitation_id WHERE r.round_id = ? AND i.state <> 'submitted' ORDER BY r.id",
        round_id);
    while (st->step()) out.push_back({st->int64(0), st->text(1), st->text(2)});
  });
  return out;
}

void SqlRoundRecipientStore::mark_round_recipient_reminded(std::int64_t recipient_id, std::int64_t now) {
  db_->write([&](Connection& c) {
    c.exec("UPDATE round_recipients SET reminded_at = ? WHERE id = ?", now, recipient_id);
  });
}

int SqlRoundRecipientStore::round_recipient_count(std::int64_t round_id) {
  int n = 0;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT COUNT(*) FROM round_recipients WHERE round_id = ?", round_id);
    if (st->step()) n = st->int32(0);
  });
  return n;
}

int SqlRoundRecipientStore::delete_round_recipients(std::int64_t round_id) {
  int n = 0;
  db_->write([&](Connection& c) {
    c.exec("DELETE FROM round_recipients WHERE round_id = ?", round_id);
    n = c.changes();
  });
  return n;
}

}  // namespace forkant::sql
