// Roles are ordered viewer < leader < coordinator < owner; names round-trip and nothing else parses.
#include "domain/accounts/role.hpp"

#include <gtest/gtest.h>

#include "domain/accounts/organisation.hpp"

namespace forkant {
namespace {

const Role kAll[] = {Role::viewer, Role::leader, Role::coordinator, Role::owner};

TEST(Roles, AreOrderedFromViewerToOwner) {
  for (int have = 0; have < 4; ++have) {
    for (int need = 0; need < 4; ++need) {
      EXPECT_EQ(role_at_least(kAll[have], kAll[need]), have >= need)
          << role_name(kAll[have]) << " vs " << role_name(kAll[need]);
    }
  }
  EXPECT_FALSE(role_at_least(Role::coordinator, Role::owner));
  EXPECT_TRUE(role_at_least(Role::owner, Role::viewer));
}

TEST(Roles, NamesRoundTripAndNothingElseParses) {
  for (Role r : kAll) EXPECT_EQ(parse_role(role_name(r)), r);
  for (const char* bad : {"", "Owner", "admin", "owner ", "viewers"}) EXPECT_FALSE(parse_role(bad)) << bad;
}

TEST(OrganisationKinds, NamesRoundTripAndUnknownKindsAreRefused) {
  for (OrgKind k : {OrgKind::municipality, OrgKind::region, OrgKind::state_agency, OrgKind::other}) {
    EXPECT_EQ(parse_org_kind(org_kind_name(k)), k);
  }
  EXPECT_FALSE(parse_org_kind("kingdom"));
}

TEST(Organisations, TheAnonymityThresholdCannotGoBelowThree) {
  Organisation org{0, "Kommune", OrgKind::municipality, 100, 2};
  const auto s = validate_organisation(org);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, "threshold_too_low");
  org.min_respondents = 3;
  EXPECT_TRUE(validate_organisation(org));
  org.name = "   ";
  EXPECT_FALSE(validate_organisation(org));
  org.name = "Kommune";
  org.size = -1;
  EXPECT_FALSE(validate_organisation(org));
}

}  // namespace
}  // namespace forkant
