#pragma once
// A fresh PostgreSQL database for one test or one test server, created on the server the suites run
// against and dropped afterwards. The server: the `postgresql://` URL in FORKANT_TEST_POSTGRESQL, else
// the PG* variables scripts/with-postgresql (pg_virtualenv) sets. No server configured is a test failure
// with a message saying how to get one, never a skip.

#include <string>

namespace forkant::test {

// The server's URL for `database` (percent-encoded parts; the password is in it).
std::string test_postgresql_url(const std::string& database);

// Which backend the integration suite runs on: "postgresql" when FORKANT_TEST_BACKEND says so (CTest's
// second pass over the suite, tests/CMakeLists.txt), else "sqlite".
bool integration_on_postgresql();

class ScratchDatabase {
 public:
  ScratchDatabase();   // CREATE DATABASE forkant_test_<pid>_<n>; throws std::runtime_error if it cannot
  ~ScratchDatabase();  // DROP DATABASE ... WITH (FORCE): connections still open are ended
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  const std::string& name() const { return name_; }
  const std::string& url() const { return url_; }

 private:
  std::string name_;
  std::string url_;
};

// Runs one statement on `url` and returns the first column of the first row as an integer (-1 when
// there is no row); throws std::runtime_error with the server's message when it fails.
long long postgresql_fact(const std::string& url, const std::string& sql);
void postgresql_exec(const std::string& url, const std::string& sql);

}  // namespace forkant::test
