#pragma once
// Small builders shared by the decisions-domain tests: valid objects that a test changes in one place.

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "domain/date.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/decisions/goal.hpp"

namespace forkant::test {

// A date literal; aborts the test run on a typo rather than testing with a wrong date.
inline Date day(std::string_view iso) {
  return parse_iso_date(iso).value();
}

inline constexpr std::int64_t kOrg = 7;
inline constexpr std::int64_t kDirector = 101;
inline constexpr std::int64_t kCoordinator = 102;

inline ValidationContext org_context() {
  return {{kDirector, kCoordinator}, {11, 12}, {21, 22}, {"efficiency", "quality"}};
}

inline DecisionDraft valid_draft() {
  DecisionDraft d;
  d.kind = DecisionKind::decided;
  d.title = "Fælles sagsbehandlingssystem";
  d.rationale = "Vi samler sagsbehandlingen i ét system for at frigøre tid til borgerne.";
  d.questions = {2, 9};
  d.purposes = {"efficiency"};
  d.owner_user_id = kDirector;
  d.body = "direktionen";
  d.decided_on = day("2026-03-03");
  return d;
}

inline Decision decision(std::int64_t id, DecisionDraft content, std::int64_t org_id = kOrg) {
  Decision d;
  d.id = id;
  d.org_id = org_id;
  d.content = std::move(content);
  return d;
}

inline Decision decision(std::int64_t id, DecisionKind kind, std::set<int> questions,
                         std::string_view decided_on) {
  DecisionDraft content = valid_draft();
  content.kind = kind;
  content.title = "Beslutning " + std::to_string(id);
  content.questions = std::move(questions);
  content.decided_on = day(decided_on);
  return decision(id, std::move(content));
}

inline Goal goal(std::int64_t id, std::string title, std::set<int> questions) {
  return {id, kOrg, std::move(title), "", std::move(questions), day("2027-12-31")};
}

inline Step step(std::int64_t id, std::int64_t goal_id, std::string_view due_on,
                 StepStatus status = StepStatus::planned) {
  Step s;
  s.id = id;
  s.goal_id = goal_id;
  s.hypothesis = "Hvis vi prøver " + std::to_string(id) + ", så lærer vi noget";
  s.success_criterion = "Halvdelen af sagerne digitalt";
  s.owner_user_id = kDirector;
  s.due_on = day(due_on);
  s.status = status;
  return s;
}

inline Evaluation evaluation(Verdict verdict, std::string_view on = "2026-03-01") {
  return {"Målet blev nået", "Borgerne tog det godt imod", verdict, day(on)};
}

}  // namespace forkant::test
