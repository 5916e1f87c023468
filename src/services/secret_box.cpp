#include "services/secret_box.hpp"

#include <sodium.h>

#include <stdexcept>
#include <vector>

namespace forkant {
namespace {

constexpr std::string_view kPrefix = "sb1:";
constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

}  // namespace

void SecretBox::set_key(const Key& key) {
  key_ = key;
  has_key_ = true;
}

SecretBox::~SecretBox() {
  sodium_memzero(key_.data(), key_.size());
}

std::string SecretBox::seal(std::string_view plaintext) const {
  if (!has_key_) throw std::logic_error("SecretBox: no key (forkant serve --key-file)");
  std::vector<unsigned char> box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plaintext.size());
  unsigned char* nonce = box.data();
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(box.data() + crypto_secretbox_NONCEBYTES,
                        reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(), nonce,
                        key_.data());
  std::string out(sodium_base64_ENCODED_LEN(box.size(), kVariant), '\0');
  sodium_bin2base64(out.data(), out.size(), box.data(), box.size(), kVariant);
  out.resize(out.find('\0'));
  return std::string(kPrefix) + out;
}

std::optional<std::string> SecretBox::open(std::string_view sealed) const {
  if (!has_key_) throw std::logic_error("SecretBox: no key (forkant serve --key-file)");
  if (!sealed.starts_with(kPrefix)) return std::nullopt;
  sealed.remove_prefix(kPrefix.size());
  if (sealed.empty()) return std::nullopt;  // (and no empty buffer reaches libsodium: UBSan)
  std::vector<unsigned char> box(sealed.size());
  std::size_t length = 0;
  if (sodium_base642bin(box.data(), box.size(), sealed.data(), sealed.size(), nullptr, &length, nullptr,
                        kVariant) != 0 ||
      length < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) {
    return std::nullopt;
  }
  const std::size_t cipher = length - crypto_secretbox_NONCEBYTES;
  std::string plain(cipher - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                 box.data() + crypto_secretbox_NONCEBYTES, cipher, box.data(),
                                 key_.data()) != 0) {
    return std::nullopt;
  }
  return plain;
}

}  // namespace forkant
