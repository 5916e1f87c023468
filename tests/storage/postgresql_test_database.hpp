#pragma once
// A database of its own on the test server (support/postgresql_url.hpp) for one test: created empty
// (CREATE DATABASE forkant_test_<pid>_<n>) over a maintenance connection, dropped, with whatever is
// still connected to it, when the object goes.

#include <memory>
#include <string>

#include "storage/postgresql/connection.hpp"

namespace forkant::test {

class PostgresqlTestDatabase {
 public:
  // Throws std::runtime_error when no server is configured, DatabaseError when it cannot be reached.
  PostgresqlTestDatabase();
  ~PostgresqlTestDatabase();
  PostgresqlTestDatabase(const PostgresqlTestDatabase&) = delete;
  PostgresqlTestDatabase& operator=(const PostgresqlTestDatabase&) = delete;

  const std::string& name() const { return name_; }
  // The URL of this database (it holds the server's password: never print it).
  const std::string& url() const { return url_; }
  // A connection to the server's maintenance database, for what a test does behind the backend's back.
  postgresql::Connection& server() { return *server_; }

 private:
  std::unique_ptr<postgresql::Connection> server_;
  std::string name_;
  std::string url_;
};

}  // namespace forkant::test
