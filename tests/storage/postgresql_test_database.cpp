#include "postgresql_test_database.hpp"

#include <unistd.h>

#include <atomic>

#include "support/postgresql_url.hpp"

namespace forkant::test {

PostgresqlTestDatabase::PostgresqlTestDatabase() {
  static std::atomic<int> counter{0};
  const std::string server_url = test_postgresql_url();
  server_ = std::make_unique<postgresql::Connection>(server_url);
  name_ = "forkant_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  server_->exec_script("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");  // left by a crashed run
  server_->exec_script("CREATE DATABASE " + name_);
  url_ = postgresql_url_for(server_url, name_);
}

PostgresqlTestDatabase::~PostgresqlTestDatabase() {
  try {
    server_->exec_script("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  } catch (const DatabaseError&) {  // a destructor must not throw; the name is unique to this run
  }
}

}  // namespace forkant::test
