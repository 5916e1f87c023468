// CompetenceStore (services/competence.hpp) on every backend, through CompetenceService where the rule is
// the service's: the AI Act's built-in row (created on first use, never deleted, not even by SQL), the
// cells' round trip and their one place per competence, role and sector, tenant isolation by the schema,
// and a gap made a step of a goal with its link in one all-or-nothing unit.
#include "services/competence.hpp"
#include "storage/database_error.hpp"
#include "storage_test.hpp"

namespace forkant::test {
namespace {

class CompetenceFixture {
 public:
  CompetenceFixture(Backend& backend, AuditStore& audit, Transactor& tx, const Clock& clock,
                    DecisionService& decisions)
      : service(*backend.competence, audit, tx, clock, decisions) {}
  CompetenceService service;
};

TEST_P(StorageTest, Competence_TheBuiltInRowIsThereOnFirstUseAndCannotBeDeleted) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  CompetenceFixture f(backend(), audit(), transactor(), clock, *decision_service);
  const auto m = f.service.matrix(a);
  ASSERT_EQ(m.competencies.size(), 1U);
  EXPECT_TRUE(m.competencies[0].legal_duty());
  EXPECT_EQ(m.competencies[0].name, "AI-kompetencer (AI-forordningens artikel 4)");
  // Twice is harmless, and another organisation gets its own.
  EXPECT_EQ(f.service.matrix(a).competencies.size(), 1U);
  const auto b = org("B");
  const auto theirs = f.service.matrix(b).competencies;
  ASSERT_EQ(theirs.size(), 1U);
  EXPECT_EQ(theirs[0].org_id, b);
  EXPECT_NE(theirs[0].id, m.competencies[0].id);

  const auto builtin = m.competencies[0];
  EXPECT_EQ(f.service.delete_competence(builtin, karen).error().code, "competence_builtin_locked");
  EXPECT_EQ(f.service.edit_competence(builtin, karen, "Noget andet", "").error().code,
            "competence_builtin_locked");
  EXPECT_TRUE(f.service.edit_competence(builtin, karen, builtin.name, "Kurser for alle i 2026"));
  // Even the store's own delete leaves it.
  backend().competence->delete_competence(a, builtin.id);
  EXPECT_TRUE(backend().competence->find_competence(builtin.id).has_value());
}

TEST_P(StorageTest, Competence_CompetenciesAndSectorsAreListedByNameAndUniquePerOrganisation) {
  const auto a = org("A");
  const auto b = org("B");
  const auto karen = member(a, "karen@x.dk");
  CompetenceFixture f(backend(), audit(), transactor(), clock, *decision_service);
  ASSERT_TRUE(f.service.add_competence(a, karen, {0, 0, "informationssikkerhed", "", ""}));
  ASSERT_TRUE(f.service.add_competence(a, karen, {0, 0, "Datakyndighed", "Læse og bruge data", ""}));
  EXPECT_EQ(f.service.add_competence(a, karen, {0, 0, " datakyndighed ", "", ""}).error().code,
            "competence_name_taken");
  EXPECT_TRUE(f.service.add_competence(b, karen, {0, 0, "Datakyndighed", "", ""}));
  const auto m = f.service.matrix(a);
  ASSERT_EQ(m.competencies.size(), 3U);
  EXPECT_TRUE(m.competencies[0].legal_duty());
  EXPECT_EQ(m.competencies[1].name, "Datakyndighed");
  EXPECT_EQ(m.competencies[1].description, "Læse og bruge data");
  EXPECT_EQ(m.competencies[2].name, "informationssikkerhed");

  ASSERT_TRUE(f.service.add_sector(a, karen, {0, 0, "Teknik og miljø"}));
  const auto children = f.service.add_sector(a, karen, {0, 0, "Børn og unge"});
  ASSERT_TRUE(children);
  EXPECT_EQ(f.service.add_sector(a, karen, {0, 0, "børn og unge"}).error().code, "sector_name_taken");
  const auto sectors = f.service.matrix(a).sectors;
  ASSERT_EQ(sectors.size(), 2U);
  EXPECT_EQ(sectors[0].name, "Børn og unge");
  const auto renamed = f.service.rename_sector(sectors[0], karen, "Børn, unge og familier");
  ASSERT_TRUE(renamed);
  EXPECT_EQ(backend().competence->find_sector(*children)->name, "Børn, unge og familier");
}

TEST_P(StorageTest, Competence_ACellRoundTripsKeepsOnePlaceAndRefusesAStaleVersion) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  CompetenceFixture f(backend(), audit(), transactor(), clock, *decision_service);
  const auto data = f.service.add_competence(a, karen, {0, 0, "Datakyndighed", "", ""});
  const auto sector = f.service.add_sector(a, karen, {0, 0, "Social og sundhed"});
  ASSERT_TRUE(data && sector);
  CompetenceCell c;
  c.competence_id = *data;
  c.role = CompetenceRole::ledere;
  c.sector_id = *sector;
  c.current_level = 1;
  c.needed_level = 3;
  c.route = CompetenceRoute::partner;
  c.owner_user_id = karen;
  c.due_on = day("2026-12-01");
  c.note = "Sammen med UCN — “æøå”";
  const auto saved = f.service.save_cell(a, karen, c, std::nullopt);
  ASSERT_TRUE(saved) << saved.error().code;
  const auto found = backend().competence->find_cell(saved->id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->org_id, a);
  EXPECT_EQ(found->role, CompetenceRole::ledere);
  EXPECT_EQ(found->sector_id, *sector);
  EXPECT_EQ(found->current_level, 1);
  EXPECT_EQ(found->needed_level, 3);
  EXPECT_EQ(found->route, CompetenceRoute::partner);
  EXPECT_EQ(found->owner_user_id, karen);
  EXPECT_EQ(found->due_on, day("2026-12-01"));
  EXPECT_EQ(found->note, c.note);
  EXPECT_EQ(found->version, 1);

  // The same place again updates the cell (version 2); the same role in every sector is another place.
  c.current_level = 2;
  const auto again = f.service.save_cell(a, karen, c, 1);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->id, saved->id);
  EXPECT_EQ(backend().competence->find_cell(saved->id)->version, 2);
  EXPECT_EQ(f.service.save_cell(a, karen, c, 1).error().code, "stale_version");
  auto everywhere = c;
  everywhere.sector_id.reset();
  ASSERT_TRUE(f.service.save_cell(a, karen, everywhere, std::nullopt));
  EXPECT_EQ(f.service.matrix(a).cells.size(), 2U);
  // The schema keeps one cell per place even without the service.
  everywhere.org_id = a;
  EXPECT_THROW(backend().competence->insert_cell(everywhere, karen, kNow), DatabaseError);

  // Deleting the sector deletes its cells.
  ASSERT_TRUE(f.service.delete_sector(*backend().competence->find_sector(*sector), karen));
  EXPECT_EQ(f.service.matrix(a).cells.size(), 1U);
}

TEST_P(StorageTest, Competence_WhetherACompetenceByNameHasAnOpenGap) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  CompetenceFixture f(backend(), audit(), transactor(), clock, *decision_service);
  const auto data = f.service.add_competence(a, karen, {0, 0, "Datakyndighed", "", ""});
  ASSERT_TRUE(data);
  EXPECT_EQ(f.service.gap_open(a, "Maskinlæring"), std::nullopt) << "no such competence";
  EXPECT_EQ(f.service.gap_open(a, " datakyndighed"), false) << "no cell, no gap";
  CompetenceCell c;
  c.competence_id = *data;
  c.current_level = 3;
  c.needed_level = 3;
  ASSERT_TRUE(f.service.save_cell(a, karen, c, std::nullopt));
  EXPECT_EQ(f.service.gap_open(a, "Datakyndighed"), false);
  c.role = CompetenceRole::chefer;
  c.needed_level = 4;
  ASSERT_TRUE(f.service.save_cell(a, karen, c, std::nullopt));
  EXPECT_EQ(f.service.gap_open(a, "Datakyndighed"), true);
  const auto agenda = f.service.agenda_gaps(a);
  ASSERT_EQ(agenda.size(), 1U);
  EXPECT_EQ(agenda[0].role, "chefer");
  EXPECT_EQ(agenda[0].size, 1);
}

TEST_P(StorageTest, Competence_ACellCannotPointIntoAnotherOrganisation) {
  const auto a = org("A");
  const auto b = org("B");
  const auto karen = member(a, "karen@x.dk");
  const auto bo = member(b, "bo@x.dk");
  CompetenceFixture f(backend(), audit(), transactor(), clock, *decision_service);
  const auto theirs = f.service.add_competence(b, bo, {0, 0, "Deres", "", ""});
  ASSERT_TRUE(theirs);
  CompetenceCell c;
  c.competence_id = *theirs;
  c.needed_level = 2;
  EXPECT_EQ(f.service.save_cell(a, karen, c, std::nullopt).error().code, "unknown_competence");
  c.org_id = a;
  EXPECT_THROW(backend().competence->insert_cell(c, karen, kNow), DatabaseError);
  EXPECT_TRUE(f.service.matrix(a).cells.empty());
}

TEST_P(StorageTest, AllOrNothing_AGapBecomesAStepOfAGoal) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  const auto g = goal(a);
  CompetenceFixture f(backend(), audit(), transactor(), clock, *decision_service);
  const auto m = f.service.matrix(a);
  CompetenceCell c;
  c.competence_id = m.competencies.front().id;
  c.role = CompetenceRole::medarbejdere;
  c.current_level = 0;
  c.needed_level = 2;
  c.due_on = day("2026-09-30");
  const auto saved = f.service.save_cell(a, karen, c, std::nullopt);
  ASSERT_TRUE(saved);
  expect_all_or_nothing([&] {
    const auto step = f.service.gap_to_step(*saved, karen, g.id,
                                            {"Alle medarbejdere får AI-kursus", "Niveau 2"}, std::nullopt);
    ASSERT_TRUE(step) << step.error().code;
  });
  const auto linked = backend().competence->find_cell(saved->id);
  ASSERT_TRUE(linked->step_id.has_value());
  const auto step = decision_service->find_step(*linked->step_id);
  ASSERT_TRUE(step);
  EXPECT_EQ(step->step.goal_id, g.id);
  EXPECT_EQ(step->step.hypothesis, "Alle medarbejdere får AI-kursus");
  EXPECT_EQ(step->step.due_on, day("2026-09-30"));
  EXPECT_EQ(step->step.owner_user_id, karen);
  EXPECT_EQ(f.service.gap_to_step(*linked, karen, g.id, {"Igen", ""}, std::nullopt).error().code,
            "gap_has_step");
  EXPECT_TRUE(gaps_without_step(f.service.ranked_gaps(a)).empty());
}

}  // namespace
}  // namespace forkant::test
