#pragma once
// The PasswordResetStore (services/password_reset.hpp) on table password_resets (migration 019): only
// the links' hashes. Writes join the caller's transaction (Transactor's rule).

#include <memory>

#include "services/password_reset.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlPasswordResetStore final : public PasswordResetStore {
 public:
  explicit SqlPasswordResetStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  void insert_password_reset(const std::string& token_hash, std::int64_t user_id, std::int64_t now,
                             std::int64_t expires_at) override;
  std::optional<PasswordResetRow> find_password_reset(const std::string& token_hash) override;
  bool use_password_resets(const std::string& token_hash, std::int64_t user_id, std::int64_t now) override;
  int password_resets_since(std::int64_t user_id, std::int64_t since) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
