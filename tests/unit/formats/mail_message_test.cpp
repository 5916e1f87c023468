// The e-mail as bytes: headers that no address or subject can add to, a non-ASCII subject as RFC 2047
// encoded words that never split a character, the body in base64 with CRLF line ends.
#include "formats/mail_message.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

MailHeaders headers(std::string to = "anna@kommune.dk", std::string subject = "Spørgeskema: Trivsel") {
  return {"forkant@kommune.dk", "forkant", std::move(to), std::move(subject), 1772442000, "x.1@kommune.dk"};
}

TEST(MailMessage, HeadersAndBase64Body) {
  const auto m = format_mail_message(headers(), "Hej\nlinje to");
  ASSERT_TRUE(m);
  EXPECT_NE(m->find("Date: Mon, 02 Mar 2026 09:00:00 +0000\r\n"), std::string::npos) << *m;
  EXPECT_NE(m->find("From: \"forkant\" <forkant@kommune.dk>\r\n"), std::string::npos);
  EXPECT_NE(m->find("To: <anna@kommune.dk>\r\n"), std::string::npos);
  EXPECT_NE(m->find("Subject: =?UTF-8?B?U3DDuHJnZXNrZW1hOiBUcml2c2Vs?=\r\n"), std::string::npos) << *m;
  EXPECT_NE(m->find("Content-Transfer-Encoding: base64\r\n"), std::string::npos);
  // The body after the blank line, its line ends as CRLF before encoding.
  EXPECT_TRUE(m->ends_with("\r\n\r\n" + base64_encode("Hej\r\nlinje to") + "\r\n")) << *m;
  EXPECT_EQ(format_mail_message(headers("anna@kommune.dk", "Plain"), "x")->find("Subject: Plain\r\n") ==
                std::string::npos,
            false);
}

TEST(MailMessage, NoHeaderCanBeAddedThroughAnAddressOrTheSubject) {
  EXPECT_FALSE(format_mail_message(headers("anna@kommune.dk\r\nBcc: x@y.dk"), "x"));
  EXPECT_FALSE(format_mail_message(headers("Anna <anna@kommune.dk>"), "x"));
  EXPECT_FALSE(format_mail_message(headers("anna@kommune.dk, bo@kommune.dk"), "x"));
  const auto m = format_mail_message(headers("anna@kommune.dk", "Hej\r\nBcc: x@y.dk"), "x");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->find("\r\nBcc:"), std::string::npos) << *m;
}

TEST(MailMessage, LongSubjectsAreFoldedWithoutSplittingACharacter) {
  std::string subject;
  for (int i = 0; i < 40; ++i) subject += "æø";
  const auto m = format_mail_message(headers("anna@kommune.dk", subject), "x");
  ASSERT_TRUE(m);
  const auto start = m->find("Subject: ");
  const auto end = m->find("\r\nMessage-ID");
  const std::string header = m->substr(start, end - start);
  EXPECT_NE(header.find("?=\r\n =?UTF-8?B?"), std::string::npos) << header;
  // Every encoded word holds whole characters: 2-byte letters, so an even number of bytes, ≤ 45.
  std::size_t pos = 0;
  while ((pos = header.find("=?UTF-8?B?", pos)) != std::string::npos) {
    pos += 10;
    const auto close = header.find("?=", pos);
    const std::size_t bytes =
        (close - pos) / 4 * 3 - (header[close - 1] == '=' ? 1 : 0) - (header[close - 2] == '=' ? 1 : 0);
    EXPECT_EQ(bytes % 2, 0u) << header;
    EXPECT_LE(bytes, 45u);
    pos = close;
  }
}

TEST(MailMessage, PlausibleAddresses) {
  EXPECT_TRUE(plausible_mail_address("a.b+c@sub.kommune.dk"));
  EXPECT_FALSE(plausible_mail_address("anna"));
  EXPECT_FALSE(plausible_mail_address("anna@localhost"));
  EXPECT_FALSE(plausible_mail_address("@kommune.dk"));
  EXPECT_FALSE(plausible_mail_address("a@b@kommune.dk"));
  EXPECT_FALSE(plausible_mail_address("a b@kommune.dk"));
  EXPECT_FALSE(plausible_mail_address(std::string(250, 'a') + "@kommune.dk"));
}

TEST(MailMessage, Base64) {
  EXPECT_EQ(base64_encode(""), "");
  EXPECT_EQ(base64_encode("f"), "Zg==");
  EXPECT_EQ(base64_encode("fo"), "Zm8=");
  EXPECT_EQ(base64_encode("foo"), "Zm9v");
  EXPECT_EQ(base64_encode("foobar"), "Zm9vYmFy");
}

}  // namespace
}  // namespace forkant
