#include "domain/audit/audit_sentence.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

namespace forkant {
namespace {

TEST(AuditSentenceTest, ADecisionNotToPursueIsItsOwnSentenceWithItsTitleAndObject) {
  const auto s = describe_audit("decision.created", "decision:12", "deselected: Ingen egen app");
  EXPECT_EQ(s.key, "audit.say.decision.created.deselected");
  EXPECT_EQ(s.params.at("title"), "Ingen egen app");
  EXPECT_EQ(s.object_kind, "decision");
  EXPECT_EQ(s.object_id, 12);
}

TEST(AuditSentenceTest, RolesBecomeCatalogueKeys) {
  const auto added = describe_audit("member.added", "user:4", "leader");
  EXPECT_EQ(added.key, "audit.say.member.added");
  EXPECT_EQ(added.keyed_params.at("role"), "role.leader");
  const auto invited = describe_audit("member.invited", "invitation:2", "ny@kommune.dk (viewer)");
  EXPECT_EQ(invited.params.at("email"), "ny@kommune.dk");
  EXPECT_EQ(invited.keyed_params.at("role"), "role.viewer");
}

TEST(AuditSentenceTest, DetailsBecomeParameters) {
  const auto links = describe_audit("round.invitations_created", "round:3", "direktion: 10");
  EXPECT_EQ(links.params.at("group"), "direktion");
  EXPECT_EQ(links.params.at("count"), "10");
  EXPECT_EQ(
      describe_audit("decision.edited", "decision:1", "version 3: title, rationale").params.at("version"),
      "3");
  EXPECT_EQ(describe_audit("meeting.minutes_recorded", "meeting:5", "2026-12-04").params.at("date"),
            "2026-12-04");
}

TEST(AuditSentenceTest, AnUnknownActionIsNeverShownAsItsCode) {
  const auto s = describe_audit("something.new", "thing:x", "raw detail");
  EXPECT_EQ(s.key, "audit.say.other");
  EXPECT_TRUE(s.params.empty());
  EXPECT_FALSE(s.object_id);
}

TEST(AuditSentenceTest, KindsGroupActionPrefixes) {
  EXPECT_EQ(audit_kinds().front(), "decision");
  EXPECT_EQ(audit_kind_prefixes("meeting"), (std::vector<std::string>{"meeting.", "meeting_series."}));
  EXPECT_TRUE(audit_kind_prefixes("nonsense").empty());
}

// Every action the services write reads as a sentence of its own: a new action without one would show
// as "changed something the log cannot describe".
TEST(AuditSentenceTest, EveryActionTheServicesWriteHasASentence) {
  const std::regex action_literal(
      R"re("((?:round|decision|briefing|goal|step|meeting|meeting_series|member|organisation|user|session|login|api_token|sso)\.[a-z_]+)")re");
  std::set<std::string> actions;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(FORKANT_SOURCE_DIR) + "/src/services")) {
    std::ifstream in(entry.path());
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (std::sregex_iterator m(text.begin(), text.end(), action_literal), end; m != end; ++m)
      actions.insert((*m)[1]);
  }
  EXPECT_TRUE(actions.contains("round.paper_form_entered"));  // the scan reads what it should
  EXPECT_TRUE(actions.contains("briefing.frozen"));
  for (const auto& action : actions) {
    EXPECT_NE(describe_audit(action, "x:1", "decided: t").key, "audit.say.other") << action;
  }
}

}  // namespace
}  // namespace forkant
