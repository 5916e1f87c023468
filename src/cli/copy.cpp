// forkant copy: moves an installation from SQLite to PostgreSQL (storage/copy_installation.hpp).
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "cli/environment.hpp"
#include "storage/copy_installation.hpp"

namespace forkant::cli {

int copy(const std::string& from, const std::string& to) {
  const auto started = std::chrono::steady_clock::now();
  // The target is named by neither its URL (it may hold a password) nor its host: the operator typed it.
  const auto tables = copy_installation(from, to, Paths::defaults().migrations_dir);
  std::int64_t rows = 0;
  for (const auto& t : tables) {
    std::cout << "  " << t.name << ": " << t.rows << "\n";
    rows += t.rows;
  }
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.1f", took.count());
  std::cout << "forkant: copied " << rows << " rows of " << tables.size() << " tables in " << seconds
            << " s\n";
  return 0;
}

}  // namespace forkant::cli
