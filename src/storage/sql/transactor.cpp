#include "storage/sql/transactor.hpp"

namespace forkant::sql {

void SqlTransactor::transaction(const std::function<void()>& fn) {
  db_->write([&](Connection&) { fn(); });
}

bool SqlTransactor::ready() {
  return db_->ping();
}

}  // namespace forkant::sql
