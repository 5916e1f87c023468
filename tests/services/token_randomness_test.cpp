// Session, link and API tokens (OWASP ASVS 3.2.2, 2.9.x): unguessable because every one of their bits is
// drawn from the kernel's CSPRNG and nothing else. Length and alphabet alone prove nothing (a fixed-seed
// std::mt19937 writes tokens of the right length and alphabet, all different, evenly spread), so:
// - the OS generator is watched: this binary interposes getrandom(2)/getentropy(3), which libsodium's
//   randombytes calls, and when armed hands out known bytes; a token must then be exactly those bytes,
//   base64url-encoded (a userland PRNG, a mixing step or a truncation make it differ);
// - two processes forked from one state draw different tokens (a generator with state in the process,
//   seeded once, draws the same in both);
// - 10,000 tokens are unique, and each character position and each bit is evenly spread (chi-square and
//   binomial bounds at a fixed false-alarm rate), so all 256 bits carry entropy.
#include <gtest/gtest.h>
#include <sodium.h>
#include <sys/random.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "world.hpp"

// ---- The interposed OS generator ---------------------------------------------------------------------
namespace {

std::atomic<bool> armed{false};      // hand out the pattern instead of the kernel's bytes
std::atomic<long> calls{0};          // calls seen while armed
std::atomic<unsigned char> next{0};  // the pattern: 0x00, 0x01, ... (wrapping), continued across calls

void fill_pattern(void* buf, std::size_t size) {
  auto* p = static_cast<unsigned char*>(buf);
  for (std::size_t i = 0; i < size; ++i) p[i] = next.fetch_add(1);
  calls.fetch_add(1);
}

// The real thing, straight from the kernel (glibc's own getrandom would be this very function).
ssize_t kernel_getrandom(void* buf, std::size_t size, unsigned flags) {
  return syscall(SYS_getrandom, buf, size, flags);
}

}  // namespace

extern "C" ssize_t getrandom(void* buf, std::size_t size, unsigned flags) {
  if (armed.load()) {
    fill_pattern(buf, size);
    return static_cast<ssize_t>(size);
  }
  return kernel_getrandom(buf, size, flags);
}

extern "C" int getentropy(void* buf, std::size_t size) {
  if (size > 256) {
    errno = EIO;
    return -1;
  }
  if (armed.load()) {
    fill_pattern(buf, size);
    return 0;
  }
  auto* p = static_cast<unsigned char*>(buf);
  std::size_t got = 0;
  while (got < size) {
    const ssize_t n = kernel_getrandom(p + got, size - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -1;
    got += static_cast<std::size_t>(n);
  }
  return 0;
}

namespace forkant::test {
namespace {

constexpr int kDraws = 10000;
constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
// Each statistic below may exceed its bound by chance with probability about 1e-9 (z = 6, one-sided);
// with the ~330 statistics of this file a false alarm is about one run in three million.
constexpr double kZ = 6.0;

// The bytes the interposed generator will hand out next, as a token of `size` bytes encodes them.
std::string expected_token(unsigned char first, std::size_t size) {
  std::vector<unsigned char> raw(size);
  for (std::size_t i = 0; i < size; ++i) raw[i] = static_cast<unsigned char>(first + i);
  std::string out(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), raw.data(), raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(std::strlen(out.c_str()));
  return out;
}

// The upper bound of a chi-square statistic with `df` degrees of freedom at z standard deviations
// (Wilson-Hilferty: (X/df)^(1/3) is close to normal with mean 1 - 2/(9 df) and variance 2/(9 df)).
double chi_square_bound(int df) {
  const double v = 2.0 / (9.0 * df);
  return df * std::pow(1.0 - v + kZ * std::sqrt(v), 3);
}

class Armed {
 public:
  Armed() {
    next.store(0x10);
    calls.store(0);
    armed.store(true);
  }
  ~Armed() { armed.store(false); }
  Armed(const Armed&) = delete;
  Armed& operator=(const Armed&) = delete;
};

std::vector<std::string> draw(int n) {
  std::vector<std::string> tokens;
  tokens.reserve(n);
  for (int i = 0; i < n; ++i) tokens.push_back(random_token());
  return tokens;
}

TEST(TokenRandomness, ATokenIsExactlyTheBytesTheKernelsGeneratorGave) {
  init_secrets();
  std::string token;
  {
    const Armed armed_now;
    token = random_token();
    EXPECT_GE(calls.load(), 1) << "random_token() did not ask the OS generator (getrandom/getentropy)";
  }
  EXPECT_EQ(token, expected_token(0x10, 32)) << "the token is not the 32 bytes the OS generator gave";
  EXPECT_NE(random_token(), token) << "disarmed, the kernel's bytes are back";
}

TEST(TokenRandomness, SessionAndApiTokensComeFromTheKernelsGenerator) {
  World w;
  const auto alice = w.add_user("alice@example.dk", "Alice Andersen", password_hash_of_kPassword());
  std::string api_token;
  {
    const Armed armed_now;
    api_token = w.accounts.create_api_token(alice, "script", 30).value().token;
  }
  EXPECT_EQ(api_token, "fk_" + expected_token(0x10, 32));

  // A session: its cookie value and its CSRF token, each 32 bytes of the OS generator (argon2id's salt
  // is drawn before them, when the password is hashed; here only verified).
  const auto session = w.accounts.sign_in("alice@example.dk", kPassword, "192.0.2.10");
  ASSERT_TRUE(session);
  std::string cookie, csrf;
  {
    const Armed armed_now;
    const auto again = w.accounts.sign_in("alice@example.dk", kPassword, "192.0.2.10", session->token);
    ASSERT_TRUE(again);
    cookie = again->token;
    csrf = again->csrf_token;
  }
  EXPECT_EQ(cookie, expected_token(0x10, 32));
  EXPECT_EQ(csrf, expected_token(0x30, 32));
}

TEST(TokenRandomness, TwoProcessesForkedFromOneStateDrawDifferentTokens) {
  init_secrets();
  (void)random_token();  // any state a generator keeps in the process is now set up, before the fork
  std::array<std::string, 2> seen;
  for (auto& token : seen) {
    int pipe_fds[2];
    ASSERT_EQ(pipe(pipe_fds), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(pipe_fds[0]);
      const std::string t = random_token();
      const ssize_t written = write(pipe_fds[1], t.data(), t.size());
      _exit(written == static_cast<ssize_t>(t.size()) ? 0 : 1);
    }
    close(pipe_fds[1]);
    char buf[64];
    ssize_t n = 0;
    while ((n = read(pipe_fds[0], buf, sizeof buf)) > 0) token.append(buf, static_cast<std::size_t>(n));
    close(pipe_fds[0]);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ASSERT_EQ(token.size(), 43u);
  }
  EXPECT_NE(seen[0], seen[1]) << "two children of one process drew the same token";
}

TEST(TokenRandomness, TenThousandTokensAreUniqueAndEveryCharacterIsEvenlySpread) {
  init_secrets();
  const auto tokens = draw(kDraws);
  EXPECT_EQ(std::set<std::string>(tokens.begin(), tokens.end()).size(), tokens.size()) << "a token repeated";

  // 32 bytes are 43 base64url characters: 42 carry 6 bits each (64 symbols), the last carries 4 (16
  // symbols: the ones whose two low bits are zero).
  std::array<std::array<int, 64>, 43> counts{};
  for (const auto& t : tokens) {
    ASSERT_EQ(t.size(), 43u) << t;
    for (std::size_t i = 0; i < t.size(); ++i) {
      const auto at = kAlphabet.find(t[i]);
      ASSERT_NE(at, std::string_view::npos) << t;
      ++counts[i][at];
    }
  }
  for (std::size_t pos = 0; pos < 43; ++pos) {
    const bool last = pos == 42;
    const int symbols = last ? 16 : 64;
    const double expected = static_cast<double>(kDraws) / symbols;
    double chi = 0;
    for (std::size_t s = 0; s < 64; ++s) {
      if (last && s % 4 != 0) {
        EXPECT_EQ(counts[pos][s], 0) << "the last character cannot be " << kAlphabet[s];
        continue;
      }
      const double d = counts[pos][s] - expected;
      chi += d * d / expected;
    }
    EXPECT_LT(chi, chi_square_bound(symbols - 1)) << "character " << pos << " is not evenly spread";
  }
}

TEST(TokenRandomness, EachOfThe256BitsIsSetHalfTheTime) {
  init_secrets();
  const auto tokens = draw(kDraws);
  std::array<int, 256> ones{};
  std::array<std::array<int, 256>, 32> byte_counts{};
  for (const auto& t : tokens) {
    unsigned char raw[32];
    std::size_t len = 0;
    ASSERT_EQ(sodium_base642bin(raw, sizeof raw, t.data(), t.size(), nullptr, &len, nullptr,
                                sodium_base64_VARIANT_URLSAFE_NO_PADDING),
              0);
    ASSERT_EQ(len, 32u);
    for (std::size_t b = 0; b < 32; ++b) {
      ++byte_counts[b][raw[b]];
      for (int bit = 0; bit < 8; ++bit) ones[b * 8 + bit] += (raw[b] >> bit) & 1;
    }
  }
  // Binomial(10,000, 1/2): mean 5,000, standard deviation 50.
  const double sd = std::sqrt(kDraws * 0.25);
  for (std::size_t i = 0; i < ones.size(); ++i) {
    EXPECT_LT(std::abs(ones[i] - kDraws / 2.0), kZ * sd) << "bit " << i << " is set " << ones[i] << " times";
  }
  const double expected = kDraws / 256.0;
  for (std::size_t b = 0; b < 32; ++b) {
    double chi = 0;
    for (int v : byte_counts[b]) chi += (v - expected) * (v - expected) / expected;
    EXPECT_LT(chi, chi_square_bound(255)) << "byte " << b << " is not evenly spread";
  }
}

}  // namespace
}  // namespace forkant::test
