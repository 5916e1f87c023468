#pragma once
// Where the tests find a PostgreSQL server: the URL in FORKANT_TEST_POSTGRESQL, or else the one the PG*
// variables name (scripts/with-postgresql and pg_virtualenv set them). With neither, the lookup throws,
// so that a test meant to run on PostgreSQL fails, with a message saying how to give it a server, rather
// than pass without having run. Standard library only: any suite can use it.

#include <string>

namespace forkant::test {

// A postgresql:// URL of the server's maintenance database (where CREATE DATABASE is run).
// Throws std::runtime_error when no server is configured.
std::string test_postgresql_url();

// `url` with its database replaced by `database`.
std::string postgresql_url_for(const std::string& url, const std::string& database);

}  // namespace forkant::test
