#pragma once
// Every store interface and the Transactor over one opened, migrated database of either backend.

#include <memory>

#include "storage/backend.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

Backend open_stores(const std::shared_ptr<Database>& db);

}  // namespace forkant::sql
