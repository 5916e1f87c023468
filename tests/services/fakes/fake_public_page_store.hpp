#pragma once
// The public page's settings and published snapshots in memory, with the semantics of
// src/storage/sql/public_page_store.cpp: one settings row per organisation with a unique address
// (a second organisation taking it throws, as the UNIQUE constraint would), snapshots appended with
// ascending ids and never changed except to be marked unpublished, the live ones being the latest of each
// decision if not unpublished, newest published first.

#include <map>
#include <optional>
#include <vector>

#include "fakes/fake_transactor.hpp"
#include "services/public_page.hpp"

namespace forkant::test {

class FakePublicPageStore final : public PublicPageStore, public FakeTable {
 public:
  std::optional<PublicPageSettings> public_page(std::int64_t org_id) override;
  std::optional<PublicPageSettings> public_page_at(std::string_view address) override;
  void save_public_page(const PublicPageSettings& settings, std::int64_t actor, std::int64_t now) override;
  std::int64_t insert_snapshot(const PublishedSnapshot& snapshot) override;
  std::optional<PublishedSnapshot> latest_snapshot(std::int64_t org_id, std::int64_t decision_id) override;
  std::vector<PublishedSnapshot> live_snapshots(std::int64_t org_id) override;
  int mark_unpublished(std::int64_t org_id, std::int64_t decision_id, std::int64_t actor,
                       std::int64_t now) override;

  // Every snapshot ever stored, unpublished ones included (the audit trail), by id.
  const std::map<std::int64_t, PublishedSnapshot>& all_snapshots() const { return s_.snapshots; }

  std::function<void()> snapshot() override { return snapshot_of(s_); }

 private:
  struct State {
    std::map<std::int64_t, PublicPageSettings> pages;  // by organisation
    std::int64_t next_snapshot_id = 1;
    std::map<std::int64_t, PublishedSnapshot> snapshots;
  } s_;
};

}  // namespace forkant::test
