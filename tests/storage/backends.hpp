#pragma once
// The backends the storage suite runs against: each entry opens a fresh, migrated, empty backend through
// open_backend, with a fault injector wired in, and can snapshot every row of every table. A new backend
// (PostgreSQL) is one more entry in backends_under_test().

#include <functional>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "storage/backend.hpp"
#include "storage/fault_injector.hpp"

namespace forkant::test {

// Every table's rows, each row one string, sorted (row order is not part of the state).
using Snapshot = std::map<std::string, std::vector<std::string>>;

// Names the tables whose rows differ, for a failure message.
std::string describe_difference(const Snapshot& before, const Snapshot& after);

class OpenedBackend {
 public:
  virtual ~OpenedBackend() = default;
  FaultInjector faults;  // declared before the backend: it must outlive it
  Backend backend;
  // What is committed, read over a connection of its own.
  virtual Snapshot snapshot() = 0;
};

struct BackendUnderTest {
  std::string name;
  std::function<std::unique_ptr<OpenedBackend>()> open;
};

std::vector<BackendUnderTest> backends_under_test();

// Test names and messages show the backend by its name.
inline void PrintTo(const BackendUnderTest& backend, std::ostream* os) {
  *os << backend.name;
}

}  // namespace forkant::test
