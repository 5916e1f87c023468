#include "storage/migrations.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "storage/database_error.hpp"

namespace forkant {

std::vector<Migration> load_migrations(const std::string& dir) {
  std::vector<Migration> out;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".sql") continue;
    if (name.size() < 5 || name[3] != '_' || !std::all_of(name.begin(), name.begin() + 3, ::isdigit)) {
      throw DatabaseError("migration file name must look like NNN_name.sql: " + name);
    }
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream sql;
    sql << in.rdbuf();
    out.push_back({std::stoi(name.substr(0, 3)), name, sql.str()});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
  for (std::size_t i = 1; i < out.size(); ++i) {
    if (out[i].version == out[i - 1].version)
      throw DatabaseError("duplicate migration number: " + out[i].name);
  }
  return out;
}

std::vector<std::string> migrate(MigrationTarget& target, const std::vector<Migration>& migrations) {
  std::vector<std::string> applied;
  const std::set<int> done = target.applied_versions();
  for (const auto& m : migrations) {
    if (done.count(m.version)) continue;
    target.apply(m);
    applied.push_back(m.name);
  }
  return applied;
}

}  // namespace forkant
