#pragma once
// The PublicPageStore (services/public_page.hpp): the public page's settings and the published
// snapshots of decisions (migration 009). Every query on tenant data filters by organisation id, except
// the lookup by address, which is how an anonymous visitor names the organisation. Writes join the
// caller's transaction (Transactor's rule).

#include <memory>

#include "services/public_page.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlPublicPageStore final : public PublicPageStore {
 public:
  explicit SqlPublicPageStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  std::optional<PublicPageSettings> public_page(std::int64_t org_id) override;
  std::optional<PublicPageSettings> public_page_at(std::string_view address) override;
  void save_public_page(const PublicPageSettings& settings, std::int64_t actor, std::int64_t now) override;
  std::int64_t insert_snapshot(const PublishedSnapshot& snapshot) override;
  std::optional<PublishedSnapshot> latest_snapshot(std::int64_t org_id, std::int64_t decision_id) override;
  std::vector<PublishedSnapshot> live_snapshots(std::int64_t org_id) override;
  int mark_unpublished(std::int64_t org_id, std::int64_t decision_id, std::int64_t actor,
                       std::int64_t now) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
