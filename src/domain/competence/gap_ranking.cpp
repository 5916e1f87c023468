#include "domain/competence/gap_ranking.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace forkant {

std::vector<RankedGap> rank_gaps(const std::vector<Competence>& competencies,
                                 const std::vector<Sector>& sectors, const std::vector<CompetenceCell>& cells,
                                 Date today) {
  std::map<std::int64_t, const Competence*> competence_by_id;
  for (const auto& c : competencies) competence_by_id[c.id] = &c;
  std::map<std::int64_t, const Sector*> sector_by_id;
  for (const auto& s : sectors) sector_by_id[s.id] = &s;

  std::vector<RankedGap> gaps;
  for (const auto& cell : cells) {
    const int size = gap_size(cell);
    if (size <= 0) continue;
    const auto competence = competence_by_id.find(cell.competence_id);
    if (competence == competence_by_id.end()) continue;
    std::string sector_name;
    if (cell.sector_id) {
      const auto sector = sector_by_id.find(*cell.sector_id);
      if (sector == sector_by_id.end()) continue;
      sector_name = sector->second->name;
    }
    RankedGap gap;
    gap.cell = cell;
    gap.competence_name = competence->second->name;
    gap.competence_builtin = competence->second->builtin;
    gap.sector_name = sector_name;
    gap.size = size;
    gap.legal_duty = competence->second->legal_duty();
    gap.overdue = cell.due_on && *cell.due_on < today;
    gaps.push_back(std::move(gap));
  }

  // The sort key, smaller first: each element is one line of the rule in the header.
  const auto key = [](const RankedGap& g) {
    const bool undated = !g.cell.due_on.has_value();
    const int days =
        undated ? 0
                : days_between(Date{std::chrono::year{1}, std::chrono::month{1}, std::chrono::day{1}},
                               *g.cell.due_on);
    return std::make_tuple(!g.legal_duty, -g.size, undated, days, static_cast<int>(g.cell.role),
                           name_key(g.competence_name), g.cell.sector_id.has_value(), name_key(g.sector_name),
                           g.cell.id);
  };
  std::stable_sort(gaps.begin(), gaps.end(),
                   [&](const RankedGap& a, const RankedGap& b) { return key(a) < key(b); });
  int rank = 0;
  for (auto& g : gaps) g.rank = ++rank;
  return gaps;
}

std::vector<RankedGap> gaps_without_step(const std::vector<RankedGap>& ranked) {
  std::vector<RankedGap> out;
  std::copy_if(ranked.begin(), ranked.end(), std::back_inserter(out),
               [](const RankedGap& g) { return !g.has_step(); });
  return out;
}

}  // namespace forkant
