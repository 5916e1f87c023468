#include "support/postgresql_test_database.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string_view>
#include <vector>

#include "storage/postgresql/open_postgresql.hpp"
#include "support/postgresql_url.hpp"

namespace forkant::test {
namespace {

// Held while a template is looked for or built, so that test processes started together build it once.
constexpr const char* kTemplateLock = "4242020714";

// A name that changes whenever a migration file is added, renamed or edited.
std::string template_name(const std::string& migrations_dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(migrations_dir)) {
    if (entry.path().extension() == ".sql") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::string all;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    all += file.filename().string() + '\0' + text.str() + '\0';
  }
  std::ostringstream name;
  name << "forkant_template_" << std::hex << std::hash<std::string>{}(all);
  return name.str();
}

}  // namespace

PostgresqlTestDatabase::PostgresqlTestDatabase() : server_url_(test_postgresql_url()) {
  server_ = std::make_unique<postgresql::Connection>(server_url_);
  create("template1");
}

PostgresqlTestDatabase::PostgresqlTestDatabase(const std::string& migrations_dir)
    : server_url_(test_postgresql_url()) {
  server_ = std::make_unique<postgresql::Connection>(server_url_);
  create(migrated_template(migrations_dir));
}

void PostgresqlTestDatabase::create(const std::string& template_name) {
  static std::atomic<int> counter{0};
  name_ = "forkant_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  server_->exec_script("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");  // left by a crashed run
  server_->exec_script("CREATE DATABASE " + name_ + " TEMPLATE " + template_name);
  url_ = postgresql_url_for(server_url_, name_);
}

std::string PostgresqlTestDatabase::migrated_template(const std::string& migrations_dir) {
  std::string name = template_name(migrations_dir);
  // Released by the unlock below, or, if building fails, by closing server_ with this object.
  server_->exec_script(std::string("SELECT pg_advisory_lock(") + kTemplateLock + ")");
  auto found = server_->prepare("SELECT 1 FROM pg_database WHERE datname = ?", name);
  if (!found->step()) {
    const std::string building = name + "_building";
    server_->exec_script("DROP DATABASE IF EXISTS " + building + " WITH (FORCE)");
    server_->exec_script("CREATE DATABASE " + building);
    postgresql::open_postgresql_backend(postgresql_url_for(server_url_, building), migrations_dir, {});
    server_->exec_script("ALTER DATABASE " + building + " RENAME TO " + name);
  }
  server_->exec_script(std::string("SELECT pg_advisory_unlock(") + kTemplateLock + ")");
  return name;
}

PostgresqlTestDatabase::~PostgresqlTestDatabase() {
  // DROP DATABASE forces a checkpoint: about a second per test with fsync on. A throwaway cluster
  // (scripts/with-postgresql) is removed whole after the run, so its test databases are left to it.
  if (const char* throwaway = std::getenv("FORKANT_TEST_POSTGRESQL_THROWAWAY");
      throwaway != nullptr && std::string_view(throwaway) == "1") {
    return;
  }
  try {
    server_->exec_script("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  } catch (const DatabaseError&) {  // a destructor must not throw; the name is unique to this run
  }
}

}  // namespace forkant::test
