#pragma once
// The RadarStore (services/radar.hpp) on migration 020. Every query on tenant data filters by
// organisation id; a lookup by id returns the organisation with the object so that the caller can
// authorize. Writes join the caller's transaction (Transactor's rule).

#include <memory>

#include "services/radar.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlRadarStore final : public RadarStore {
 public:
  explicit SqlRadarStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  std::int64_t insert_current_edition(const RadarEdition& edition, std::int64_t created_by,
                                      std::int64_t now) override;
  std::optional<RadarEdition> find_edition(std::int64_t edition_id) override;
  std::vector<RadarEdition> editions(std::int64_t org_id) override;
  void update_edition(const RadarEdition& edition) override;
  std::int64_t insert_entry(std::int64_t org_id, std::int64_t edition_id, const RadarEntryDraft& entry,
                            std::int64_t now) override;
  void update_entry(const RadarEntry& entry) override;
  void delete_entry(std::int64_t org_id, std::int64_t entry_id) override;
  std::optional<RadarEntry> find_entry(std::int64_t entry_id) override;
  std::vector<RadarEntry> entries(std::int64_t org_id, std::int64_t edition_id) override;
  std::vector<RadarEntry> entries_linking_initiative(std::int64_t org_id,
                                                     std::int64_t initiative_id) override;

 private:
  std::vector<RadarEdition> select_editions(const std::string& where, std::int64_t a, std::int64_t b);
  std::vector<RadarEntry> select_entries(const std::string& where, std::int64_t a, std::int64_t b);
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
