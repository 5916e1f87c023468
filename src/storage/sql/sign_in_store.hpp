#pragma once
// The SignInStore (services/oidc_sign_in.hpp): single sign-on settings per organisation, their e-mail
// domains and group mappings, pending sign-ins and external identities (migration 017). Writes join the
// caller's transaction (Transactor's rule).

#include <memory>

#include "services/oidc_sign_in.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlSignInStore final : public SignInStore {
 public:
  explicit SqlSignInStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  std::optional<SignInSettings> sign_in_settings(std::int64_t org_id) override;
  std::optional<SignInSettings> sign_in_for_domain(std::string_view domain) override;
  void save_sign_in_settings(const SignInSettings& settings, std::int64_t now) override;
  std::optional<std::int64_t> org_claiming_domain(std::string_view domain) override;
  bool insert_pending_sign_in(const PendingSignIn& pending, std::int64_t now, int limit) override;
  std::optional<PendingSignIn> take_pending_sign_in(const std::string& state_hash) override;
  std::optional<std::int64_t> external_user(std::string_view issuer, std::string_view subject) override;
  void insert_external_identity(std::string_view issuer, std::string_view subject, std::int64_t user_id,
                                std::int64_t org_id, std::int64_t now) override;
  bool passwords_off_for(std::int64_t user_id) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
