// The audit log's sentences of sharing and unsharing (services/network_sharing.cpp writes the detail).
#include <gtest/gtest.h>

#include "domain/audit/audit_sentence.hpp"

namespace forkant {
namespace {

TEST(ShareAuditSentence, NamesTheNetworkAndWhatWasShared) {
  const auto s = describe_audit("network.shared", "decision:12",
                                "deselection: Digitaliseringsnetværk Midtjylland: Chatbot: ikke nu");
  EXPECT_EQ(s.key, "audit.say.network.shared.deselection");
  EXPECT_EQ(s.params.at("network"), "Digitaliseringsnetværk Midtjylland");
  EXPECT_EQ(s.params.at("title"), "Chatbot: ikke nu");  // a colon in the title stays in it
  EXPECT_EQ(s.object_kind, "decision");
  EXPECT_EQ(s.object_id, 12);
  const auto w = describe_audit("network.share_withdrawn", "step:5", "lesson: Netværket: Små skridt");
  EXPECT_EQ(w.key, "audit.say.network.share_withdrawn.lesson");
  EXPECT_EQ(w.params.at("title"), "Små skridt");
  EXPECT_EQ(w.object_kind, "step");
}

TEST(ShareAuditSentence, AnUnknownKindIsToldAsADecisionWithTheWholeDetail) {
  const auto s = describe_audit("network.shared", "decision:1", "round: X: Y");
  EXPECT_EQ(s.key, "audit.say.network.shared.decision");
  EXPECT_EQ(s.params.at("title"), "round: X: Y");
}

}  // namespace
}  // namespace forkant
