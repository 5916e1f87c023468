// The audit log's sentences for networks (issue 15): the network's name and the organisation or person
// the entry concerns, split at the last ": " since a network's name may hold one itself.
#include <gtest/gtest.h>

#include "domain/audit/audit_sentence.hpp"

namespace forkant {
namespace {

TEST(NetworkAuditSentence, InvitedNamesTheNetworkAndTheOrganisation) {
  const auto s = describe_audit("network.invited", "network:7", "Netværk: Midtjylland: Anden Kommune");
  EXPECT_EQ(s.key, "audit.say.network.invited");
  EXPECT_EQ(s.params.at("title"), "Netværk: Midtjylland");
  EXPECT_EQ(s.params.at("org"), "Anden Kommune");
  EXPECT_EQ(s.object_kind, "network");
  EXPECT_EQ(s.object_id, 7);
}

TEST(NetworkAuditSentence, CoordinatorEntriesNameThePerson) {
  const auto s =
      describe_audit("network.coordinator_ended", "network:7", "Netværket: Anne Anden (Anden Kommune)");
  EXPECT_EQ(s.key, "audit.say.network.coordinator_ended");
  EXPECT_EQ(s.params.at("title"), "Netværket");
  EXPECT_EQ(s.params.at("person"), "Anne Anden (Anden Kommune)");
}

TEST(NetworkAuditSentence, MembershipEntriesNameTheNetwork) {
  for (const char* a : {"network.created", "network.joined", "network.declined", "network.left",
                        "network.contribution_withdrawn_on_leaving", "network.share_withdrawn_on_leaving"}) {
    const auto s = describe_audit(a, "network:7", "Netværket");
    EXPECT_EQ(s.key, std::string("audit.say.") + a);
    EXPECT_EQ(s.params.at("title"), "Netværket");
  }
  EXPECT_EQ(describe_audit("organisation.profile_changed", "organisation:1", "municipality, 43000").key,
            "audit.say.organisation.profile_changed");
}

TEST(NetworkAuditSentence, NetworksAreAKindOfTheLogsFilter) {
  EXPECT_EQ(audit_kind_prefixes("network"), std::vector<std::string>{"network."});
}

}  // namespace
}  // namespace forkant
