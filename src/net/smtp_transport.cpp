#include "net/smtp_transport.hpp"

#include <curl/curl.h>

#include <chrono>
#include <cstring>
#include <memory>

#include "formats/mail_message.hpp"
#include "net/curl_global.hpp"

namespace forkant::net {
namespace {

struct Upload {
  const std::string* data = nullptr;
  std::size_t offset = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* userdata) {
  auto* up = static_cast<Upload*>(userdata);
  const std::size_t room = size * count;
  const std::size_t left = up->data->size() - up->offset;
  const std::size_t n = std::min(room, left);
  std::memcpy(buffer, up->data->data() + up->offset, n);
  up->offset += n;
  return n;
}

struct CurlDeleter {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

}  // namespace

SmtpTransport::SmtpTransport(SmtpSettings settings) : settings_(std::move(settings)) {
  init_curl();
  const auto at = settings_.mail_from.find('@');
  domain_ = at == std::string::npos ? "localhost" : settings_.mail_from.substr(at + 1);
}

MailSendResult SmtpTransport::send(const OutboxMessage& message) {
  using Outcome = MailSendResult::Outcome;
  const std::int64_t now =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
          .count();
  const auto bytes = format_mail_message(
      {settings_.mail_from, settings_.from_name, message.recipient, message.subject, now,
       "forkant." + std::to_string(message.id) + "." + std::to_string(now) + "@" + domain_},
      message.body);
  if (!bytes) return {Outcome::rejected, "not a valid address"};

  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) return {Outcome::retry, "curl_easy_init failed"};
  CURL* c = curl.get();
  const std::string from = "<" + settings_.mail_from + ">";
  const std::string to = "<" + message.recipient + ">";
  std::unique_ptr<curl_slist, SlistDeleter> rcpt(curl_slist_append(nullptr, to.c_str()));
  Upload upload{&*bytes};

  curl_easy_setopt(c, CURLOPT_URL, settings_.url.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
  curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(c, CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(c, CURLOPT_READDATA, &upload);
  curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(bytes->size()));
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, settings_.connect_timeout_s);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, settings_.timeout_s);
  if (settings_.require_starttls) curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  if (!settings_.user.empty()) {
    curl_easy_setopt(c, CURLOPT_USERNAME, settings_.user.c_str());
    curl_easy_setopt(c, CURLOPT_PASSWORD, settings_.password.c_str());
  }

  const CURLcode rc = curl_easy_perform(c);
  if (rc == CURLE_OK) return {Outcome::sent, ""};
  long code = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
  // libcurl's own text: its messages name commands and codes, never the addresses given to it.
  std::string error = curl_easy_strerror(rc);
  if (code > 0) error += " (SMTP " + std::to_string(code) + ")";
  // A 5xx to the envelope or the data is the server's final no; anything else may pass later.
  const bool final_no = code >= 500 && code < 600 &&
                        (rc == CURLE_SEND_ERROR || rc == CURLE_RECV_ERROR || rc == CURLE_WEIRD_SERVER_REPLY ||
                         rc == CURLE_QUOTE_ERROR || rc == CURLE_UPLOAD_FAILED);
  return {final_no ? Outcome::rejected : Outcome::retry, error};
}

}  // namespace forkant::net
