#include "net/http_fetcher.hpp"

#include <curl/curl.h>

#include <memory>

#include "net/curl_global.hpp"

namespace forkant::net {
namespace {

constexpr std::size_t kMaxBody = 1 << 20;

struct Sink {
  std::string body;
  bool too_large = false;
};

std::size_t collect(char* data, std::size_t size, std::size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const std::size_t n = size * count;
  if (sink->body.size() + n > kMaxBody) {
    sink->too_large = true;
    return 0;  // curl stops with CURLE_WRITE_ERROR
  }
  sink->body.append(data, n);
  return n;
}

struct EasyDeleter {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};

}  // namespace

HttpResult CurlHttpFetcher::get(const std::string& url) {
  return perform(url, nullptr);
}

HttpResult CurlHttpFetcher::post_form(const std::string& url,
                                      const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string form;
  std::unique_ptr<CURL, EasyDeleter> escaper(curl_easy_init());
  for (const auto& [name, value] : fields) {
    char* n = curl_easy_escape(escaper.get(), name.data(), static_cast<int>(name.size()));
    char* v = curl_easy_escape(escaper.get(), value.data(), static_cast<int>(value.size()));
    if (!form.empty()) form += '&';
    form += std::string(n) + "=" + v;
    curl_free(n);
    curl_free(v);
  }
  return perform(url, &form);
}

HttpResult CurlHttpFetcher::perform(const std::string& url, const std::string* form) {
  init_curl();
  HttpResult out;
  std::unique_ptr<CURL, EasyDeleter> curl(curl_easy_init());
  if (!curl) {
    out.error = "curl_easy_init failed";
    return out;
  }
  Sink sink;
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, 5000L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, 15000L);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(kMaxBody));
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
  curl_easy_setopt(c, CURLOPT_USERAGENT, "forkant");
  if (!ca_file_.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, ca_file_.c_str());
  curl_slist* headers = curl_slist_append(nullptr, "Accept: application/json");
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
  if (form != nullptr) {
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, form->c_str());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(form->size()));
  }
  const CURLcode rc = curl_easy_perform(c);
  curl_slist_free_all(headers);
  if (rc != CURLE_OK) {
    // curl's own words: they name the failure (timeout, TLS, refused), never the URL's query or a secret.
    out.error = sink.too_large ? "answer too large" : curl_easy_strerror(rc);
    return out;
  }
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &out.status);
  out.body = std::move(sink.body);
  return out;
}

}  // namespace forkant::net
