#pragma once
// The PrivacyStore (services/privacy.hpp): a person's data read from every table that names them,
// erased from the ones that identify them, and the audit log's personal fields emptied after their
// retention (migration 022).

#include <memory>

#include "services/privacy.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlPrivacyStore final : public PrivacyStore {
 public:
  explicit SqlPrivacyStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  std::optional<PersonalData> personal_data(std::int64_t user_id) override;
  std::vector<std::int64_t> member_of(std::int64_t user_id) override;
  void erase_user(std::int64_t user_id, std::int64_t now) override;
  std::vector<std::int64_t> erased_user_ids() override;
  int clear_audit_personal_fields(std::int64_t before, std::int64_t now) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
