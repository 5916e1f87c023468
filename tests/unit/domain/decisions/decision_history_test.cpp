#include "domain/decisions/decision_history.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "builders.hpp"

namespace forkant {
namespace {

using test::day;
using test::kCoordinator;
using test::kDirector;
using test::org_context;
using test::valid_draft;

DecisionEdit retitle(const Decision& d, std::string title) {
  DecisionEdit edit{d.version, d.content, kCoordinator, day("2026-04-01")};
  edit.content.title = std::move(title);
  return edit;
}

TEST(DecisionHistoryTest, AnEditMakesANewVersionAndTheHistoryKeepsTheEarlierOne) {
  const Decision original = test::decision(5, valid_draft());
  const DecisionVersion v1 = first_version(original, kDirector, day("2026-03-03"));

  const auto edited = apply_edit(original, retitle(original, "Ét system til alle sager"), org_context());
  ASSERT_TRUE(edited) << edited.error().code;
  EXPECT_EQ(edited->decision.version, 2);
  EXPECT_EQ(edited->decision.content.title, "Ét system til alle sager");
  EXPECT_EQ(edited->version.version, 2);
  EXPECT_EQ(edited->version.decision_id, 5);
  EXPECT_EQ(edited->version.edited_by, kCoordinator);

  const auto entries = history({edited->version, v1});
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].version, 1);
  EXPECT_TRUE(entries[0].changed.empty());
  EXPECT_EQ(entries[1].changed, std::vector<DecisionField>{DecisionField::title});
  EXPECT_EQ(v1.content.title, "Fælles sagsbehandlingssystem") << "the first version is untouched";
}

TEST(DecisionHistoryTest, RefusesAnEditMadeAgainstAnOlderVersion) {
  Decision current = test::decision(5, valid_draft());
  current.version = 3;
  DecisionEdit stale = retitle(current, "Sidst gemt vinder ikke");
  stale.base_version = 2;
  const auto result = apply_edit(current, stale, org_context());
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, "stale_version");
  EXPECT_EQ(result.error().kind, ErrorKind::conflict);
  EXPECT_EQ(result.error().params.at("current"), "3");
}

TEST(DecisionHistoryTest, RefusesAnInvalidEditAndOneThatChangesNothing) {
  const Decision current = test::decision(5, valid_draft());
  DecisionEdit bad = retitle(current, "ok");
  bad.content.review_on = day("2026-01-01");
  EXPECT_EQ(apply_edit(current, bad, org_context()).error().code, "review_before_decision");

  const DecisionEdit same{current.version, current.content, kDirector, day("2026-04-01")};
  EXPECT_EQ(apply_edit(current, same, org_context()).error().code, "no_changes");
}

TEST(DecisionHistoryTest, ASupersededDecisionCanNoLongerBeEdited) {
  Decision old = test::decision(5, valid_draft());
  old.superseded_by_id = 9;
  const auto result = apply_edit(old, retitle(old, "Ny titel"), org_context());
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, "already_superseded");
  EXPECT_EQ(result.error().params.at("successor"), "9");
}

TEST(DecisionHistoryTest, DiffNamesExactlyTheFieldsThatChanged) {
  const DecisionDraft before = valid_draft();
  DecisionDraft after = before;
  after.kind = DecisionKind::postponed;
  after.questions.insert(4);
  after.review_on = day("2026-09-01");
  after.goal_id = 21;
  EXPECT_EQ(diff(before, after), (std::vector<DecisionField>{DecisionField::kind, DecisionField::questions,
                                                             DecisionField::review_on, DecisionField::goal}));
  EXPECT_TRUE(diff(before, before).empty());
  EXPECT_EQ(to_string(DecisionField::decided_on), "decided_on");
  EXPECT_EQ(to_string(DecisionField::goal), "goal");
}

TEST(DecisionHistoryTest, HistoryComparesEachVersionWithTheOneBefore) {
  DecisionDraft v1 = valid_draft(), v2 = v1, v3 = v1;
  v2.rationale = "Ny begrundelse";
  v3 = v2;
  v3.owner_user_id = kCoordinator;
  v3.body = "økonomiudvalget";
  const auto entries = history({{5, 3, v3, kDirector, day("2026-05-01")},
                                {5, 1, v1, kDirector, day("2026-03-03")},
                                {5, 2, v2, kCoordinator, day("2026-04-01")}});
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[1].changed, std::vector<DecisionField>{DecisionField::rationale});
  EXPECT_EQ(entries[2].changed, (std::vector<DecisionField>{DecisionField::owner, DecisionField::body}));
  EXPECT_EQ(entries[2].edited_at, day("2026-05-01"));
}

TEST(DecisionHistoryTest, SupersedingLinksTheNewDecisionBackToTheOld) {
  const Decision old = test::decision(5, valid_draft());
  const Decision successor = test::decision(9, valid_draft());
  const auto result = supersede(old, successor);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->old_decision.superseded_by_id, 9);
  EXPECT_TRUE(result->old_decision.is_superseded());
  EXPECT_EQ(result->successor.supersedes_id, 5);
  EXPECT_FALSE(result->successor.is_superseded());
  EXPECT_EQ(result->old_decision.content, old.content) << "the old content stays as it was";
}

TEST(DecisionHistoryTest, RefusesSupersedingThatWouldBreakTheChain) {
  const Decision old = test::decision(5, valid_draft());
  Decision superseded = old;
  superseded.superseded_by_id = 6;
  Decision replaced_elsewhere = test::decision(9, valid_draft());
  replaced_elsewhere.supersedes_id = 4;
  struct Case {
    const char* name;
    Decision old_decision;
    Decision successor;
    const char* code;
    ErrorKind kind;
  };
  const Case cases[] = {
      {"itself", old, old, "supersede_self", ErrorKind::invalid},
      {"another organisation's", old, test::decision(9, valid_draft(), 8), "unknown_decision",
       ErrorKind::not_found},
      {"an already superseded one", superseded, test::decision(9, valid_draft()), "already_superseded",
       ErrorKind::conflict},
      {"by a superseded one", test::decision(9, valid_draft()), superseded, "already_superseded",
       ErrorKind::conflict},
      {"by one that already replaces another", old, replaced_elsewhere, "already_supersedes",
       ErrorKind::conflict},
  };
  for (const auto& c : cases) {
    const auto result = supersede(c.old_decision, c.successor);
    ASSERT_FALSE(result) << c.name;
    EXPECT_EQ(result.error().code, c.code) << c.name;
    EXPECT_EQ(result.error().kind, c.kind) << c.name;
  }
}

TEST(DecisionHistoryTest, FollowUpNotesAreMadeForTheDecisionAndMustSaySomething) {
  Decision d = test::decision(5, valid_draft());
  const auto note = make_follow_up_note(d, "Evalueret i økonomiudvalget", kDirector, day("2026-06-01"));
  ASSERT_TRUE(note);
  EXPECT_EQ(note->decision_id, 5);
  EXPECT_EQ(note->author_user_id, kDirector);
  EXPECT_EQ(note->written_on, day("2026-06-01"));

  EXPECT_EQ(make_follow_up_note(d, " ", kDirector, day("2026-06-01")).error().code, "note_required");
  EXPECT_EQ(make_follow_up_note(d, std::string(5001, 'x'), kDirector, day("2026-06-01")).error().code,
            "note_too_long");
}

TEST(DecisionHistoryTest, ASupersededDecisionTakesNoMoreNotes) {
  Decision d = test::decision(5, valid_draft());
  d.superseded_by_id = 9;  // the follow-up belongs to decision 9, which is in force
  const auto note = make_follow_up_note(d, "Evalueret", kDirector, day("2026-06-01"));
  ASSERT_FALSE(note);
  EXPECT_EQ(note.error().code, "already_superseded");
  EXPECT_EQ(note.error().kind, ErrorKind::conflict);
}

}  // namespace
}  // namespace forkant
