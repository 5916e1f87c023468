#include "storage/sqlite/transactor.hpp"

namespace forkant::sqlite {

void SqliteTransactor::transaction(const std::function<void()>& fn) {
  db_->write([&](Connection&) { fn(); });
}

bool SqliteTransactor::ready() {
  return db_->ping();
}

}  // namespace forkant::sqlite
