#pragma once
// A database of its own on the test server (support/postgresql_url.hpp) for one test: created
// (CREATE DATABASE forkant_test_<pid>_<n>) over a maintenance connection, dropped, with whatever is
// still connected to it, when the object goes.
//
// Empty, or already migrated: a copy of a template database that holds the schema of one set of
// migration files (forkant_template_<hash of the files>), built once by whichever test process needs it
// first and kept on the server for the next runs. Thirteen migrations cost a test about a second; the
// copy costs a fraction of that. A template is never half built: it is migrated under another name and
// renamed when done.

#include <memory>
#include <string>

#include "storage/postgresql/connection.hpp"

namespace forkant::test {

class PostgresqlTestDatabase {
 public:
  // Empty. Throws std::runtime_error when no server is configured, DatabaseError when it cannot be
  // reached.
  PostgresqlTestDatabase();
  // Migrated with the PostgreSQL migration files in `migrations_dir`.
  explicit PostgresqlTestDatabase(const std::string& migrations_dir);
  ~PostgresqlTestDatabase();
  PostgresqlTestDatabase(const PostgresqlTestDatabase&) = delete;
  PostgresqlTestDatabase& operator=(const PostgresqlTestDatabase&) = delete;

  const std::string& name() const { return name_; }
  // The URL of this database (it holds the server's password: never print it).
  const std::string& url() const { return url_; }
  // A connection to the server's maintenance database, for what a test does behind the backend's back.
  postgresql::Connection& server() { return *server_; }

 private:
  void create(const std::string& template_name);
  std::string migrated_template(const std::string& migrations_dir);

  std::string server_url_;
  std::unique_ptr<postgresql::Connection> server_;
  std::string name_;
  std::string url_;
};

}  // namespace forkant::test
