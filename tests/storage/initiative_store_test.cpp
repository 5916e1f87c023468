// InitiativeStore (services/initiatives.hpp) on every backend: the content round trip through the JSON
// column, the compare-and-set on the version, append-only versions, phase changes and measurements, the
// links both ways, and tenant isolation; and the service's writes all-or-nothing.
#include "storage/database_error.hpp"
#include "storage_test.hpp"

namespace forkant::test {
namespace {

InitiativeDraft full_draft(std::int64_t owner, std::int64_t decision_id, std::int64_t goal_id,
                           std::int64_t step_id) {
  InitiativeDraft d;
  d.title = "Lønrobot";
  d.description = "RPA til lønindberetning — æøå “citater”";
  d.owner_user_id = owner;
  d.questions = {4, 9};
  d.purposes = {{"p.efficiency", 70}, {"p.labour", 30}};
  d.value_rating = 4;
  d.technologies = {Technology::rpa, Technology::rules};
  d.maturity = Maturity::proven;
  d.data_types = {"lønoplysninger", "CPR-nummer"};
  d.personal_data = true;
  d.special_categories = false;
  d.data_sources = {{"KMD Opus", Quality::good}, {"Silkeborg Data", Quality::poor}};
  d.competence_readiness = Quality::good;
  d.asked_by = "Lønafdelingen";
  d.prefers_human_contact = "Medarbejdere med særlige aftaler";
  d.analogue_alternative = "Manuel behandling i lønteamet";
  d.analogue_owner_user_id = owner;
  d.partners = {{"KL", PartnerKind::public_body, "Sparring"}};
  d.governance = "Styregruppe med HR og IT";
  d.standards = {"NemKonto", "OIOUBL"};
  d.method_freedom = "Teamet vælger selv processer";
  d.benefits = {{"Timer sparet", "timer/md", 0, 120.5, day("2027-01-01"), "HR"}};
  d.communication = {{Audience::employees, "HR-chef", "Robotten kommer", day("2026-09-01"), "Intranet"}};
  d.decision_ids = {decision_id};
  d.goal_ids = {goal_id};
  d.step_ids = {step_id};
  return d;
}

TEST_P(StorageTest, Initiatives_ContentRoundTripsWithLinksBothWays) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  const auto d = decision(a, karen);
  const auto g = goal(a);
  const auto step_id = decisions().insert_step(a, step(g.id, karen), kNow);
  Initiative i;
  i.org_id = a;
  i.content = full_draft(karen, d.id, g.id, step_id);
  const auto id = initiatives().insert_initiative(i, karen, kNow);
  const auto found = initiatives().find_initiative(id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->org_id, a);
  EXPECT_EQ(found->version, 1);
  EXPECT_EQ(found->phase, Phase::idea);
  EXPECT_EQ(found->created_at, kNow);
  EXPECT_EQ(found->content, i.content);
  EXPECT_FALSE(initiatives().find_initiative(id + 100));

  ASSERT_EQ(initiatives().initiatives_linking_decision(a, d.id).size(), 1U);
  ASSERT_EQ(initiatives().initiatives_linking_goal(a, g.id).size(), 1U);
  EXPECT_TRUE(initiatives().initiatives_linking_decision(org("B"), d.id).empty());
}

TEST_P(StorageTest, Initiatives_ALinkToAnotherOrganisationsObjectIsRefusedByTheSchema) {
  const auto a = org("A");
  const auto b = org("B");
  const auto karen = member(a, "karen@x.dk");
  const auto bo = member(b, "bo@x.dk");
  const auto theirs = decision(b, bo);
  Initiative i;
  i.org_id = a;
  i.content.title = "X";
  i.content.owner_user_id = karen;
  i.content.decision_ids = {theirs.id};
  EXPECT_THROW(initiatives().insert_initiative(i, karen, kNow), DatabaseError);
}

TEST_P(StorageTest, Initiatives_ListIsPerOrganisationByTitle) {
  const auto a = org("A");
  const auto b = org("B");
  const auto karen = member(a, "karen@x.dk");
  const auto bo = member(b, "bo@x.dk");
  for (const auto& [o, title, who] : {std::tuple{a, "beta", karen}, {a, "Alfa", karen}, {b, "Gamma", bo}}) {
    Initiative i;
    i.org_id = o;
    i.content.title = title;
    i.content.owner_user_id = who;
    initiatives().insert_initiative(i, who, kNow);
  }
  const auto list = initiatives().initiatives(a);
  ASSERT_EQ(list.size(), 2U);
  EXPECT_EQ(list[0].content.title, "Alfa");
  EXPECT_EQ(list[1].content.title, "beta");
}

// SQLite's NOCASE order on every backend: ASCII case folded, everything else byte by byte, so æ, ø and å
// come after z in UTF-8's order (Å, Æ, Ø) — not beside "a" as a case-insensitive ICU collation puts them.
// Equal titles keep the order they were made in.
TEST_P(StorageTest, Initiatives_TitlesOrderWithoutAsciiCaseThenByteForByte) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  for (const char* title : {"Ørsted", "zebra", "Æble", "alfa", "Beta", "ALFA", "_x", "Åben", "Zulu"}) {
    Initiative i;
    i.org_id = a;
    i.content.title = title;
    i.content.owner_user_id = karen;
    initiatives().insert_initiative(i, karen, kNow);
  }
  std::vector<std::string> titles;
  for (const auto& i : initiatives().initiatives(a)) titles.push_back(i.content.title);
  const std::vector<std::string> expected{"_x",   "alfa", "ALFA", "Beta",  "zebra",
                                          "Zulu", "Åben", "Æble", "Ørsted"};
  EXPECT_EQ(titles, expected);
}

TEST_P(StorageTest, Initiatives_UpdateIsACompareAndSetAndVersionsAreAppendOnly) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  Initiative i;
  i.org_id = a;
  i.content.title = "Første";
  i.content.owner_user_id = karen;
  i.id = initiatives().insert_initiative(i, karen, kNow);
  initiatives().insert_initiative_version(a, {i.id, 1, i.content, karen, kNow});
  auto edited = i;
  edited.version = 2;
  edited.content.title = "Anden";
  EXPECT_FALSE(initiatives().update_initiative(edited, 2));  // the stored version is 1
  EXPECT_TRUE(initiatives().update_initiative(edited, 1));
  EXPECT_FALSE(initiatives().update_initiative(edited, 1));
  auto foreign = edited;
  foreign.org_id = org("B");
  foreign.version = 3;
  EXPECT_FALSE(initiatives().update_initiative(foreign, 2));  // another organisation's id
  EXPECT_EQ(initiatives().find_initiative(i.id)->content.title, "Anden");

  initiatives().insert_initiative_version(a, {i.id, 2, edited.content, karen, kNow + 1});
  EXPECT_THROW(initiatives().insert_initiative_version(a, {i.id, 2, edited.content, karen, kNow}),
               DatabaseError);
  const auto versions = initiatives().initiative_versions(a, i.id);
  ASSERT_EQ(versions.size(), 2U);
  EXPECT_EQ(versions[0].content.title, "Første");
  EXPECT_EQ(versions[1].edited_at, kNow + 1);
  EXPECT_TRUE(initiatives().initiative_versions(org("C"), i.id).empty());
}

TEST_P(StorageTest, Initiatives_PhaseChangesSetThePhaseAndMeasurementsKeepTheirValues) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  Initiative i;
  i.org_id = a;
  i.content.title = "Sensorer";
  i.content.owner_user_id = karen;
  i.id = initiatives().insert_initiative(i, karen, kNow);
  initiatives().insert_phase_change(a, i.id, {Phase::idea, Phase::pilot, day("2026-03-10"), "Klar", karen});
  initiatives().insert_phase_change(a, i.id,
                                    {Phase::pilot, Phase::stopped, day("2026-05-01"), "Lærte", karen});
  EXPECT_THROW(initiatives().insert_phase_change(
                   a, i.id, {Phase::stopped, Phase::stopped, day("2026-05-02"), "x", karen}),
               DatabaseError);
  const auto found = initiatives().find_initiative(i.id);
  EXPECT_EQ(found->phase, Phase::stopped);
  ASSERT_EQ(found->phase_changes.size(), 2U);
  EXPECT_EQ(found->phase_changes[1],
            (PhaseChange{Phase::pilot, Phase::stopped, day("2026-05-01"), "Lærte", karen}));

  initiatives().insert_measurement(a, i.id, {0, 0, "Faldulykker", 3.25, day("2026-04-01"), "note"}, kNow);
  initiatives().insert_measurement(a, i.id, {0, 1, "Tid", 0.1, day("2026-02-01"), ""}, kNow);
  const auto measured = initiatives().measurements(a, i.id);
  ASSERT_EQ(measured.size(), 2U);
  EXPECT_EQ(measured[0].benefit_title, "Tid");  // by date
  EXPECT_DOUBLE_EQ(measured[0].value, 0.1);
  EXPECT_DOUBLE_EQ(measured[1].value, 3.25);
  EXPECT_TRUE(initiatives().measurements(org("B"), i.id).empty());
}

TEST_P(StorageTest, AllOrNothing_StopAnInitiativeWithItsDeselectedDecision) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  InitiativeDraft d;
  d.title = "Borgerapp";
  d.owner_user_id = karen;
  const auto id = initiative_service->create_initiative(a, karen, d);
  ASSERT_TRUE(id) << id.error().code;
  const auto current = *initiative_service->find_initiative(*id);
  expect_all_or_nothing([&] {
    const auto stopped =
        initiative_service->change_phase(current, karen, Phase::stopped, "For få brugere", "da");
    ASSERT_TRUE(stopped) << stopped.error().code;
  });
  EXPECT_EQ(decision_service->all_decisions(a).size(), 1U);
}

TEST_P(StorageTest, AllOrNothing_EditAnInitiative) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  const auto g = goal(a);
  InitiativeDraft d;
  d.title = "Borgerapp";
  d.owner_user_id = karen;
  const auto id = initiative_service->create_initiative(a, karen, d);
  ASSERT_TRUE(id);
  const auto current = *initiative_service->find_initiative(*id);
  d.goal_ids = {g.id};
  expect_all_or_nothing([&] { ASSERT_TRUE(initiative_service->edit_initiative(current, karen, 1, d)); });
}

}  // namespace
}  // namespace forkant::test
