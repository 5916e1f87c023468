#pragma once
// The HttpFetcher (services/http_fetcher.hpp) over libcurl: an identity provider's discovery document,
// keys and token endpoint. Bounded: 5 s to connect, 15 s in all, 1 MiB of answer; redirects are not
// followed (a provider's endpoints are named by its discovery document); only http and https. The proxy
// comes from the environment as curl reads it (https_proxy, no_proxy); `ca_file` (forkant serve
// --ca-file), when set, replaces the system's CA bundle, e.g. for a municipality's own CA.

#include <string>

#include "services/http_fetcher.hpp"

namespace forkant::net {

class CurlHttpFetcher final : public HttpFetcher {
 public:
  explicit CurlHttpFetcher(std::string ca_file = "") : ca_file_(std::move(ca_file)) {}
  void set_ca_file(std::string ca_file) { ca_file_ = std::move(ca_file); }

  HttpResult get(const std::string& url) override;
  HttpResult post_form(const std::string& url,
                       const std::vector<std::pair<std::string, std::string>>& fields) override;

 private:
  HttpResult perform(const std::string& url, const std::string* form);
  std::string ca_file_;
};

}  // namespace forkant::net
