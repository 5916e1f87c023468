#include "domain/decisions/account.hpp"

#include <algorithm>

namespace forkant {
namespace {

std::vector<Decision>& section(QuestionAccount& account, DecisionKind kind) {
  switch (kind) {
    case DecisionKind::deselected:
      return account.deselected;
    case DecisionKind::postponed:
      return account.postponed;
    case DecisionKind::decided:
      break;
  }
  return account.decided;
}

void sort_by_date(std::vector<Decision>& decisions) {
  std::sort(decisions.begin(), decisions.end(), [](const Decision& a, const Decision& b) {
    const Date da = a.content.decided_on, db = b.content.decided_on;
    return da != db ? da < db : a.id < b.id;
  });
}

}  // namespace

Result<Account> build_account(const std::vector<Decision>& decisions, const std::vector<Goal>& goals,
                              const std::vector<Step>& steps, Date from, Date to) {
  if (to < from) {
    return Error::invalid("invalid_period", "error.invalid_period");
  }
  Account account{from, to, {}};
  for (int q = 1; q <= 10; ++q) {
    account.questions[static_cast<std::size_t>(q - 1)].question = q;
  }
  // Questions outside 1..10 cannot pass validation; they are skipped rather than trusted as indices.
  const auto for_each_question = [&](const std::set<int>& questions, auto&& add) {
    for (const int q : questions) {
      if (q >= 1 && q <= 10) {
        add(account.questions[static_cast<std::size_t>(q - 1)]);
      }
    }
  };
  const auto in_period = [&](Date d) { return from <= d && d <= to; };

  for (const auto& decision : decisions) {
    if (!in_period(decision.content.decided_on)) {
      continue;
    }
    for_each_question(decision.content.questions,
                      [&](QuestionAccount& qa) { section(qa, decision.content.kind).push_back(decision); });
  }
  for (const auto& goal : goals) {
    for (const auto& lesson : lessons_learned(goal, steps)) {
      if (!in_period(lesson.evaluated_on)) {
        continue;
      }
      for_each_question(goal.questions, [&](QuestionAccount& qa) { qa.lessons.push_back(lesson); });
    }
  }
  for (auto& qa : account.questions) {
    sort_by_date(qa.decided);
    sort_by_date(qa.deselected);
    sort_by_date(qa.postponed);
    std::sort(qa.lessons.begin(), qa.lessons.end(), learned_earlier);
  }
  return account;
}

}  // namespace forkant
