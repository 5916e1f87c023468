#pragma once
// Facts that hold in the database and that no API shows, by design: that a respondent's draft is gone
// once submitted, that no column ties a response to its link, how many sessions exist, what a refused
// request left in tables nobody may list. Everything an API can answer is asked through the API
// (api_facts.hpp); what is here is read on a separate connection, in SQL both backends accept.

#include <cstdint>
#include <string>

#include "support/server_process.hpp"

namespace forkant::test {

// A single integer (a count, an id) that `sql` selects from the server's database.
std::int64_t database_fact(const TestServer& server, const std::string& sql);
// The same, on any PostgreSQL database (a `postgresql://` URL).
std::int64_t postgresql_fact(const std::string& url, const std::string& sql);
// A change no request may make: time passing (an expiry moved into the past) until the server takes a
// test clock.
void database_change(const TestServer& server, const std::string& sql);

}  // namespace forkant::test
