#include "support/postgresql_url.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <stdexcept>

namespace forkant::test {
namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

// Percent-encodes what may not stand as itself in a URL's user, password or host part.
std::string encoded(const std::string& s) {
  static const char* digits = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += {'%', digits[c >> 4], digits[c & 15]};
    }
  }
  return out;
}

}  // namespace

std::string test_postgresql_url() {
  if (std::string url = env("FORKANT_TEST_POSTGRESQL"); !url.empty()) return url;
  if (env("PGHOST").empty() && env("PGPORT").empty()) {
    throw std::runtime_error(
        "no PostgreSQL server for the tests: set "
        "FORKANT_TEST_POSTGRESQL=postgresql://user:password@host:port/"
        "postgres, or run them under scripts/with-postgresql");
  }
  const std::string user = env("PGUSER");
  const std::string password = env("PGPASSWORD");
  std::string url = "postgresql://";
  if (!user.empty()) url += encoded(user) + (password.empty() ? "" : ":" + encoded(password)) + "@";
  // A host that is a directory is a Unix socket: libpq takes it as the "host" query parameter.
  const std::string host = env("PGHOST").empty() ? "localhost" : env("PGHOST");
  const std::string port = env("PGPORT");
  const std::string database = env("PGDATABASE").empty() ? "postgres" : env("PGDATABASE");
  if (host.starts_with("/")) {
    return url + "/" + encoded(database) + "?host=" + encoded(host) + (port.empty() ? "" : "&port=" + port);
  }
  return url + encoded(host) + (port.empty() ? "" : ":" + port) + "/" + encoded(database);
}

std::string postgresql_url_for(const std::string& url, const std::string& database) {
  const auto scheme = url.find("://");
  const auto path = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  const auto query = url.find('?', scheme == std::string::npos ? 0 : scheme + 3);
  const std::string rest = query == std::string::npos ? "" : url.substr(query);
  const std::string base = url.substr(0, std::min(path, query));
  return base + "/" + database + rest;
}

}  // namespace forkant::test
