#pragma once
// Secrets the server must read back (a TOTP secret, an identity provider's client secret) are stored
// sealed: XSalsa20-Poly1305 (libsodium's secretbox) under a key that lives outside the database
// (`forkant serve --key-file`, cli/key_file.hpp). A copy of the database alone opens none of them, and a
// sealed value that was altered or sealed under another key does not open at all.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace forkant {

class SecretBox {
 public:
  static constexpr std::size_t kKeyBytes = 32;
  using Key = std::array<unsigned char, kKeyBytes>;

  // Without a key until set_key: the process wires the services first and reads the key file after
  // (cli/environment.hpp), and only `serve` needs one.
  SecretBox() = default;
  explicit SecretBox(const Key& key) { set_key(key); }
  ~SecretBox();  // wipes the key
  SecretBox(const SecretBox&) = delete;
  SecretBox& operator=(const SecretBox&) = delete;

  void set_key(const Key& key);
  bool has_key() const { return has_key_; }

  // Both throw std::logic_error without a key.
  // "sb1:" + URL-safe base64 of a fresh random nonce and the ciphertext with its tag: printable, so that it
  // fits a text column in both backends.
  std::string seal(std::string_view plaintext) const;
  // nullopt when the value is not one of ours, was altered, or was sealed under another key.
  std::optional<std::string> open(std::string_view sealed) const;

 private:
  Key key_{};
  bool has_key_ = false;
};

}  // namespace forkant
