#include "answer_model.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>

namespace forkant::bench {
namespace {

// Across the country: where organisations tend to stand on each question, and how much it matters.
constexpr double kQuestionOffset[] = {0.4, -0.6, -0.2, 0.1, -0.3, -0.7, 0.5, -0.1, -0.5, 0.2};
constexpr double kQuestionImportance[] = {4.6, 3.8, 3.2, 4.5, 3.9, 4.4, 4.7, 3.1, 3.7, 3.3};

// How often a respondent answers "don't know", skips an item, comments, allocates the purpose points.
constexpr double kDontKnowShare = 0.06;
constexpr double kSkippedShare = 0.02;
constexpr double kCommentShare = 0.03;
constexpr double kAllocationShare = 0.85;

const char* const kComments[] = {
    "Vi mangler et fælles billede af, hvad digitaliseringen skal give borgerne.",
    "Gevinsterne bliver ikke fulgt op, når projekterne er afsluttet.",
    "Politikerne bliver først inddraget, når løsningen er valgt.",
    "Datagrundlaget er spredt på for mange systemer.",
    "Medarbejderne vil gerne, men tiden til at lære nyt er der ikke.",
    "Vi genbruger for lidt af det, andre allerede har lavet.",
    "Kommunikationen om hvorfor vi gør det, drukner i hvordan.",
    "Vi er enige om retningen, men ikke om tempoet.",
    "Leverandørerne sætter dagsordenen mere end vi selv gør.",
    "We need clearer ownership of the shared data.",
};

int clamp_rating(double x) {
  return std::clamp(static_cast<int>(std::lround(x)), kScaleMin, kScaleMax);
}

double at_or(const double (&table)[10], std::size_t i, double fallback) {
  return i < std::size(table) ? table[i] : fallback;
}

}  // namespace

const std::vector<GroupProfile>& standard_groups() {
  static const std::vector<GroupProfile> groups{{"direktion", 0.35, 0.6, 0.04},
                                                {"chefer", 0.1, 0.8, 0.20},
                                                {"medarbejdere", -0.25, 0.9, 0.70},
                                                {"politikere", -0.1, 0.8, 0.06}};
  return groups;
}

std::vector<std::string> standard_group_names() {
  std::vector<std::string> names;
  for (const auto& g : standard_groups()) names.push_back(g.name);
  return names;
}

std::vector<int> split_by_group(int total) {
  const auto& groups = standard_groups();
  std::vector<int> counts;
  std::vector<std::pair<double, std::size_t>> remainders;
  int given = 0;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const double exact = groups[g].share * total;
    counts.push_back(static_cast<int>(exact));
    given += counts.back();
    remainders.emplace_back(exact - counts.back(), g);
  }
  // Largest remainder first; ties go to the earlier group, so the split is the same everywhere.
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = 0; given < total; ++i, ++given) ++counts[remainders[i % remainders.size()].second];
  return counts;
}

constexpr double kNationalLevel = 2.9;

OrgProfile AnswerModel::typical_org() const {
  OrgProfile org;
  for (std::size_t d = 0; d < fw_.dimensions.size(); ++d) {
    org.maturity.push_back(kNationalLevel + at_or(kQuestionOffset, d, 0.0));
    org.importance.push_back(at_or(kQuestionImportance, d, 3.5));
  }
  org.yearly_progress = 0.15;
  return org;
}

OrgProfile AnswerModel::draw_org(Rng& rng) const {
  std::normal_distribution<double> level(kNationalLevel, 0.45);
  std::normal_distribution<double> own(0.0, 0.35);
  std::uniform_real_distribution<double> progress(-0.05, 0.3);
  OrgProfile org;
  const double base = level(rng);
  for (std::size_t d = 0; d < fw_.dimensions.size(); ++d) {
    org.maturity.push_back(base + at_or(kQuestionOffset, d, 0.0) + own(rng));
    org.importance.push_back(at_or(kQuestionImportance, d, 3.5) + own(rng));
  }
  org.yearly_progress = progress(rng);
  return org;
}

ResponseAnswers AnswerModel::draw(const OrgProfile& org, const GroupProfile& group, double years,
                                  Rng& rng) const {
  std::normal_distribution<double> person(0.0, group.spread);
  std::normal_distribution<double> item_noise(0.0, 0.55);
  std::normal_distribution<double> importance_noise(0.0, 0.7);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  ResponseAnswers a;
  const double self = person(rng);  // an optimist or a sceptic across all questions
  for (std::size_t d = 0; d < fw_.dimensions.size(); ++d) {
    const Dimension& dim = fw_.dimensions[d];
    const double latent =
        org.maturity[d] + group.level + years * org.yearly_progress + 0.6 * self + 0.5 * person(rng);
    for (const Item& item : dim.items) {
      const double u = unit(rng);
      if (is_scored(item.kind)) {
        if (u < kSkippedShare) continue;
        // Positions lag behind the statements: management takes a stand later than it acts.
        const double bias = item.kind == ItemKind::position ? -0.3 : 0.0;
        a.values[item.id] =
            u < kSkippedShare + kDontKnowShare ? kDontKnow : clamp_rating(latent + bias + item_noise(rng));
      } else if (item.kind == ItemKind::importance) {
        if (u >= kSkippedShare) a.values[item.id] = clamp_rating(org.importance[d] + importance_noise(rng));
      } else if (item.kind == ItemKind::comment && u < kCommentShare) {
        a.comments[item.id] = kComments[rng() % std::size(kComments)];
      }
    }
  }
  if (!fw_.purposes.empty() && unit(rng) < kAllocationShare) {
    // Most think of citizens and efficiency first; a few spread the points wider.
    std::vector<double> w;
    for (std::size_t i = 0; i < fw_.purposes.size(); ++i)
      w.push_back(i < 2 ? 2.0 + unit(rng) * 4 : unit(rng) * 2);
    const double total = std::accumulate(w.begin(), w.end(), 0.0);
    int left = kAllocationTotal;
    for (std::size_t i = 0; i < fw_.purposes.size(); ++i) {
      const int points =
          i + 1 == fw_.purposes.size() ? left : static_cast<int>(w[i] / total * kAllocationTotal);
      a.purposes[fw_.purposes[i].id] = points;
      left -= points;
    }
  }
  return a;
}

ResponseAnswers AnswerModel::partial(const ResponseAnswers& complete, std::size_t dimensions) const {
  ResponseAnswers out;
  for (std::size_t d = 0; d < std::min(dimensions, fw_.dimensions.size()); ++d) {
    for (const Item& item : fw_.dimensions[d].items) {
      if (auto it = complete.values.find(item.id); it != complete.values.end()) out.values.insert(*it);
      if (auto it = complete.comments.find(item.id); it != complete.comments.end()) out.comments.insert(*it);
    }
  }
  return out;
}

}  // namespace forkant::bench
