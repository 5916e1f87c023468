#pragma once
// "The account": per question of the ten and over a period, what management decided, what it
// deliberately did not pursue and why, what it postponed, and what it learned from its evaluated
// steps. It answers the op-ed's explanation problem, so it is read by politicians and the public.
// A decision or goal concerning several questions appears under each of them. Superseded decisions
// stay in: they were decided in the period, and the successor is named next to them.

#include <array>
#include <vector>

#include "domain/date.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/decisions/goal.hpp"
#include "domain/result.hpp"

namespace forkant {

struct QuestionAccount {
  int question = 1;
  std::vector<Decision> decided;  // each list by decision date, then id
  std::vector<Decision> deselected;
  std::vector<Decision> postponed;
  std::vector<Lesson> lessons;  // by evaluation date, then step id
};

struct Account {
  Date from{};
  Date to{};
  std::array<QuestionAccount, 10> questions;  // index 0 is question 1
};

// Decisions taken and steps evaluated in [from, to], both ends included. Refuses a period that ends
// before it starts ("invalid_period").
Result<Account> build_account(const std::vector<Decision>& decisions, const std::vector<Goal>& goals,
                              const std::vector<Step>& steps, Date from, Date to);

}  // namespace forkant
