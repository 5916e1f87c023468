// The audit log's sentences for the initiative register (domain/audit/audit_sentence.hpp).

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/audit/audit_sentence.hpp"

namespace forkant {
namespace {

TEST(InitiativeAudit, APhaseChangeNamesBothPhasesInTheReadersLanguage) {
  const auto s =
      describe_audit("initiative.phase", "initiative:3", "pilot -> stopped: For dyrt: og for sent");
  EXPECT_EQ(s.key, "audit.say.initiative.phase");
  EXPECT_EQ(s.object_kind, "initiative");
  EXPECT_EQ(s.object_id, 3);
  EXPECT_EQ(s.keyed_params.at("from"), "initiative.phase.pilot");
  EXPECT_EQ(s.keyed_params.at("to"), "initiative.phase.stopped");
  const auto no_reason = describe_audit("initiative.phase", "initiative:3", "idea -> analysis");
  EXPECT_EQ(no_reason.keyed_params.at("to"), "initiative.phase.analysis");
}

TEST(InitiativeAudit, CreatedEditedAndMeasuredCarryTheirParameters) {
  EXPECT_EQ(describe_audit("initiative.created", "initiative:1", "Lønrobot").params.at("title"), "Lønrobot");
  EXPECT_EQ(describe_audit("initiative.edited", "initiative:1", "version 3: title").params.at("version"),
            "3");
  const auto m = describe_audit("initiative.measured", "initiative:1", "Timer sparet: 2026-11-01");
  EXPECT_EQ(m.params.at("title"), "Timer sparet");
  EXPECT_EQ(m.params.at("date"), "2026-11-01");
  const auto& kinds = audit_kinds();
  EXPECT_NE(std::find(kinds.begin(), kinds.end(), "initiative"), kinds.end());
  EXPECT_EQ(audit_kind_prefixes("initiative"), std::vector<std::string>{"initiative."});
}

}  // namespace
}  // namespace forkant
