#pragma once
// Every committed row of every table of a test server's database, read over a connection of its own:
// for tests that must show a refused or failed request changed nothing at all (fail closed, OWASP ASVS
// 4.1.5), whichever table a half-done write would have touched. The storage suite has its own
// (tests/storage/backends.hpp) over a backend it opens; this one reads what a server wrote.

#include <map>
#include <string>
#include <vector>

#include "support/server_process.hpp"

namespace forkant::test {

// Table name -> its rows, each row one string, sorted (row order is not part of the state).
using DatabaseSnapshot = std::map<std::string, std::vector<std::string>>;

DatabaseSnapshot database_snapshot(const TestServer& server);
// The tables whose rows differ, for a failure message.
std::string snapshot_difference(const DatabaseSnapshot& before, const DatabaseSnapshot& after);

}  // namespace forkant::test
