#pragma once
// Outbound HTTP as the services need it (an identity provider's discovery document, its keys, its token
// endpoint): declared here, implemented with libcurl in net/http_fetcher.hpp, wired by cli/. Bounded in
// time and size; a transport failure is a value, not an exception.

#include <string>
#include <utility>
#include <vector>

namespace forkant {

struct HttpResult {
  long status = 0;    // 0 when no answer came
  std::string body;   // at most the fetcher's size cap
  std::string error;  // set when no usable answer came (never holds a secret)
};

class HttpFetcher {
 public:
  virtual ~HttpFetcher() = default;
  virtual HttpResult get(const std::string& url) = 0;
  // A POST of application/x-www-form-urlencoded `fields` (the fetcher encodes them).
  virtual HttpResult post_form(const std::string& url,
                               const std::vector<std::pair<std::string, std::string>>& fields) = 0;
};

}  // namespace forkant
