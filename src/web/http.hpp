#pragma once
// The HTTP request and response as the rest of forkant sees them: plain structs, no Boost.Beast. Only
// src/web/server/ speaks Beast; everything else is a pure function from Request to Response.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace forkant::web {

struct Request {
  std::string method;                                        // upper case, e.g. "GET"
  std::string target;                                        // as received: path and query
  std::string path;                                          // the target before '?', still percent-encoded
  std::string query;                                         // the target after '?', without it
  std::vector<std::pair<std::string, std::string>> headers;  // names in lower case
  std::string body;
  std::string remote_address;
  std::string request_id;  // random, shown to the user on a 500 and written in the log
  // Set by the server when it refused the request before reading it whole (413: body too large); the
  // handler then only chooses the words, in the user's language.
  int rejected_status = 0;

  // The first header with this (lower-case) name.
  std::optional<std::string_view> header(std::string_view name) const {
    for (const auto& [k, v] : headers) {
      if (k == name) return std::string_view(v);
    }
    return std::nullopt;
  }
};

// What the access log writes for a request that no route pattern matches.
inline constexpr const char* kUnmatchedRoute = "unmatched";

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // What the access log writes instead of the path: the route pattern, so secrets in paths (respondent
  // tokens) never reach the log. Empty means kUnmatchedRoute; the path itself is never logged.
  std::string log_route;

  void set_header(std::string name, std::string value) {
    for (auto& [k, v] : headers) {
      if (k == name) {
        v = std::move(value);
        return;
      }
    }
    headers.emplace_back(std::move(name), std::move(value));
  }
  void add_header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
  }
  bool has_header(std::string_view name) const {
    for (const auto& [k, v] : headers) {
      if (k == name) return true;
    }
    return false;
  }
};

using Handler = std::function<Response(Request&)>;

}  // namespace forkant::web
