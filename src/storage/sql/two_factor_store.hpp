#pragma once
// The TwoFactorStore (services/two_factor.hpp): TOTP secrets (sealed), recovery codes (hashed) and the
// pending second steps of sign-ins (migration 018). The conditional updates (use_totp_step,
// use_recovery_code, delete_second_factor_login) are what make a code, a recovery code and a pending
// sign-in single use across instances. Writes join the caller's transaction (Transactor's rule).

#include <memory>

#include "services/two_factor.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlTwoFactorStore final : public TwoFactorStore {
 public:
  explicit SqlTwoFactorStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  std::optional<TotpSecretRow> totp_secret(std::int64_t user_id) override;
  void put_totp_secret(std::int64_t user_id, const std::string& sealed_secret, std::int64_t now) override;
  bool confirm_totp_secret(std::int64_t user_id, const std::string& sealed_secret, std::int64_t step,
                           std::int64_t now) override;
  bool use_totp_step(std::int64_t user_id, std::int64_t step) override;
  void delete_totp(std::int64_t user_id) override;
  void replace_recovery_codes(std::int64_t user_id, const std::vector<std::string>& code_hashes) override;
  bool use_recovery_code(std::int64_t user_id, const std::string& code_hash, std::int64_t now) override;
  int unused_recovery_codes(std::int64_t user_id) override;
  void insert_second_factor_login(const std::string& token_hash, std::int64_t user_id,
                                  std::int64_t expires_at, std::int64_t now) override;
  std::optional<SecondFactorLogin> second_factor_login(const std::string& token_hash) override;
  int count_second_factor_attempt(const std::string& token_hash) override;
  bool delete_second_factor_login(const std::string& token_hash) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
