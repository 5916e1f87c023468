#pragma once
// The LibraryStore (services/network_library.hpp): the search of what a network's members share
// (migration 015's network_shares, indexed by migration 016's network_shares_fts). Every query names the
// network and reads only shares not withdrawn by organisations that are members now; an item is read
// with its public id and never hands out an organisation's id, the shared source's id or a user.

#include <memory>

#include "services/network_library.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlLibraryStore final : public LibraryStore {
 public:
  explicit SqlLibraryStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  LibraryResults search_library(const LibrarySearch& search) override;
  std::optional<LibraryItem> library_item(std::int64_t network_id, std::int64_t reader_org,
                                          std::string_view public_id) override;
  std::vector<AgendaNetworkItem> network_lessons(std::int64_t org_id) override;
  std::string library_mark(std::int64_t org_id) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
