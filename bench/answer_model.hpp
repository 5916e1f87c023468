#pragma once
// Realistic, varied answers for the benchmark data set and the micro-benchmarks: every organisation has
// its own maturity and strong and weak questions, groups see it differently (the directorate rosier than
// employees), people differ, some answer "don't know" or skip a statement, a few write a comment, most
// spread the 100 purpose points. Everything is drawn from the caller's generator, so a fixed seed gives
// the same data set on every run (with the same standard library).

#include <random>
#include <string>
#include <vector>

#include "domain/assessment/answers.hpp"
#include "domain/assessment/framework.hpp"

namespace forkant::bench {

using Rng = std::mt19937_64;

struct GroupProfile {
  std::string name;
  double level;   // added to the organisation's maturity
  double spread;  // how much its members differ (sd of a person's level)
  double share;   // of a round's respondents
};

// direktion, chefer, medarbejdere, politikere: the respondent groups of every generated round.
const std::vector<GroupProfile>& standard_groups();
std::vector<std::string> standard_group_names();

// How one organisation stands, per dimension of the framework.
struct OrgProfile {
  std::vector<double> maturity;    // mean rating of a statement, before group and person effects
  std::vector<double> importance;  // mean importance rating
  double yearly_progress = 0;      // added per year to every dimension
};

class AnswerModel {
 public:
  explicit AnswerModel(const Framework& framework) : fw_(framework) {}

  OrgProfile draw_org(Rng& rng) const;
  // The national average organisation, slowly improving: the measured one, so its page is typical.
  OrgProfile typical_org() const;
  // One respondent of `group` in `org`, `years` after the organisation's first round. The answers pass
  // validate_for_submit.
  ResponseAnswers draw(const OrgProfile& org, const GroupProfile& group, double years, Rng& rng) const;
  // What a respondent who stopped half-way has saved: the first `dimensions` dimensions of `complete`.
  ResponseAnswers partial(const ResponseAnswers& complete, std::size_t dimensions) const;

 private:
  const Framework& fw_;
};

// Splits `total` respondents over the standard groups by their shares (largest remainder), so a round of
// 200 has 8 / 40 / 140 / 12.
std::vector<int> split_by_group(int total);

}  // namespace forkant::bench
