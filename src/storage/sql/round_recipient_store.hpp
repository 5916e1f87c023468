#pragma once
// The RoundRecipientStore (services/round_mail.hpp) on table round_recipients (migration 019). Writes join
// the caller's transaction (Transactor's rule).

#include <memory>

#include "services/round_mail.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlRoundRecipientStore final : public RoundRecipientStore {
 public:
  explicit SqlRoundRecipientStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  void insert_round_recipient(std::int64_t round_id, std::int64_t invitation_id, const std::string& address,
                              const std::string& link_token, std::int64_t now) override;
  bool has_round_recipient(std::int64_t round_id, const std::string& address) override;
  std::vector<RoundRecipient> unsubmitted_round_recipients(std::int64_t round_id) override;
  void mark_round_recipient_reminded(std::int64_t recipient_id, std::int64_t now) override;
  int round_recipient_count(std::int64_t round_id) override;
  int delete_round_recipients(std::int64_t round_id) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
