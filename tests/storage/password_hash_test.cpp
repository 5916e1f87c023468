// The stored credential (OWASP ASVS 2.4.1, 2.4.4): what the account store holds for a password, read back
// through the store on every backend after the service wrote it: an argon2id string in PHC form with at
// least the limits we claim (README, services/secrets.hpp: libsodium's interactive limits, 64 MiB and two
// passes), a 16-byte salt of its own per hash, and nothing of the password.
#include <sodium.h>

#include <regex>

#include "services/secrets.hpp"
#include "storage_test.hpp"

namespace forkant::test {
namespace {

struct Argon2 {
  long memory_kib = 0;
  long passes = 0;
  long lanes = 0;
  std::size_t salt_bytes = 0;
  std::size_t hash_bytes = 0;
  std::string salt;
};

// `$argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>`, salt and hash in unpadded standard base64.
std::optional<Argon2> parse_argon2id(const std::string& stored) {
  static const std::regex phc(
      R"(^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$)");
  std::smatch m;
  if (!std::regex_match(stored, m, phc)) return std::nullopt;
  auto decoded_size = [](const std::string& b64) -> std::size_t {
    unsigned char out[128];
    std::size_t len = 0;
    if (sodium_base642bin(out, sizeof out, b64.data(), b64.size(), nullptr, &len, nullptr,
                          sodium_base64_VARIANT_ORIGINAL_NO_PADDING) != 0) {
      return 0;
    }
    return len;
  };
  return Argon2{std::stol(m[1]),    std::stol(m[2]),    std::stol(m[3]),
                decoded_size(m[4]), decoded_size(m[5]), m[4].str()};
}

void expect_argon2id_with_our_limits(const std::optional<std::string>& stored, const std::string& password) {
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->find(password), std::string::npos) << "the password itself is stored";
  const auto a = parse_argon2id(*stored);
  ASSERT_TRUE(a) << "not an argon2id PHC string: " << *stored;
  EXPECT_GE(a->memory_kib, 65536) << "memory below 64 MiB";
  EXPECT_GE(a->passes, 2);
  EXPECT_GE(a->lanes, 1);
  EXPECT_GE(a->salt_bytes, 16u) << "salt shorter than 128 bits";
  EXPECT_GE(a->hash_bytes, 32u);
  EXPECT_TRUE(verify_password(password, *stored));
  EXPECT_FALSE(verify_password(password + "x", *stored));
}

TEST_P(StorageTest, Accounts_APasswordIsStoredAsArgon2idWithItsLimitsAndItsOwnSalt) {
  const auto karen = account_service->create_user("karen@kommune.dk", "Karen", kPassword, "da", std::nullopt);
  const auto lise = account_service->create_user("lise@kommune.dk", "Lise", kPassword, "da", std::nullopt);
  ASSERT_TRUE(karen);
  ASSERT_TRUE(lise);
  const auto karens = accounts().password_hash(karen->id);
  const auto lises = accounts().password_hash(lise->id);
  expect_argon2id_with_our_limits(karens, kPassword);
  expect_argon2id_with_our_limits(lises, kPassword);
  ASSERT_TRUE(karens && lises);
  EXPECT_NE(*karens, *lises) << "one password, two accounts: the same hash";
  EXPECT_NE(parse_argon2id(*karens)->salt, parse_argon2id(*lises)->salt) << "a salt was used twice";
}

TEST_P(StorageTest, Accounts_AChangedPasswordIsStoredAsArgon2idToo) {
  const auto karen = account_service->create_user("karen@kommune.dk", "Karen", kPassword, "da", std::nullopt);
  ASSERT_TRUE(karen);
  const std::string next = "et helt andet langt kodeord";
  ASSERT_TRUE(account_service->change_password(karen->id, "", kPassword, next, "192.0.2.10"));
  expect_argon2id_with_our_limits(accounts().password_hash(karen->id), next);
}

}  // namespace
}  // namespace forkant::test
