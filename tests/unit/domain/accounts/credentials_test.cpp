// Password, e-mail and name rules (OWASP ASVS 2.1): at least 12 characters, at most 128, counted as
// characters not bytes, no composition rules, common passwords refused.
#include "domain/accounts/credentials.hpp"

#include <gtest/gtest.h>

#include <string>

namespace forkant {
namespace {

std::string repeat(const std::string& unit, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += unit;
  return s;
}

std::string code_of(const Status& s) {
  return s ? "ok" : s.error().code;
}

TEST(PasswordRules, ElevenCharactersAreRefusedAndTwelveAccepted) {
  EXPECT_EQ(code_of(validate_password(repeat("k", 11))), "password_too_short");
  EXPECT_EQ(code_of(validate_password("kort-kodeor")), "password_too_short");
  EXPECT_EQ(code_of(validate_password("korte-kodeor")), "ok");
  EXPECT_EQ(code_of(validate_password("")), "password_too_short");
}

TEST(PasswordRules, SixtyFourAndOneHundredTwentyEightAreAcceptedAndOneHundredTwentyNineRefused) {
  EXPECT_EQ(code_of(validate_password(repeat("ab", 32))), "ok");
  EXPECT_EQ(code_of(validate_password(repeat("abcd", 32))), "ok");
  EXPECT_EQ(code_of(validate_password(repeat("abcd", 32) + "e")), "password_too_long");
}

TEST(PasswordRules, MultibyteCharactersCountAsOneCharacterEach) {
  // "æøå" is 3 characters in 6 bytes: 11 of them are 22 bytes but still too short.
  EXPECT_EQ(code_of(validate_password(repeat("æ", 11))), "password_too_short");
  EXPECT_EQ(code_of(validate_password(repeat("ø", 12))), "ok");
  EXPECT_EQ(code_of(validate_password(repeat("å", 128))), "ok") << "256 bytes, 128 characters";
  EXPECT_EQ(code_of(validate_password(repeat("å", 129))), "password_too_long");
  EXPECT_EQ(code_of(validate_password(repeat("🔑", 12))), "ok") << "four-byte characters count once";
}

TEST(PasswordRules, NoCompositionRules) {
  for (const char* p : {"alle små bogstaver", "ALLCAPSPASSPHRASE", "                ", "123987456321"}) {
    EXPECT_EQ(code_of(validate_password(p)), "ok") << p;
  }
}

TEST(PasswordRules, CommonPasswordsAreRefusedWhateverTheirCase) {
  for (const char* p : {"password1234", "Password1234", "123456789012", "adgangskode123", "QWERTYUIOPAS"}) {
    EXPECT_EQ(code_of(validate_password(p)), "password_common") << p;
  }
}

TEST(PasswordRules, InvalidUtf8IsRefused) {
  EXPECT_EQ(code_of(validate_password(std::string(12, '\xff'))), "invalid_utf8");
}

TEST(PasswordRules, ErrorsCarryTranslationKeysAndAreInvalidNotMalformed) {
  const auto s = validate_password("short");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().key, "error.password_too_short");
  EXPECT_EQ(s.error().kind, ErrorKind::invalid);
}

TEST(EmailRules, AcceptsOrdinaryAddressesAndRefusesMalformedOnes) {
  for (const char* ok : {"a@b.dk", "karen.kommunaldirektoer@demo.forkant.dk", "ø@æ.dk"}) {
    EXPECT_EQ(code_of(validate_email(ok)), "ok") << ok;
  }
  for (const char* bad : {"", "a", "@b.dk", "a@b", "a@b.", "a@@b.dk", "a@b@c.dk", "a b@c.dk",
                          "a@b.dk\r\nBcc: x", "<a@b.dk>", "a\"@b.dk"}) {
    EXPECT_EQ(code_of(validate_email(bad)), "invalid_email") << bad;
  }
  EXPECT_EQ(code_of(validate_email(std::string(250, 'a') + "@b.dk")), "invalid_email") << "over 254";
}

TEST(NameRules, RequiresSomeTextWithoutLineBreaksAndAtMost120Characters) {
  EXPECT_EQ(code_of(validate_person_name("Søren O'Hara")), "ok");
  EXPECT_EQ(code_of(validate_person_name("")), "name_required");
  EXPECT_EQ(code_of(validate_person_name(" \t ")), "name_required");
  EXPECT_EQ(code_of(validate_person_name("Line\nBreak")), "name_invalid");
  EXPECT_EQ(code_of(validate_person_name(repeat("ø", 120))), "ok");
  EXPECT_EQ(code_of(validate_person_name(repeat("ø", 121))), "name_too_long");
}

}  // namespace
}  // namespace forkant
