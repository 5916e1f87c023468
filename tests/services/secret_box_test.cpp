// SecretBox: what it seals opens again under the same key only, and nothing else opens at all.
#include "services/secret_box.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "services/secrets.hpp"

namespace forkant {
namespace {

SecretBox::Key key_of(unsigned char fill) {
  SecretBox::Key key{};
  key.fill(fill);
  return key;
}

TEST(SecretBoxTest, WhatIsSealedOpensUnderTheSameKey) {
  init_secrets();
  const SecretBox box(key_of(1));
  const std::string sealed = box.seal("JBSWY3DPEHPK3PXP");
  EXPECT_TRUE(sealed.starts_with("sb1:"));
  EXPECT_EQ(sealed.find("JBSWY3DPEHPK3PXP"), std::string::npos);
  EXPECT_EQ(box.open(sealed), "JBSWY3DPEHPK3PXP");
  EXPECT_EQ(box.open(box.seal("")), "");
}

TEST(SecretBoxTest, EachSealingUsesAFreshNonce) {
  init_secrets();
  const SecretBox box(key_of(1));
  EXPECT_NE(box.seal("same"), box.seal("same"));
}

TEST(SecretBoxTest, AnotherKeyAnAlteredValueOrForeignTextDoNotOpen) {
  init_secrets();
  const SecretBox box(key_of(1));
  const SecretBox other(key_of(2));
  std::string sealed = box.seal("client-secret");
  EXPECT_EQ(other.open(sealed), std::nullopt);
  sealed[sealed.size() / 2] = sealed[sealed.size() / 2] == 'A' ? 'B' : 'A';
  EXPECT_EQ(box.open(sealed), std::nullopt);
  EXPECT_EQ(box.open("client-secret"), std::nullopt);
  EXPECT_EQ(box.open("sb1:"), std::nullopt);
  EXPECT_EQ(box.open("sb1:!!!"), std::nullopt);
}

TEST(SecretBoxTest, WithoutAKeyNothingIsSealedOrOpened) {
  const SecretBox box;
  EXPECT_FALSE(box.has_key());
  EXPECT_THROW((void)box.seal("x"), std::logic_error);
  EXPECT_THROW((void)box.open("sb1:x"), std::logic_error);
}

}  // namespace
}  // namespace forkant
