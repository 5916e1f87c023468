#pragma once
// A populated, running forkant for tests that need people: Demo Kommune with one person in every role
// who can sign in (browser) and call the API (token), and a second organisation whose owner is an
// outsider to the first. Building one costs ~1.5 s (argon2id per account), so a suite shares one:
//
//   class TenantIsolation : public ::testing::Test {
//    protected:
//     static void SetUpTestSuite() { world = std::make_unique<test::TwoOrganisations>(); }
//     static void TearDownTestSuite() { world.reset(); }
//     static inline std::unique_ptr<test::TwoOrganisations> world;
//   };
//
// Tests that change what others read (a person's language, the throttle of 127.0.0.1, sign-outs of a
// shared browser) make their own people or their own server.

#include <cstdint>
#include <string>

#include "support/server_process.hpp"

namespace forkant::test {

struct Person {
  std::string email;
  std::string password;
  std::string name;
  std::int64_t user_id = 0;
  std::string token;  // personal API token
};

struct TwoOrganisations {
  TwoOrganisations();

  // A signed-in browser / an API client for this person (each call signs in anew: ~0.2 s).
  Browser browser(const Person& p) const { return server.signed_in(p.email, p.password); }
  Browser api(const Person& p) const { return server.api(p.token); }
  std::string org_path(const std::string& rest = "") const {
    return "/orgs/" + std::to_string(demo_org) + rest;
  }
  std::string api_org_path(const std::string& rest = "") const {
    return "/api/v1/orgs/" + std::to_string(demo_org) + rest;
  }

  TestServer server;
  std::int64_t demo_org = 0;   // Demo Kommune
  std::int64_t other_org = 0;  // Anden Kommune
  Person owner;                // of Demo Kommune (the demo owner)
  Person coordinator;
  Person leader;
  Person viewer;
  Person outsider;  // owner of Anden Kommune, not a member of Demo Kommune
};

}  // namespace forkant::test
