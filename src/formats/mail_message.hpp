#pragma once
// One e-mail as the bytes an SMTP server is given (RFC 5322 with MIME): plain text in UTF-8, the body in
// base64 (any line length, any character, no dot or 8-bit worries), the subject as RFC 2047 encoded words
// when it is not ASCII. Addresses and the subject may hold no line break: no header can be added through
// them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace forkant {

struct MailHeaders {
  std::string from;        // an address
  std::string from_name;   // shown as the sender, may be empty
  std::string to;          // an address
  std::string subject;     // UTF-8
  std::int64_t date = 0;   // Unix seconds
  std::string message_id;  // without the angle brackets
};

// nullopt when an address is not a plausible single address (a line break, a space, angle brackets,
// not one @) — the caller gives the message up.
std::optional<std::string> format_mail_message(const MailHeaders& headers, std::string_view body);

// True for a plausible single address: something@domain with no space, no control character, no angle
// bracket, comma or quote, at most 254 bytes. Checked when an address is entered and again when sending.
bool plausible_mail_address(std::string_view address);

std::string base64_encode(std::string_view bytes);

}  // namespace forkant
