// The demo's impact assessments (issue 12): the op-ed's two AI examples screened with forkant's own
// screening — the rehabilitation planning judged "decided" and going ahead with its obligations (some
// met), the job match "deselected" with its reason — and the payroll robot screened with nothing to
// judge. Canada's AIA is not in the demo: its file is brought by the user. The initiatives are found by
// title as demo_initiatives.cpp names them; one that is missing is skipped.
#include <stdexcept>

#include "cli/commands.hpp"
#include "cli/environment.hpp"
#include "domain/impact/answer_check.hpp"
#include "domain/impact/condition.hpp"

namespace forkant::cli {
namespace {

using Preferred = std::map<std::string, AnswerValue>;

bool is_choice(const Element& e, const std::string& value) {
  for (const auto& c : e.choices) {
    if (c.value == value) return true;
  }
  return false;
}

// Answers every visible question: the preferred answer where it names a choice the question has, else
// the first choice that gives no finding (the screening's "no", "none", "green"), until nothing new shows.
ImpactAssessment answer_all(Environment& env, std::int64_t actor, ImpactAssessment a,
                            const Preferred& preferred) {
  for (int round = 0; round < 20; ++round) {
    auto r = env.impact.result(a);
    if (!r) throw std::runtime_error("demo: screening result: " + r.error().code);
    const auto& q = r->questionnaire->questionnaire;
    const Answers visible = visible_answers(q, a.answers);
    Answers add;
    for (const auto& ref : all_questions(q)) {
      const Element& e = *ref.element;
      if (e.type == ElementType::html || e.type == ElementType::panel || a.answers.count(e.name)) continue;
      if (!page_visible(*ref.page, visible) || !question_visible(q, e.name, visible)) continue;
      if (const auto p = preferred.find(e.name); p != preferred.end()) {
        const auto* s = std::get_if<std::string>(&p->second);
        const auto* l = std::get_if<std::vector<std::string>>(&p->second);
        if ((s && is_choice(e, *s)) || (l && !l->empty() && is_choice(e, l->front())) ||
            std::holds_alternative<bool>(p->second)) {
          add[e.name] = p->second;
          continue;
        }
      }
      if (e.type == ElementType::boolean) {
        add[e.name] = false;
      } else if (e.choices.empty()) {
        if (e.required) add[e.name] = std::string("Se initiativets beskrivelse.");
      } else {
        const Choice* pick = &e.choices.front();
        for (const auto& c : e.choices) {
          if (c.findings.empty()) {
            pick = &c;
            break;
          }
        }
        if (e.type == ElementType::checkbox) {
          add[e.name] = std::vector<std::string>{pick->value};
        } else {
          add[e.name] = pick->value;
        }
      }
    }
    if (add.empty()) break;
    auto saved = env.impact.save_answers(a, actor, add);
    if (!saved) throw std::runtime_error("demo: screening answers: " + saved.error().code);
    a = *saved;
  }
  return a;
}

std::optional<Initiative> by_title(Environment& env, std::int64_t org_id, const std::string& title) {
  for (auto& i : env.initiatives.initiatives(org_id)) {
    if (i.content.title == title) return i;
  }
  return std::nullopt;
}

AssessmentResult screen(Environment& env, std::int64_t actor, const Initiative& i,
                        const Preferred& preferred) {
  const auto id = env.impact.start_screening(i, actor);
  if (!id) throw std::runtime_error("demo: screening " + i.content.title + ": " + id.error().code);
  const auto answered = answer_all(env, actor, *env.impact.find_assessment(*id), preferred);
  auto done = env.impact.complete(answered, actor);
  if (!done) {
    throw std::runtime_error("demo: completing the screening of " + i.content.title + ": " +
                             done.error().code);
  }
  return *done;
}

}  // namespace

void demo_impact(Environment& env, std::int64_t org_id, std::int64_t owner_id) {
  // An AI system in a high-risk area of Annex III that profiles, with personal data on a clear legal
  // basis, a transparency duty, and orange on one data-ethics question.
  const Preferred high_risk{{"ai_system", std::string("yes")},
                            {"prohibited_practices", std::vector<std::string>{"none"}},
                            {"annex_iii_profiling", std::string("yes")},
                            {"art50_duties", std::vector<std::string>{"interacts"}},
                            {"personal_data", std::string("yes")},
                            {"special_categories", std::vector<std::string>{"health"}},
                            {"legal_basis", std::string("public_authority")},
                            {"special_basis", std::string("art9_2_h")},
                            {"dpia_art35_3", std::vector<std::string>{"a_evaluation"}},
                            {"ethics_autonomy", std::string("orange")}};

  if (const auto rehab = by_title(env, org_id, "AI-støttet planlægning af genoptræning")) {
    Preferred p = high_risk;
    p["annex_iii_area"] = std::vector<std::string>{"public_benefits"};
    const auto r = screen(env, owner_id, *rehab, p);
    if (r.routing.forum) {
      auto judged = env.impact.record_judgement(r.assessment, owner_id,
                                                {DecisionKind::decided,
                                                 "Planlægningen går videre i pilot: terapeuten træffer altid "
                                                 "afgørelsen, borgeren får at vide, at et "
                                                 "AI-system har foreslået planen, og konsekvensanalysen for "
                                                 "grundlæggende rettigheder gennemføres før "
                                                 "udbredelse.",
                                                 ""},
                                                "da");
      if (!judged)
        throw std::runtime_error("demo: judging the rehabilitation planning: " + judged.error().code);
    }
    // Some obligations met (those already in force), the rest still open.
    int marked = 0;
    for (const auto& routed : r.routing.obligations) {
      const auto& o = routed.obligation;
      if (marked == 2 || (o.applies_from && *o.applies_from > env.impact.today())) continue;
      auto met = env.impact.mark_obligation_met(r.assessment, owner_id, o.id, env.impact.today(),
                                                "Gennemgået med DPO og jurist.");
      if (met) ++marked;
    }
  }

  if (const auto job = by_title(env, org_id, "AI-jobmatch i jobcentret")) {
    Preferred p = high_risk;
    p["annex_iii_area"] = std::vector<std::string>{"employment"};
    p["ethics_autonomy"] = std::string("red");
    const auto r = screen(env, owner_id, *job, p);
    if (r.routing.forum) {
      auto judged = env.impact.record_judgement(
          r.assessment, owner_id,
          {DecisionKind::deselected,
           "Fravalgt: forslagene ville i praksis styre, hvilke job ledige borgere henvises til, uden at vi "
           "kan "
           "forklare dem, og datagrundlaget i jobcentret er for usikkert. Vi styrker i stedet vejledernes "
           "matchning med bedre søgning.",
           ""},
          "da");
      if (!judged) throw std::runtime_error("demo: judging the job match: " + judged.error().code);
    }
  }

  if (const auto robot = by_title(env, org_id, "Lønrobot i lønadministrationen")) {
    screen(env, owner_id, *robot,
           {{"ai_system", std::string("no")},
            {"personal_data", std::string("yes")},
            {"legal_basis", std::string("legal_obligation")}});
  }
}

}  // namespace forkant::cli
