#pragma once
// Randomness and hashing for everything secret: session ids, CSRF tokens, API tokens, invitation links,
// passwords. Tokens come from the OS CSPRNG (libsodium) with 256 bits; only their BLAKE2b hashes are
// stored, so a copy of the database opens no session and no link. Passwords use argon2id.

#include <string>
#include <string_view>

namespace forkant {

// Call once at start-up, before any other function here.
void init_secrets();

// 32 random bytes as URL-safe base64 without padding (43 characters).
std::string random_token();

// A random (version 4) UUID, lower-case hex: public identifiers (a published decision, a shared text)
// that say nothing about the register's ids.
std::string random_uuid();

// BLAKE2b-256 of a token, as raw bytes: the value stored in the database.
std::string token_hash(std::string_view token);

// argon2id, libsodium's interactive limits (~180 ms and 64 MiB here); the result embeds salt and limits.
std::string hash_password(std::string_view password);
bool verify_password(std::string_view password, const std::string& stored_hash);

// Constant-time comparison for equal-length secrets.
bool secrets_equal(std::string_view a, std::string_view b);

}  // namespace forkant
