// ImpactService over the real backend: the questionnaire library (Canada's AIA imported unchanged from
// ../shared), assessments answered and completed, results under every rule version, routing with the
// organisation's own table, judgements recorded as decisions linked to the exact assessment, obligations
// followed up, and the gate: an initiative cannot move past pilot while a judgement or an obligation is
// open. Refusals name the question and store nothing (the fault loop checks every write path).
#include <fstream>
#include <sstream>

#include "domain/impact/aia_scoring.hpp"
#include "retrying_transactor.hpp"
#include "services/impact.hpp"
#include "storage_test.hpp"

namespace forkant::test {
namespace {

std::string aia_file() {
  std::ifstream in(std::string(FORKANT_SOURCE_DIR) + "/../shared/data/aia/survey-enfr.json",
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

LocalText text(const std::string& da, const std::string& en) {
  return LocalText{{{"da", da}, {"en", en}}};
}

// A small screening in the model's terms, so that the tests do not depend on the wording of
// frameworks/impact/dk-screening.toml: "ai" yes -> high risk (two obligations, one applying from a date
// after the tests' today), "basis" none -> no legal basis.
ImpactBuiltins test_builtins() {
  ImpactBuiltins b;
  Questionnaire& q = b.screening.questionnaire;
  q.kind = "test-screening";
  q.version = "1";
  q.title = text("Testscreening", "Test screening");
  q.languages = {"da", "en"};
  Element ai{
      ElementType::radiogroup, "ai", text("AI i Bilag III?", "AI in Annex III?"), {}, {}, {}, "", true, {}};
  ai.choices = {{"yes", text("Ja", "Yes"), {"ai_act_high_risk"}}, {"no", text("Nej", "No"), {}}};
  Element basis{
      ElementType::radiogroup, "basis", text("Hjemmel?", "Legal basis?"), {}, {}, {}, "", false, {}};
  basis.choices = {{"none", text("Ingen", "None"), {"no_legal_basis"}}, {"ok", text("Ja", "Yes"), {}}};
  Element why{
      ElementType::comment, "why", text("Hvorfor?", "Why?"), {}, {}, {}, R"({basis} = "ok")", false, {}};
  q.pages = {Page{"p1", text("Side 1", "Page 1"), "", {ai, basis, why}}};
  Obligation fria{
      "ai-act-art27-fria", text("FRIA", "FRIA"), "AI-forordningen art. 27", day("2027-12-02"), {}};
  Obligation deployer{"ai-act-art26",
                      text("Idriftsætters pligter", "Deployer duties"),
                      "AI-forordningen art. 26",
                      day("2025-02-02"),
                      {}};
  Obligation basis_doc{
      "legal-basis", text("Find hjemmel", "Find a legal basis"), "GDPR art. 6", std::nullopt, {}};
  b.screening.findings["ai_act_high_risk"] = {
      "ai_act_high_risk", text("Højrisiko", "High risk"), "", {fria, deployer}};
  b.screening.findings["no_legal_basis"] = {
      "no_legal_basis", text("Ingen hjemmel", "No legal basis"), "", {basis_doc}};
  b.screening_text = "# test screening\n";
  for (int level = 1; level <= 4; ++level) {
    const std::string key = "aia_level_" + std::to_string(level);
    b.aia_levels[key] = {
        key, text("AIA-niveau " + std::to_string(level), "AIA level " + std::to_string(level)), "", {}};
  }
  b.default_routing.forum_of = {
      {"ai_act_high_risk", Forum::direktion}, {"no_legal_basis", Forum::jurist},
      {"aia_level_1", Forum::fagchef},        {"aia_level_2", Forum::dpo},
      {"aia_level_3", Forum::direktion},      {"aia_level_4", Forum::kommunalbestyrelsen}};
  return b;
}

class ImpactServiceTest : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    Backend& b = backend();
    impact = std::make_unique<ImpactService>(*b.impact, *b.audit, *b.transactor, clock, *initiative_service,
                                             *decision_service, test_builtins());
    initiative_service->set_open_items([this](std::int64_t org_id, std::int64_t id, const std::string& lang) {
      return impact->open_items(org_id, id, lang);
    });
    a = org("Aarhus");
    karen = member(a, "karen@aarhus.dk");
  }
  void TearDown() override {
    impact.reset();
    StorageTest::TearDown();
  }

  Initiative initiative(const std::string& title = "AI-jobmatch") {
    InitiativeDraft d;
    d.title = title;
    d.description = "Forslag til job ud fra ledige borgeres CV.";
    d.owner_user_id = karen;
    d.questions = {2, 4};
    d.technologies = {Technology::machine_learning};
    const auto id = initiative_service->create_initiative(a, karen, d);
    EXPECT_TRUE(id) << id.error().code;
    return *initiative_service->find_initiative(id.ok() ? *id : 0);
  }
  ImpactAssessment screened(const Initiative& i, const Answers& answers) {
    const auto id = impact->start_screening(i, karen);
    EXPECT_TRUE(id);
    auto saved = impact->save_answers(*impact->find_assessment(*id), karen, answers);
    EXPECT_TRUE(saved) << saved.error().code;
    auto done = impact->complete(*impact->find_assessment(*id), karen);
    EXPECT_TRUE(done) << done.error().code;
    return *impact->find_assessment(*id);
  }
  Initiative to_phase(Initiative i, Phase to) {
    auto moved = initiative_service->change_phase(i, karen, to, "", "da");
    EXPECT_TRUE(moved) << moved.error().code;
    return moved.ok() ? *moved : i;
  }

  std::unique_ptr<ImpactService> impact;
  std::int64_t a = 0;
  std::int64_t karen = 0;
};

TEST_P(ImpactServiceTest, ImportsTheAiaUnchangedWithItsChecksumAndRefusesItTwice) {
  const std::string file = aia_file();
  ASSERT_GT(file.size(), 100000U) << "../shared/data/aia/survey-enfr.json is missing";
  const auto id = impact->import_questionnaire(a, karen, file, "1.0.1");
  ASSERT_TRUE(id) << id.error().code;
  const auto q = impact->find_questionnaire(*id);
  EXPECT_EQ(q->source, file);
  EXPECT_EQ(q->kind, "aia");
  EXPECT_EQ(q->version, "1.0.1");
  EXPECT_EQ(q->sha256.size(), 64U);
  EXPECT_EQ(impact->import_questionnaire(a, karen, file, "1.0.1").error().code, "questionnaire_exists");
  EXPECT_EQ(impact->questionnaires(a).size(), 1U);
  EXPECT_TRUE(impact->questionnaires(org("Odense")).empty());
}

TEST_P(ImpactServiceTest, AMalformedFileIsRefusedWithItsPathAndNothingIsStored) {
  const auto refused = impact->import_questionnaire(
      a, karen, R"({"pages":[{"name":"p","elements":[{"type":"matrix","name":"m"}]}]})");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "survey_unsupported_type");
  EXPECT_EQ(refused.error().params.at("path"), "pages[0].elements[0]");
  EXPECT_TRUE(impact->questionnaires(a).empty());
}

TEST_P(ImpactServiceTest, ARefusedAnswerNamesItsQuestionAndChangesNothing) {
  const auto i = initiative();
  const auto id = *impact->start_screening(i, karen);
  ASSERT_TRUE(impact->save_answers(*impact->find_assessment(id), karen, {{"basis", std::string("ok")}}));
  const auto refused = impact->save_answers(*impact->find_assessment(id), karen,
                                            {{"ai", std::string("maybe")}, {"basis", std::string("none")}});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().params.at("question"), "ai");
  const auto stored = impact->find_assessment(id);
  EXPECT_EQ(stored->answers.size(), 1U);
  EXPECT_EQ(std::get<std::string>(stored->answers.at("basis")), "ok");
  EXPECT_EQ(impact->save_answers(*stored, karen, {{"nope", std::string("")}}).error().code,
            "unknown_question");
}

TEST_P(ImpactServiceTest, CompletingKeepsOnlyVisibleAnswersAndRequiresTheRequiredOnes) {
  const auto i = initiative();
  const auto id = *impact->start_screening(i, karen);
  ASSERT_TRUE(impact->save_answers(*impact->find_assessment(id), karen,
                                   {{"basis", std::string("ok")}, {"why", std::string("Samtykke")}}));
  const auto missing = impact->complete(*impact->find_assessment(id), karen);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, "answers_missing");
  EXPECT_EQ(missing.error().params.at("question"), "ai");
  // "why" shows only when basis is ok: answered, then hidden by a changed answer, it is not kept.
  ASSERT_TRUE(impact->save_answers(*impact->find_assessment(id), karen,
                                   {{"ai", std::string("no")}, {"basis", std::string("none")}}));
  ASSERT_TRUE(impact->complete(*impact->find_assessment(id), karen));
  const auto done = impact->find_assessment(id);
  EXPECT_TRUE(done->completed());
  EXPECT_EQ(done->answers.count("why"), 0U);
  EXPECT_EQ(impact->save_answers(*done, karen, {{"ai", std::string("yes")}}).error().code,
            "assessment_completed");
  EXPECT_EQ(impact->complete(*done, karen).error().code, "assessment_completed");
}

TEST_P(ImpactServiceTest, FindingsAreRoutedToTheHighestForumAndTheOrganisationsTableWins) {
  const auto i = initiative();
  const auto done = screened(i, {{"ai", std::string("yes")}, {"basis", std::string("none")}});
  auto r = impact->result(done);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->routing.forum, Forum::direktion);  // direktion (high risk) over jurist (no legal basis)
  EXPECT_EQ(r->routing.forum_because, std::vector<std::string>{"ai_act_high_risk"});
  EXPECT_EQ(r->routing.obligations.size(), 3U);
  EXPECT_TRUE(r->default_routing);
  EXPECT_TRUE(r->judgement_open);

  RoutingTable own = impact->routing_table(a);
  own.forum_of["no_legal_basis"] = Forum::kommunalbestyrelsen;
  ASSERT_TRUE(impact->save_routing(a, karen, own));
  r = impact->result(done);
  EXPECT_EQ(r->routing.forum, Forum::kommunalbestyrelsen);
  EXPECT_EQ(r->routing.forum_because, std::vector<std::string>{"no_legal_basis"});
  EXPECT_FALSE(r->default_routing);
  own.forum_of["made_up"] = Forum::dpo;
  EXPECT_EQ(impact->save_routing(a, karen, own).error().code, "unknown_finding");
  ASSERT_TRUE(impact->reset_routing(a, karen));
  EXPECT_EQ(impact->result(done)->routing.forum, Forum::direktion);
}

TEST_P(ImpactServiceTest, TheJudgementIsADecisionLinkedToTheExactAssessment) {
  const auto i = initiative();
  const auto done = screened(i, {{"ai", std::string("yes")}, {"basis", std::string("ok")}});
  EXPECT_EQ(impact->record_judgement(done, karen, {DecisionKind::decided, "", ""}, "da").error().code,
            "rationale_required");
  EXPECT_TRUE(decision_service->all_decisions(a).empty());  // nothing half-stored
  const auto decision_id = impact->record_judgement(
      done, karen, {DecisionKind::decided, "Går videre med FRIA og tilsyn.", ""}, "da");
  ASSERT_TRUE(decision_id) << decision_id.error().code;
  const auto d = decision_service->find_decision(*decision_id);
  EXPECT_EQ(d->content.kind, DecisionKind::decided);
  EXPECT_EQ(d->content.body, "Direktionen");
  EXPECT_EQ(d->org_id, a);
  const auto r = impact->result(done);
  ASSERT_EQ(r->judgements.size(), 1U);
  EXPECT_EQ(r->judgements[0].assessment_id, done.id);
  EXPECT_EQ(r->judgements[0].decision_id, *decision_id);
  EXPECT_FALSE(r->judgement_open);
  EXPECT_EQ(impact->record_judgement(done, karen, {DecisionKind::decided, "Igen", ""}, "da").error().code,
            "already_judged");
}

TEST_P(ImpactServiceTest, APostponedJudgementKeepsTheQuestionOpen) {
  const auto i = initiative();
  const auto done = screened(i, {{"ai", std::string("no")}, {"basis", std::string("none")}});
  ASSERT_TRUE(impact->record_judgement(done, karen, {DecisionKind::postponed, "Afventer jurist.", ""}, "da"));
  EXPECT_TRUE(impact->result(done)->judgement_open);
  ASSERT_TRUE(impact->record_judgement(done, karen, {DecisionKind::deselected, "Ingen hjemmel.", ""}, "da"));
  EXPECT_FALSE(impact->result(done)->judgement_open);
}

TEST_P(ImpactServiceTest, NothingFoundNeedsNoJudgement) {
  const auto i = initiative();
  const auto done = screened(i, {{"ai", std::string("no")}, {"basis", std::string("ok")}});
  const auto r = impact->result(done);
  EXPECT_FALSE(r->routing.forum);
  EXPECT_FALSE(r->judgement_open);
  EXPECT_EQ(impact->record_judgement(done, karen, {DecisionKind::decided, "x", ""}, "da").error().code,
            "no_judgement_needed");
  EXPECT_TRUE(impact->open_items(a, i.id, "da").empty());
}

TEST_P(ImpactServiceTest, TheGateHoldsAtPilotWhileAJudgementOrAnApplicableObligationIsOpen) {
  auto i = initiative();
  const auto done = screened(i, {{"ai", std::string("yes")}, {"basis", std::string("ok")}});
  i = to_phase(i, Phase::analysis);
  i = to_phase(i, Phase::pilot);
  auto open = impact->open_items(a, i.id, "da");
  // The judgement and the deployer duties (in force); the FRIA applies from 2027-12-02: shown, not open.
  ASSERT_EQ(open.size(), 2U);
  EXPECT_EQ(open[0].kind, OpenItem::Kind::judgement);
  EXPECT_EQ(open[0].what, "direktion");
  EXPECT_EQ(open[1].kind, OpenItem::Kind::obligation);
  EXPECT_EQ(open[1].what, "ai-act-art26");
  EXPECT_EQ(initiative_service->change_phase(i, karen, Phase::scale_up, "", "da").error().code,
            "phase_gate_open");

  ASSERT_TRUE(impact->record_judgement(done, karen, {DecisionKind::decided, "Ja, med tilsyn.", ""}, "da"));
  EXPECT_EQ(initiative_service->change_phase(i, karen, Phase::scale_up, "", "da").error().code,
            "phase_gate_open");
  EXPECT_EQ(impact->mark_obligation_met(done, karen, "ai-act-art27-nope", day("2026-03-01"), "").error().code,
            "unknown_obligation");
  EXPECT_EQ(impact->mark_obligation_met(done, karen, "ai-act-art26", day("2026-04-01"), "").error().code,
            "met_in_future");
  ASSERT_TRUE(impact->mark_obligation_met(done, karen, "ai-act-art26", day("2026-03-01"), "Tilsyn aftalt"));
  EXPECT_EQ(impact->mark_obligation_met(done, karen, "ai-act-art26", day("2026-03-01"), "").error().code,
            "obligation_already_met");
  EXPECT_TRUE(impact->open_items(a, i.id, "da").empty());
  i = to_phase(i, Phase::scale_up);
  EXPECT_EQ(i.phase, Phase::scale_up);
}

TEST_P(ImpactServiceTest, AReassessmentIsNumberedAndTheOldOneCanNoLongerBeJudged) {
  const auto i = initiative();
  const auto first = screened(i, {{"ai", std::string("yes")}, {"basis", std::string("ok")}});
  const auto second = screened(i, {{"ai", std::string("no")}, {"basis", std::string("none")}});
  EXPECT_EQ(first.number, 1);
  EXPECT_EQ(second.number, 2);
  EXPECT_EQ(impact->record_judgement(first, karen, {DecisionKind::decided, "Ja", ""}, "da").error().code,
            "not_latest_assessment");
  const auto open = impact->open_items(a, i.id, "en");
  ASSERT_EQ(open.size(), 2U);  // the second's judgement (jurist) and its legal-basis obligation
  EXPECT_EQ(open[0].assessment_id, second.id);
  EXPECT_EQ(open[0].what, "jurist");
}

TEST_P(ImpactServiceTest, TheAiaIsScoredUnderBothRulesSideBySideAndRoutedByItsLevel) {
  const auto qid = impact->import_questionnaire(a, karen, aia_file(), "1.0.1");
  ASSERT_TRUE(qid) << qid.error().code;
  const auto i = initiative();
  const auto id = impact->start_aia(i, karen, *qid);
  ASSERT_TRUE(id) << id.error().code;
  auto assessment = *impact->find_assessment(*id);
  EXPECT_EQ(assessment.rule, kAiaLatestRule);
  const auto loaded = impact->load(*impact->find_questionnaire(*qid));
  // Every visible radiogroup and dropdown at its highest-valued choice, until nothing new shows.
  Answers answers;
  for (int round = 0; round < 5; ++round) {
    for (const auto& ref : all_questions(loaded->questionnaire)) {
      const auto& e = *ref.element;
      if ((e.type != ElementType::radiogroup && e.type != ElementType::dropdown) || e.choices.empty())
        continue;
      const Choice* best = &e.choices.front();
      for (const auto& c : e.choices) {
        if (aia_embedded_value(c.value) > aia_embedded_value(best->value)) best = &c;
      }
      answers[e.name] = best->value;
    }
  }
  ASSERT_TRUE(impact->save_answers(assessment, karen, answers));
  auto done = impact->complete(*impact->find_assessment(*id), karen);
  ASSERT_TRUE(done) << done.error().code << " " << (done.ok() ? "" : done.error().params.begin()->second);
  ASSERT_EQ(done->scores.size(), 2U);
  EXPECT_EQ(done->scores[0].rule, 1);
  EXPECT_EQ(done->scores[1].rule, 2);
  // Independently: the levels are those score_aia gives for the stored (visible) answers under each rule.
  const auto stored = *impact->find_assessment(*id);
  for (int rule = 1; rule <= 2; ++rule) {
    EXPECT_EQ(done->scores[static_cast<std::size_t>(rule) - 1].score,
              *score_aia(loaded->questionnaire, stored.answers, rule));
  }
  ASSERT_EQ(done->findings.size(), 1U);
  EXPECT_EQ(done->findings[0].key, "aia_level_" + std::to_string(done->scores[1].score.level));
  EXPECT_EQ(done->findings[0].source, "AIA rule 2");
  const auto under_rule_1 = impact->result(stored, 1);
  EXPECT_EQ(under_rule_1->findings[0].key, "aia_level_" + std::to_string(done->scores[0].score.level));
  EXPECT_EQ(impact->result(stored, 3).error().code, "unknown_rule");
}

TEST_P(ImpactServiceTest, RiskSummariesCountWhatIsOpen) {
  const auto i = initiative();
  screened(i, {{"ai", std::string("yes")}, {"basis", std::string("none")}});
  const auto other = initiative("Robot til løn");
  screened(other, {{"ai", std::string("no")}, {"basis", std::string("ok")}});
  initiative("Ikke vurderet");
  const auto summaries = impact->risk_summaries(a);
  ASSERT_EQ(summaries.size(), 2U);
  const auto& s = summaries.at(i.id);
  EXPECT_TRUE(s.assessed);
  EXPECT_EQ(s.tier, RiskTier::high);
  EXPECT_EQ(s.forum, Forum::direktion);
  EXPECT_EQ(s.open_judgements, 1);
  EXPECT_EQ(s.open_obligations, 2);  // deployer duties and legal basis; the FRIA applies later
  EXPECT_EQ(summaries.at(other.id).open_judgements, 0);
  EXPECT_FALSE(summaries.at(other.id).forum);
}

// ---- Run twice by the backend ----------------------------------------------------------------------------
// PostgreSQL runs a body again after a serialization failure: the answer is the second run's.

TEST_P(ImpactServiceTest, ASaveRetriedAfterTheAssessmentWasCompletedMeanwhileIsRefused) {
  RetryingTransactor tx(transactor());
  ImpactService retried(*backend().impact, *backend().audit, tx, clock, *initiative_service,
                        *decision_service, test_builtins());
  const auto id = *impact->start_screening(initiative(), karen);
  ASSERT_TRUE(impact->save_answers(*impact->find_assessment(id), karen,
                                   {{"ai", std::string("no")}, {"basis", std::string("ok")}}));
  const auto loaded = *impact->find_assessment(id);
  // Another instance completes the assessment: its commit is what made the first run fail.
  tx.retry_next([&] { ASSERT_TRUE(impact->complete(*impact->find_assessment(id), karen)); });
  const auto saved = retried.save_answers(loaded, karen, {{"why", std::string("Samtykke")}});
  ASSERT_FALSE(saved) << "an answer reported saved in an assessment completed without it";
  EXPECT_EQ(saved.error().code, "assessment_completed");
  EXPECT_EQ(impact->find_assessment(id)->answers.count("why"), 0U);
}

TEST_P(ImpactServiceTest, ACompletionRefusedOnTheFirstRunButAnsweredBeforeTheRetryIsCompleted) {
  RetryingTransactor tx(transactor());
  ImpactService retried(*backend().impact, *backend().audit, tx, clock, *initiative_service,
                        *decision_service, test_builtins());
  const auto id = *impact->start_screening(initiative(), karen);
  ASSERT_TRUE(impact->save_answers(*impact->find_assessment(id), karen, {{"basis", std::string("ok")}}));
  const auto loaded = *impact->find_assessment(id);
  // The first run finds the required "ai" unanswered; the run that counts finds it answered.
  tx.retry_next([&] {
    ASSERT_TRUE(impact->save_answers(*impact->find_assessment(id), karen, {{"ai", std::string("no")}}));
  });
  const auto done = retried.complete(loaded, karen);
  ASSERT_TRUE(done) << "a refusal for a completion that was stored: " << done.error().code;
  EXPECT_TRUE(impact->find_assessment(id)->completed());
}

// ---- All or nothing ---------------------------------------------------------------------------------------

TEST_P(ImpactServiceTest, AllOrNothing_Import) {
  const std::string file = aia_file();
  expect_all_or_nothing([&] { ASSERT_TRUE(impact->import_questionnaire(a, karen, file, "1.0.1")); });
}

TEST_P(ImpactServiceTest, AllOrNothing_StartScreeningAndSaveAnswers) {
  const auto i = initiative();
  expect_all_or_nothing([&] { ASSERT_TRUE(impact->start_screening(i, karen)); });
  const auto id = impact->assessments(a, i.id).at(0).id;
  expect_all_or_nothing([&] {
    ASSERT_TRUE(impact->save_answers(*impact->find_assessment(id), karen, {{"ai", std::string("yes")}}));
  });
}

TEST_P(ImpactServiceTest, AllOrNothing_Complete) {
  const auto i = initiative();
  const auto id = *impact->start_screening(i, karen);
  ASSERT_TRUE(impact->save_answers(*impact->find_assessment(id), karen, {{"ai", std::string("yes")}}));
  expect_all_or_nothing([&] { ASSERT_TRUE(impact->complete(*impact->find_assessment(id), karen)); });
}

TEST_P(ImpactServiceTest, AllOrNothing_JudgementWithItsDecision) {
  const auto i = initiative();
  const auto done = screened(i, {{"ai", std::string("yes")}});
  expect_all_or_nothing([&] {
    ASSERT_TRUE(impact->record_judgement(done, karen, {DecisionKind::decided, "Går videre.", ""}, "da"));
  });
}

TEST_P(ImpactServiceTest, AllOrNothing_ObligationMetAndRouting) {
  const auto i = initiative();
  const auto done = screened(i, {{"ai", std::string("yes")}});
  expect_all_or_nothing([&] {
    ASSERT_TRUE(impact->mark_obligation_met(done, karen, "ai-act-art26", day("2026-03-01"), "OK"));
  });
  RoutingTable own = impact->routing_table(a);
  own.forum_of["ai_act_high_risk"] = Forum::dataetisk_udvalg;
  expect_all_or_nothing([&] { ASSERT_TRUE(impact->save_routing(a, karen, own)); });
  expect_all_or_nothing([&] { ASSERT_TRUE(impact->reset_routing(a, karen)); });
}

}  // namespace

INSTANTIATE_TEST_SUITE_P(Backends, ImpactServiceTest, ::testing::ValuesIn(backends_under_test()),
                         [](const auto& info) { return info.param.name; });

}  // namespace forkant::test
