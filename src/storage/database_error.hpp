#pragma once
// The one exception every storage backend throws for an unexpected database failure (disk full,
// corruption, a lost connection, a constraint bug). Expected outcomes (not found, conflict) are values
// in the store interfaces; this aborts the request with a 500 and rolls back its transaction.

#include <stdexcept>

namespace forkant {

class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace forkant
