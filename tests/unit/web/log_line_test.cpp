// Log injection (ASVS 7.3.1): whatever a request brings, a line the application writes stays one line
// of JSON whose fields say exactly what was given. The error log and the security log are built by
// web/log_line.hpp; the access log writes route patterns only (http_server.cpp).
#include "web/log_line.hpp"

#include <gtest/gtest.h>

#include <chrono>

#include "web/security_events.hpp"

namespace forkant::web {
namespace {

// What an attacker would put in a header, a path or a form value to start a line of their own.
const std::vector<std::string> kForgeries{
    "x\r\n{\"t\":\"2026-01-01T00:00:00Z\",\"event\":\"sign_in\",\"outcome\":\"success\"}",
    "x\n{\"forged\":1}",
    "x\r{\"forged\":1}",
    "x\u2028{\"forged\":1}",        // a JavaScript/JSON-viewer line separator
    "x\u2029{\"forged\":1}",        // a paragraph separator
    "x\u0085{\"forged\":1}",        // NEL, a line end to some readers
    std::string("x\0y", 3),         // NUL cuts a C string short
    "x\x1b[2Jforged",               // a terminal escape (clears the screen of whoever tails the log)
    "x\u202e{\"forged\":1}",        // a right-to-left override
    "quote\" and backslash\\",      // break out of the string
    "invalid \xff\xfe UTF-8 \xc3",  // not text at all
};

// One line: no byte below 0x20 and nothing outside ASCII (so no Unicode line separator either).
void expect_one_plain_line(const std::string& line) {
  for (const unsigned char c : line) {
    ASSERT_TRUE(c >= 0x20 && c < 0x7f) << "byte " << static_cast<int>(c) << " in: " << line;
  }
}

TEST(LogLine, AnErrorTextWithLineBreaksStaysOneJsonLineThatSaysExactlyWhatWasThrown) {
  for (const auto& what : kForgeries) {
    const std::string line = error_log_line("0123456789abcdef", what);
    expect_one_plain_line(line);
    const auto parsed = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(parsed.is_discarded()) << line;
    EXPECT_EQ(parsed.size(), 3U) << "no field was added: " << line;
    EXPECT_EQ(parsed["event"], "error");
    EXPECT_EQ(parsed["request_id"], "0123456789abcdef");
    if (what.find('\xff') == std::string::npos) {
      EXPECT_EQ(parsed["error"].get<std::string>(), what) << "escaped, not altered: " << line;
    }
    EXPECT_FALSE(parsed.contains("forged"));
  }
}

TEST(LogLine, ASecurityEventIsOneJsonLineWhateverItsFieldsHold) {
  const auto time = std::chrono::system_clock::time_point(std::chrono::milliseconds(1'796'547'723'456));
  for (const auto& text : kForgeries) {
    const SecurityEvent event{.event = text, .outcome = text, .org_id = 7, .subject = 9, .what = text};
    const std::string line = security_event_line(event, {time, text, 42, text});
    expect_one_plain_line(line);
    const auto parsed = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(parsed.is_discarded()) << line;
    EXPECT_FALSE(parsed.contains("forged"));
    EXPECT_EQ(parsed["actor"], 42);
    EXPECT_EQ(parsed["org_id"], 7);
    EXPECT_EQ(parsed["t"], "2026-12-06T09:02:03.456Z");
  }
}

TEST(SecurityEventLine, SaysWhenInUtcWhatWhoWhereWhichRequestAndTheOutcome) {
  const auto time = std::chrono::system_clock::time_point(std::chrono::milliseconds(1'796'547'723'005));
  const SecurityEvent denied{
      .event = "access_denied", .outcome = "role_too_low", .org_id = 3, .what = "owner"};
  const auto line =
      nlohmann::json::parse(security_event_line(denied, {time, "00ff00ff00ff00ff", 12, "10.0.0.1"}));
  EXPECT_EQ(line, nlohmann::json({{"t", "2026-12-06T09:02:03.005Z"},
                                  {"log", "security"},
                                  {"event", "access_denied"},
                                  {"outcome", "role_too_low"},
                                  {"request_id", "00ff00ff00ff00ff"},
                                  {"actor", 12},
                                  {"org_id", 3},
                                  {"what", "owner"},
                                  {"client", "10.0.0.1"}}));
  // Nobody signed in, no organisation: the fields are there, null.
  const auto anonymous = nlohmann::json::parse(
      security_event_line({.event = "sign_in", .outcome = "failure"}, {time, "1", std::nullopt, ""}));
  EXPECT_TRUE(anonymous["actor"].is_null());
  EXPECT_TRUE(anonymous["org_id"].is_null());
  // An event that names its own account (a sign-in) wins over the signed-in one (none yet).
  const auto own = nlohmann::json::parse(security_event_line(
      {.event = "sign_in", .outcome = "success", .actor = 5}, {time, "1", std::nullopt, ""}));
  EXPECT_EQ(own["actor"], 5);
}

}  // namespace
}  // namespace forkant::web
