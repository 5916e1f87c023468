#include "services/peer_benchmark.hpp"

#include <algorithm>

namespace forkant {
namespace {

std::string round_object(std::int64_t id) {
  return "round:" + std::to_string(id);
}

// The contribution as the domain's rules read it: per dimension of the framework its score, then top
// management's position share weighed by top management's respondents.
PeerContribution peer_of(const NetworkContribution& c, std::int64_t framework_id, const Framework& fw) {
  PeerContribution p;
  p.contribution_id = c.id;
  p.org_id = c.org_id;
  p.framework_id = framework_id;
  p.round_closed_at = c.round_closed_at;
  p.kind = c.kind;
  p.band = size_band(c.inhabitants);
  p.respondents = c.snapshot.respondents;
  p.figures.resize(fw.dimensions.size() + 1);
  std::size_t next = 0;  // scores come in framework order: find each from where the last was
  for (const ContributionScore& s : c.snapshot.scores) {
    for (std::size_t d = next; d < fw.dimensions.size(); ++d) {
      if (fw.dimensions[d].id != s.dimension) continue;
      p.figures[d] = PeerFigure{s.score, s.respondents};
      next = d + 1;
      break;
    }
  }
  if (c.snapshot.position_share && c.snapshot.top_management_respondents) {
    p.figures.back() = PeerFigure{*c.snapshot.position_share, *c.snapshot.top_management_respondents};
  }
  return p;
}

}  // namespace

Result<std::int64_t> PeerBenchmarkService::contribute(const RoundRow& round, std::int64_t network_id,
                                                      const std::string& network_name, std::int64_t actor) {
  if (round.state != RoundState::closed) {
    return Error::conflict("contribution_round_not_closed", "error.contribution_round_not_closed");
  }
  auto computed = assessment_.results(round);
  if (!computed) return computed.error();
  auto snapshot = contribution_of(*computed->framework, true, *computed->results);
  if (!snapshot) return snapshot.error();
  std::optional<Error> error;
  std::int64_t id = 0;
  tx_.transaction([&] {
    error.reset();
    id = 0;
    if (!store_.is_current_member(network_id, round.org_id)) {
      error = Error::not_found();
      return;
    }
    const auto current = store_.round_contributions(round.org_id, round.id);
    if (std::any_of(current.begin(), current.end(),
                    [&](const ContributionRecord& c) { return c.network_id == network_id; })) {
      error = Error::conflict("already_contributed", "error.already_contributed");
      return;
    }
    ContributionRecord record{.network_id = network_id,
                              .org_id = round.org_id,
                              .round_id = round.id,
                              .framework_id = round.framework_id,
                              .snapshot = *snapshot,
                              .contributed_at = clock_.now(),
                              .contributed_by = actor};
    id = store_.insert_contribution(record);
    audit_.append_audit({round.org_id, actor, "network.contributed", round_object(round.id), network_name},
                        clock_.now());
  });
  if (error) return *error;
  return id;
}

Status PeerBenchmarkService::withdraw(const RoundRow& round, std::int64_t network_id,
                                      const std::string& network_name, std::int64_t actor) {
  bool withdrawn = false;
  tx_.transaction([&] {
    withdrawn = store_.withdraw_contribution(network_id, round.org_id, round.id, actor, clock_.now());
    if (withdrawn) {
      audit_.append_audit(
          {round.org_id, actor, "network.contribution_withdrawn", round_object(round.id), network_name},
          clock_.now());
    }
  });
  if (!withdrawn) return Error::conflict("not_contributed", "error.not_contributed");
  return ok_status();
}

Result<PeerBenchmark> PeerBenchmarkService::benchmark(std::int64_t network_id, std::int64_t viewer_org,
                                                      std::int64_t framework_id,
                                                      std::string_view filter_key) {
  const auto filter = parse_peer_filter(filter_key);
  if (!filter) return Error::not_found();
  PeerBenchmark out;
  out.frameworks = store_.contributed_frameworks(network_id);
  for (ContributedFramework& f : out.frameworks) f.framework = assessment_.framework(f.framework_id);
  if (framework_id == 0 && !out.frameworks.empty()) {
    framework_id =
        std::max_element(out.frameworks.begin(), out.frameworks.end(), [](const auto& a, const auto& b) {
          return a.organisations < b.organisations;
        })->framework_id;
  }
  out.framework_id = framework_id;
  if (framework_id == 0) return out;  // nothing contributed yet
  if (std::none_of(out.frameworks.begin(), out.frameworks.end(),
                   [&](const ContributedFramework& f) { return f.framework_id == framework_id; })) {
    return Error::not_found();
  }
  out.framework = assessment_.framework(framework_id);
  if (!out.framework) return Error::not_found();
  const Framework& fw = *out.framework;

  std::vector<PeerContribution> all;
  for (const NetworkContribution& c : store_.network_contributions(network_id, framework_id)) {
    all.push_back(peer_of(c, framework_id, fw));
  }
  const std::vector<PeerContribution> peers = peer_set(all, framework_id, viewer_org);
  // The viewer's own figures: its latest contribution of this version, by the same rule as everyone's.
  std::erase_if(all, [&](const PeerContribution& c) { return c.org_id != viewer_org; });
  const std::vector<PeerContribution> own = peer_set(all, framework_id, 0);
  out.own_contributed = !own.empty();

  const std::size_t statistics = fw.dimensions.size() + 1;
  out.views = plan_peer_views(peers, statistics, peer_filter_candidates(peers));
  const auto chosen = std::find_if(out.views.begin(), out.views.end(),
                                   [&](const PeerView& v) { return v.filter == *filter; });
  if (chosen == out.views.end()) return Error::not_found();
  out.view = static_cast<std::size_t>(chosen - out.views.begin());
  const std::vector<PeerStatistic> stats = peer_statistics(peers, *chosen);
  for (std::size_t s = 0; s < statistics; ++s) {
    BenchmarkRow row{s < fw.dimensions.size() ? fw.dimensions[s].id : std::string(), stats[s], std::nullopt,
                     std::nullopt};
    if (!own.empty() && own.front().figures[s]) row.own = own.front().figures[s]->value;
    if (row.own && row.peers.distribution) row.placement = placement_of(*row.peers.distribution, *row.own);
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace forkant
