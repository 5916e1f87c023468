#include "support/world.hpp"

#include <gtest/gtest.h>

#include <string>

#include "support/database_facts.hpp"

namespace forkant::test {

TwoOrganisations::TwoOrganisations() {
  server.demo();
  owner = {kDemoOwnerEmail, kDemoOwnerPassword, "Karen Kommunaldirektør", 0, ""};
  coordinator = {"koordinator@demo.forkant.dk", "koordinator-kodeord-1", "Kim Koordinator", 0, ""};
  leader = {"leder@demo.forkant.dk", "leder-kodeord-73915", "Lise Leder", 0, ""};
  viewer = {"byraad@demo.forkant.dk", "byraad-kodeord-1234", "Bo Byrådsmedlem", 0, ""};
  outsider = {"direktoer@anden.example.dk", "anden-kodeord-73915", "Anne Anden", 0, ""};
  const auto added =
      server.add_user(coordinator.email, coordinator.name, coordinator.password, kDemoOrgName, "coordinator");
  coordinator.user_id = added.user_id;
  demo_org = added.org_id;  // the demo's, which the coordinator joined
  leader.user_id =
      server.add_user(leader.email, leader.name, leader.password, kDemoOrgName, "leader").user_id;
  viewer.user_id =
      server.add_user(viewer.email, viewer.name, viewer.password, kDemoOrgName, "viewer").user_id;
  const auto other =
      server.add_user(outsider.email, outsider.name, outsider.password, "Anden Kommune", "owner");
  outsider.user_id = other.user_id;
  other_org = other.org_id;
  for (Person* p : {&owner, &coordinator, &leader, &viewer, &outsider})
    p->token = server.create_token(p->email);
  // The demo made its owner; the id is read back so that rows written for the owner name a real user
  // (PostgreSQL enforces the foreign key on every connection, SQLite only where it is switched on).
  owner.user_id =
      database_fact(server, std::string("SELECT id FROM users WHERE email = '") + kDemoOwnerEmail + "'");
  server.start();
  EXPECT_GT(owner.user_id, 0);
  EXPECT_GT(demo_org, 0);
  EXPECT_GT(other_org, 0);
  EXPECT_NE(demo_org, other_org);
}

}  // namespace forkant::test
