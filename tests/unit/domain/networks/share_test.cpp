#include "domain/networks/share.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

ShareText valid_text() {
  return {"Vi fravalgte chatbot på borgerservice", "Borgerne ville hellere tale med et menneske.",
          ShownAs::name, "Mette Hansen", "mette@kommune.dk"};
}

Decision decision_of(DecisionKind kind) {
  Decision d;
  d.id = 7;
  d.org_id = 3;
  d.content.kind = kind;
  d.content.title = "Fælles sagsbehandlingssystem";
  d.content.rationale = "  Vi samler sagerne ét sted.  ";
  d.content.alternatives = "Tre systemer som i dag.";
  d.content.questions = {2, 4};
  return d;
}

TEST(Share, ADecisionInForceIsSharedByItsKind) {
  EXPECT_EQ(*share_source_of(decision_of(DecisionKind::decided)), ShareSource::decision);
  EXPECT_EQ(*share_source_of(decision_of(DecisionKind::deselected)), ShareSource::deselection);
  const auto postponed = share_source_of(decision_of(DecisionKind::postponed));
  ASSERT_FALSE(postponed);
  EXPECT_EQ(postponed.error().code, "share_postponed");
  auto superseded = decision_of(DecisionKind::decided);
  superseded.superseded_by_id = 9;
  const auto refused = share_source_of(superseded);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "share_superseded");
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
}

TEST(Share, OnlyAnEvaluatedStepHasALesson) {
  Step step;
  step.status = StepStatus::running;
  EXPECT_EQ(check_lesson_shareable(step).error().code, "share_not_evaluated");
  step.status = StepStatus::dropped;
  EXPECT_FALSE(check_lesson_shareable(step));
  step.status = StepStatus::done;
  step.evaluation = Evaluation{"Det virkede", "Start småt", Verdict::adjust, {}};
  EXPECT_TRUE(check_lesson_shareable(step));
}

TEST(Share, TextIsValidatedFieldByField) {
  EXPECT_TRUE(validate_share_text(valid_text(), ShareSource::decision));
  auto t = valid_text();
  t.title = "  ";
  EXPECT_EQ(validate_share_text(t, ShareSource::decision).error().code, "share_title_required");
  t = valid_text();
  t.title = std::string(kMaxShareTitleChars, 'x');
  EXPECT_TRUE(validate_share_text(t, ShareSource::decision));
  t.title = std::string(kMaxShareTitleChars, 'x') + "æ";  // characters, not bytes: 201
  EXPECT_EQ(validate_share_text(t, ShareSource::decision).error().code, "share_title_too_long");
  t = valid_text();
  t.body = "\n";
  EXPECT_EQ(validate_share_text(t, ShareSource::decision).error().code, "share_body_required");
  EXPECT_EQ(validate_share_text(t, ShareSource::deselection).error().code, "deselection_reason_required");
  t.body = std::string(kMaxShareBodyChars + 1, 'x');
  EXPECT_EQ(validate_share_text(t, ShareSource::lesson).error().code, "share_body_too_long");
  t = valid_text();
  t.body = "\xC3\x28";
  EXPECT_EQ(validate_share_text(t, ShareSource::deselection).error().code, "invalid_utf8");
  t = valid_text();
  t.contact_email = "ikke en adresse";
  EXPECT_EQ(validate_share_text(t, ShareSource::decision).error().code, "contact_email_invalid");
  t.contact_email = "";
  t.contact_name = "";
  EXPECT_TRUE(validate_share_text(t, ShareSource::decision));  // the contact is optional
  t.contact_name = "Mette\nHansen";
  EXPECT_EQ(validate_share_text(t, ShareSource::decision).error().code, "contact_invalid");
  t.contact_name = std::string(kMaxContactNameChars + 1, 'x');
  EXPECT_EQ(validate_share_text(t, ShareSource::decision).error().code, "contact_name_too_long");
}

TEST(Share, AnAnonymousShareCarriesKindAndBandButNoName) {
  Organisation org{3, "Silkeborg Kommune", OrgKind::municipality, 5000, 3, 45'000};
  auto text = valid_text();
  text.title = "  Titel  ";
  text.shown_as = ShownAs::anonymous;
  const auto s = make_share(text, ShareSource::deselection, 7, org);
  EXPECT_EQ(s.org_name, "");
  EXPECT_EQ(s.org_kind, OrgKind::municipality);
  EXPECT_EQ(s.size_band, SizeBand::from_40k_to_60k);
  EXPECT_EQ(s.title, "Titel");
  EXPECT_EQ(s.org_id, 3);
  EXPECT_EQ(s.source_id, 7);
  text.shown_as = ShownAs::name;
  EXPECT_EQ(make_share(text, ShareSource::decision, 7, org).org_name, "Silkeborg Kommune");
  org.inhabitants.reset();
  EXPECT_EQ(make_share(text, ShareSource::decision, 7, org).size_band, SizeBand::unknown);
}

TEST(Share, TheAnonymousLabelNamesKindAndBand) {
  const auto range = anonymous_label(OrgKind::municipality, SizeBand::from_40k_to_60k);
  EXPECT_EQ(range.key, "share.label.municipality.range");
  EXPECT_EQ(range.lower, 40'000);
  EXPECT_EQ(range.upper, 60'000);
  const auto top = anonymous_label(OrgKind::region, SizeBand::from_100k);
  EXPECT_EQ(top.key, "share.label.region.from");
  EXPECT_EQ(top.lower, 100'000);
  EXPECT_FALSE(top.upper);
  const auto small = anonymous_label(OrgKind::municipality, SizeBand::under_20k);
  EXPECT_EQ(small.key, "share.label.municipality.under");
  EXPECT_EQ(small.upper, 20'000);
  EXPECT_EQ(anonymous_label(OrgKind::state_agency, SizeBand::unknown).key, "share.label.state_agency");
  EXPECT_EQ(anonymous_label(OrgKind::other, SizeBand::unknown).key, "share.label.other");
}

TEST(Share, SuggestedTextsComeFromTheRegister) {
  const auto decided = suggested_text(decision_of(DecisionKind::decided));
  EXPECT_EQ(decided.title, "Fælles sagsbehandlingssystem");
  EXPECT_EQ(decided.body, "Vi samler sagerne ét sted.");
  // A deselection's text is its reasons: the rationale and the alternatives weighed.
  EXPECT_EQ(suggested_text(decision_of(DecisionKind::deselected)).body,
            "Vi samler sagerne ét sted.\n\nTre systemer som i dag.");
  Goal goal;
  goal.title = "Hurtigere sagsbehandling";
  Step step;
  step.hypothesis = std::string(150, 'x') + std::string(60, 'a') + "ø";
  step.evaluation =
      Evaluation{"Ventetiden faldt.", "Borgerne skal informeres tidligt.", Verdict::continue_, {}};
  const auto lesson = suggested_text(goal, step);
  EXPECT_EQ(lesson.title, std::string(150, 'x') + std::string(50, 'a'));  // cut at the title's limit
  EXPECT_EQ(lesson.body,
            "Hurtigere sagsbehandling\n\nVentetiden faldt.\n\nBorgerne skal informeres tidligt.");
  Initiative initiative;
  initiative.content.title = "Robotter i lønbehandlingen";
  initiative.content.description = "RPA i løn.";
  EXPECT_EQ(suggested_text(initiative).body, "RPA i løn.");
}

TEST(Share, KindsRoundTrip) {
  for (const auto s :
       {ShareSource::decision, ShareSource::deselection, ShareSource::lesson, ShareSource::initiative}) {
    EXPECT_EQ(share_source_from_string(to_string(s)), s);
  }
  EXPECT_FALSE(share_source_from_string("round"));
  EXPECT_EQ(shown_as_from_string("anonymous"), ShownAs::anonymous);
  EXPECT_FALSE(shown_as_from_string("hidden"));
}

}  // namespace
}  // namespace forkant
