#include "fakes/fake_public_page_store.hpp"

#include <algorithm>

namespace forkant::test {

std::optional<PublicPageSettings> FakePublicPageStore::public_page(std::int64_t org_id) {
  const auto it = s_.pages.find(org_id);
  if (it == s_.pages.end()) return std::nullopt;
  return it->second;
}

std::optional<PublicPageSettings> FakePublicPageStore::public_page_at(std::string_view address) {
  for (const auto& [org, page] : s_.pages) {
    if (page.address == address) return page;
  }
  return std::nullopt;
}

void FakePublicPageStore::save_public_page(const PublicPageSettings& settings, std::int64_t, std::int64_t) {
  if (const auto holder = public_page_at(settings.address); holder && holder->org_id != settings.org_id)
    throw FakeStoreError("UNIQUE constraint failed: public_pages.address");
  s_.pages[settings.org_id] = settings;
}

std::int64_t FakePublicPageStore::insert_snapshot(const PublishedSnapshot& snapshot) {
  if (snapshot.summary.empty()) throw FakeStoreError("CHECK constraint failed: summary");
  if (snapshot.kind == DecisionKind::postponed) throw FakeStoreError("CHECK constraint failed: kind");
  const auto id = s_.next_snapshot_id++;
  PublishedSnapshot stored = snapshot;
  stored.id = id;
  stored.unpublished_at.reset();
  stored.unpublished_by.reset();
  s_.snapshots[id] = stored;
  return id;
}

std::optional<PublishedSnapshot> FakePublicPageStore::latest_snapshot(std::int64_t org_id,
                                                                      std::int64_t decision_id) {
  std::optional<PublishedSnapshot> out;
  for (const auto& [id, s] : s_.snapshots) {
    if (s.org_id == org_id && s.decision_id == decision_id) out = s;  // ascending ids: the last wins
  }
  return out;
}

std::vector<PublishedSnapshot> FakePublicPageStore::live_snapshots(std::int64_t org_id) {
  std::map<std::int64_t, PublishedSnapshot> latest;  // by decision
  for (const auto& [id, s] : s_.snapshots) {
    if (s.org_id == org_id) latest[s.decision_id] = s;
  }
  std::vector<PublishedSnapshot> out;
  for (const auto& [decision, s] : latest) {
    if (s.is_live()) out.push_back(s);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.published_at != b.published_at ? a.published_at > b.published_at : a.id > b.id;
  });
  return out;
}

int FakePublicPageStore::mark_unpublished(std::int64_t org_id, std::int64_t decision_id, std::int64_t actor,
                                          std::int64_t now) {
  int changed = 0;
  for (auto& [id, s] : s_.snapshots) {
    if (s.org_id == org_id && s.decision_id == decision_id && !s.unpublished_at) {
      s.unpublished_at = now;
      s.unpublished_by = actor;
      ++changed;
    }
  }
  return changed;
}

}  // namespace forkant::test
