#include "national_plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace forkant::bench {
namespace {

constexpr int kMunicipalities = 98;  // as in Denmark
constexpr int kRegions = 5;
constexpr int kMinRoundSize = 4;     // the smallest round anyone runs: with k = 3 it shows little
constexpr double kOpenShare = 0.15;  // organisations whose current round is still collecting answers

// The measured organisation: two earlier rounds, then the measured one (exactly the asked size).
constexpr int kMeasuredHistory[] = {170, 185};

PlannedOrg draw_org(int index, Rng& rng) {
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  PlannedOrg org;
  double median_employees = 0;
  if (index < kMunicipalities) {
    org.kind = OrgKind::municipality;
    org.name = fmt::format("Kommune {:03}", index + 1);
    median_employees = 3000;
  } else if (index < kMunicipalities + kRegions) {
    org.kind = OrgKind::region;
    org.name = fmt::format("Region {}", index - kMunicipalities + 1);
    median_employees = 20000;
  } else if (index % 3 != 0) {
    org.kind = OrgKind::state_agency;
    org.name = fmt::format("Styrelse {:04}", index + 1);
    median_employees = 400;
  } else {
    org.kind = OrgKind::other;
    org.name = fmt::format("Institution {:04}", index + 1);
    median_employees = 150;
  }
  std::lognormal_distribution<double> size(std::log(median_employees), 0.6);
  org.employees = std::max<std::int64_t>(20, std::llround(size(rng)));
  org.k = unit(rng) < 0.1 ? 5 : 3;
  org.members = 2 + static_cast<int>(rng() % 5);
  std::discrete_distribution<int> round_count({0, 0, 30, 40, 20, 10});  // 2..5 rounds
  const int rounds = round_count(rng);
  const bool open = unit(rng) < kOpenShare;
  for (int r = 0; r < rounds; ++r) {
    PlannedRound round;
    round.open = open && r == rounds - 1;
    round.years_ago = rounds - 1 - r;
    org.rounds.push_back(round);
  }
  return org;
}

// Gives each round a share of `target` proportional to `weights`, at least kMinRoundSize, summing to
// exactly `target` (the remainder goes one by one, in a fixed order).
std::vector<int> apportion(const std::vector<double>& weights, int target) {
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<int> counts;
  for (double w : weights)
    counts.push_back(std::max(kMinRoundSize, static_cast<int>(std::lround(w / total * target))));
  int diff = target - std::accumulate(counts.begin(), counts.end(), 0);
  for (std::size_t i = 0; diff != 0; i = (i + 1) % counts.size()) {
    if (diff > 0) {
      ++counts[i], --diff;
    } else if (counts[i] > kMinRoundSize) {
      --counts[i], ++diff;
    }
  }
  return counts;
}

std::vector<int> draw_groups(int total, Rng& rng) {
  std::vector<double> shares;
  for (const auto& g : standard_groups()) shares.push_back(g.share);
  std::discrete_distribution<std::size_t> pick(shares.begin(), shares.end());
  std::vector<int> counts(shares.size(), 0);
  for (int i = 0; i < total; ++i) ++counts[pick(rng)];
  return counts;
}

}  // namespace

int PlannedRound::respondents() const {
  return std::accumulate(submitted.begin(), submitted.end(), 0);
}

NationalPlan plan_national(const PlanOptions& options) {
  if (options.organisations < 1) throw std::invalid_argument("at least one organisation");
  Rng rng(options.seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  NationalPlan plan;
  plan.measured_org = static_cast<std::size_t>(options.organisations / 2);
  for (int i = 0; i < options.organisations; ++i) plan.orgs.push_back(draw_org(i, rng));

  // A municipality of the usual size, whatever the index drew: the product's first audience.
  PlannedOrg& measured = plan.orgs[plan.measured_org];
  measured.name = "Benchmark Kommune";
  measured.kind = OrgKind::municipality;
  measured.employees = 4200;
  measured.k = 3;
  measured.rounds.clear();
  int measured_total = 0;
  for (std::size_t r = 0; r <= std::size(kMeasuredHistory); ++r) {
    PlannedRound round;
    round.years_ago = static_cast<int>(std::size(kMeasuredHistory) - r);
    const int n = r < std::size(kMeasuredHistory) ? kMeasuredHistory[r] : options.measured_respondents;
    round.submitted = split_by_group(n);
    measured_total += n;
    measured.rounds.push_back(round);
  }

  // Bigger organisations get more respondents, with some variation from round to round.
  std::vector<double> weights;
  std::lognormal_distribution<double> variation(0.0, 0.3);
  for (std::size_t o = 0; o < plan.orgs.size(); ++o) {
    if (o == plan.measured_org) continue;
    for (std::size_t r = 0; r < plan.orgs[o].rounds.size(); ++r) {
      weights.push_back(std::sqrt(static_cast<double>(plan.orgs[o].employees)) * variation(rng));
    }
  }
  const int rest = options.respondents - measured_total;
  if (rest < kMinRoundSize * static_cast<int>(weights.size())) {
    throw std::invalid_argument("too few respondents for that many rounds");
  }
  const std::vector<int> sizes = apportion(weights, rest);
  std::size_t next = 0;
  for (std::size_t o = 0; o < plan.orgs.size(); ++o) {
    for (PlannedRound& round : plan.orgs[o].rounds) {
      if (o != plan.measured_org) round.submitted = draw_groups(sizes[next++], rng);
      const int n = round.respondents();
      round.unanswered = static_cast<int>(std::lround(n * (0.1 + 0.3 * unit(rng))));
      if (round.open) round.drafts = static_cast<int>(std::lround(n * (0.05 + 0.1 * unit(rng))));
      plan.total_respondents += n;
      ++plan.total_rounds;
    }
  }
  return plan;
}

}  // namespace forkant::bench
