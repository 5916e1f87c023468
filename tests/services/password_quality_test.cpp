// ASVS 2.1.7: a new password is checked against libpwquality with the cracklib dictionary at every place
// one is chosen: a new account, joining by invitation, a change (the reset page is in the integration
// suite, tests/integration/privacy_test.cpp). Passphrases and other long, unusual passwords still pass.

#include "services/password_quality.hpp"

#include <gtest/gtest.h>

#include "world.hpp"

namespace forkant::test {
namespace {

constexpr const char* kAddress = "192.0.2.10";

std::string code_of(const Status& s) {
  return s ? "ok" : s.error().code;
}

TEST(PasswordQuality, DictionaryWordsAndTheirMangledFormsAreRefused) {
  // Neither is on validate_password's short built-in list: only the dictionary refuses them.
  for (const char* p : {"dictionaries", "Dictionaries", "sunshine2024", "football2020!", "2024basketball",
                        "monkey123456", "abcdefghijklm"}) {
    EXPECT_EQ(code_of(check_new_password(p, "nina@aarhus.dk")), "password_common") << p;
  }
}

TEST(PasswordQuality, PassphrasesAndUnusualPasswordsPassWithoutCompositionRules) {
  for (const char* p : {"korrekt hest batteri klamme", "alle små bogstaver", "To kolde køer i marken",
                        "ALLCAPSPASSPHRASE", "elephant-juice-42", "Xk3-qq9-ruvw-lmn"}) {
    EXPECT_EQ(code_of(check_new_password(p, "nina@aarhus.dk")), "ok") << p;
  }
}

TEST(PasswordQuality, TheLengthRulesStayValidatePasswords) {
  EXPECT_EQ(code_of(check_new_password("kort-kodeor", "")), "password_too_short");
  EXPECT_EQ(code_of(check_new_password(std::string(129, 'q'), "")), "password_too_long");
  EXPECT_EQ(code_of(check_new_password("password1234", "")), "password_common");
}

TEST(PasswordQuality, TheDictionaryIsThere) {
  EXPECT_TRUE(password_dictionary_status());
}

class PasswordQualityEntryPoints : public ::testing::Test {
 protected:
  World w;
  std::int64_t owner = w.add_user("ejer@aarhus.dk", "Ejer Eriksen", password_hash_of_kPassword());
  std::int64_t org = w.add_org("Aarhus Kommune");
  void SetUp() override { w.add_member(org, owner, Role::owner); }
};

TEST_F(PasswordQualityEntryPoints, ANewAccountWithADictionaryPasswordIsRefusedAndNotCreated) {
  const auto refused =
      w.accounts.create_user("nina@aarhus.dk", "Nina Ny", "sunshine2024", "da", std::nullopt);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "password_common");
  EXPECT_FALSE(w.accounts_store.find_user_by_email("nina@aarhus.dk"));
  EXPECT_TRUE(w.accounts.create_user("nina@aarhus.dk", "Nina Ny", kPassword, "da", std::nullopt));
}

TEST_F(PasswordQualityEntryPoints, ChangingToADictionaryPasswordIsRefusedAndTheOldOneStays) {
  const std::string session = random_token();
  w.accounts_store.insert_session(token_hash(session), owner, "csrf", w.clock.now());
  const auto refused = w.accounts.change_password(owner, session, kPassword, "dictionaries", kAddress);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "password_common");
  EXPECT_EQ(*w.accounts_store.password_hash(owner), password_hash_of_kPassword());
}

TEST_F(PasswordQualityEntryPoints, JoiningWithADictionaryPasswordCreatesNoAccount) {
  const auto issued = w.orgs.invite(org, owner, "nina@aarhus.dk", Role::leader);
  ASSERT_TRUE(issued);
  const auto refused = w.orgs.accept_invitation(issued->token, "Nina Ny", "football2020!", kAddress);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "join_password_refused");
  EXPECT_FALSE(w.accounts_store.find_user_by_email("nina@aarhus.dk"));
  EXPECT_TRUE(w.orgs.accept_invitation(issued->token, "Nina Ny", kPassword, kAddress));
}

}  // namespace
}  // namespace forkant::test
