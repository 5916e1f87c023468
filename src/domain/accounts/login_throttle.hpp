#pragma once
// Login throttling, shared by every password check (sign-in, joining with an existing account, changing
// the password). Two rules, so that guessing is slow but nobody can lock someone else out for long:
//
//  - hard limit per (account, address): after 10 failures within 15 minutes, that pair is refused until
//    the oldest failure leaves the window. Other addresses (the owner at home, colleagues behind the same
//    proxy or NAT signing in to their own accounts) are not affected.
//  - slowing per account, from any address: after 5 failures within 15 minutes, each further attempt
//    waits 5 s after the latest failure, doubling with every failure, capped at 60 s. An attacker gets at
//    most one guess a minute per account; the owner waits a minute at worst, never a quarter of an hour.
//
// Times are Unix seconds passed in, so the rule is tested with explicit times. This class is the rule over
// the failures it is told of; the failures themselves are kept in the database, which every forkant
// instance shares, and replayed into a fresh LoginThrottle for each check (AccountService::throttled_check),
// so that N instances behind a load balancer give an attacker no more guesses than one.
// Thread-safe (a mutex, no I/O).

#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace forkant {

class LoginThrottle {
 public:
  static constexpr int kPairMaxFailures = 10;
  static constexpr std::int64_t kWindowSeconds = 15 * 60;
  static constexpr int kAccountFreeFailures = 5;
  static constexpr std::int64_t kFirstDelaySeconds = 5;
  static constexpr std::int64_t kMaxDelaySeconds = 60;

  // What a failure started, for the audit log: each is true only for the failure that crossed the line.
  struct Outcome {
    bool pair_locked = false;     // this (account, address) reached the hard limit
    bool account_slowed = false;  // the account reached the number of failures after which it is slowed
  };

  // The delay the account imposes after `failures` failures in the window (0 below the threshold).
  static std::int64_t account_delay(int failures);

  // Seconds until an attempt for `account` from `address` is allowed, or nullopt when it is allowed now.
  std::optional<std::int64_t> retry_after(const std::string& account, const std::string& address,
                                          std::int64_t now);
  Outcome record_failure(const std::string& account, const std::string& address, std::int64_t now);
  // The right password from this address: forget that pair's failures. The account's failures stay
  // (they may come from someone else) and expire with the window.
  void record_success(const std::string& account, const std::string& address);

 private:
  using Times = std::deque<std::int64_t>;
  static void expire(Times& q, std::int64_t now);
  void bound_memory(std::map<std::string, Times>& m, std::int64_t now);
  std::mutex mutex_;
  std::map<std::string, Times> accounts_;
  std::map<std::string, Times> pairs_;
};

}  // namespace forkant
