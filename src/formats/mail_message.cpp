#include "formats/mail_message.hpp"

#include <ctime>

namespace forkant {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool ascii_printable(std::string_view s) {
  for (unsigned char ch : s) {
    if (ch < 0x20 || ch > 0x7e) return false;
  }
  return true;
}

// The subject as one line: encoded words of at most 45 bytes of UTF-8 each, never cutting a character.
std::string encode_subject(std::string_view subject) {
  if (ascii_printable(subject)) return std::string(subject);
  std::string out;
  std::size_t i = 0;
  while (i < subject.size()) {
    std::size_t end = std::min(subject.size(), i + 45);
    while (end < subject.size() && end > i + 1 && (static_cast<unsigned char>(subject[end]) & 0xC0) == 0x80) {
      --end;
    }
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64_encode(subject.substr(i, end - i)) + "?=";
    i = end;
  }
  return out;
}

std::string rfc5322_date(std::int64_t unix_seconds) {
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[tm.tm_wday], tm.tm_mday,
                kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

}  // namespace

std::string base64_encode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16U) |
                       (static_cast<unsigned char>(bytes[i + 1]) << 8U) |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(v >> 18U) & 63U];
    out += kAlphabet[(v >> 12U) & 63U];
    out += kAlphabet[(v >> 6U) & 63U];
    out += kAlphabet[v & 63U];
  }
  if (i < bytes.size()) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16U;
    if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8U;
    out += kAlphabet[(v >> 18U) & 63U];
    out += kAlphabet[(v >> 12U) & 63U];
    out += i + 1 < bytes.size() ? kAlphabet[(v >> 6U) & 63U] : '=';
    out += '=';
  }
  return out;
}

bool plausible_mail_address(std::string_view a) {
  if (a.empty() || a.size() > 254) return false;
  const auto at = a.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= a.size() ||
      a.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  for (unsigned char ch : a) {
    if (ch <= 0x20 || ch == 0x7f || ch == '<' || ch == '>' || ch == ',' || ch == '"' || ch == '(' ||
        ch == ')' || ch == ';' || ch == '\\') {
      return false;
    }
  }
  return a.substr(at + 1).find('.') != std::string_view::npos;
}

std::optional<std::string> format_mail_message(const MailHeaders& h, std::string_view body) {
  if (!plausible_mail_address(h.from) || !plausible_mail_address(h.to)) return std::nullopt;
  std::string subject = h.subject;
  for (char& ch : subject) {
    if (ch == '\r' || ch == '\n' || ch == '\t') ch = ' ';
  }
  std::string out;
  out += "Date: " + rfc5322_date(h.date) + "\r\n";
  if (!h.from_name.empty() && ascii_printable(h.from_name) &&
      h.from_name.find_first_of("\"\\<>") == std::string::npos) {
    out += "From: \"" + h.from_name + "\" <" + h.from + ">\r\n";
  } else {
    out += "From: <" + h.from + ">\r\n";
  }
  out += "To: <" + h.to + ">\r\n";
  out += "Subject: " + encode_subject(subject) + "\r\n";
  out += "Message-ID: <" + h.message_id + ">\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=utf-8\r\n";
  out += "Content-Transfer-Encoding: base64\r\n";
  out += "Auto-Submitted: auto-generated\r\n";
  out += "\r\n";
  // The body's line ends as CRLF before encoding, as RFC 2045 asks of text.
  std::string text;
  text.reserve(body.size() + body.size() / 40);
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '\n' && (i == 0 || body[i - 1] != '\r')) text += '\r';
    text += body[i];
  }
  const std::string encoded = base64_encode(text);
  for (std::size_t i = 0; i < encoded.size(); i += 76) out += encoded.substr(i, 76) + "\r\n";
  return out;
}

}  // namespace forkant
