#include "services/peer_benchmark.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace forkant {
namespace {

std::string round_object(std::int64_t id) {
  return "round:" + std::to_string(id);
}

constexpr std::size_t kMaxSnapshots = 200'000;
constexpr std::size_t kMaxComputed = 1'000;

// The contribution as the domain's rules read it: per dimension of the framework its score, then top
// management's position share weighed by top management's respondents.
PeerContribution peer_of(const ContributionHead& head, const ContributionSnapshot& snapshot,
                         const Framework& fw) {
  PeerContribution p;
  p.contribution_id = head.id;
  p.org_id = head.org_id;
  p.framework_id = head.framework_id;
  p.round_closed_at = head.round_closed_at;
  p.kind = head.kind;
  p.band = head.band;
  p.respondents = snapshot.respondents;
  p.figures.resize(fw.dimensions.size() + 1);
  std::size_t next = 0;  // scores come in framework order: find each from where the last was
  for (const ContributionScore& s : snapshot.scores) {
    for (std::size_t d = next; d < fw.dimensions.size(); ++d) {
      if (fw.dimensions[d].id != s.dimension) continue;
      p.figures[d] = PeerFigure{s.score, s.respondents};
      next = d + 1;
      break;
    }
  }
  if (snapshot.position_share && snapshot.top_management_respondents) {
    p.figures.back() = PeerFigure{*snapshot.position_share, *snapshot.top_management_respondents};
  }
  return p;
}

// Per framework version, the organisations with a current contribution.
std::vector<ContributedFramework> frameworks_of(const std::vector<ContributionHead>& heads) {
  std::map<std::int64_t, std::set<std::int64_t>> orgs;
  for (const ContributionHead& h : heads) orgs[h.framework_id].insert(h.org_id);
  std::vector<ContributedFramework> out;
  out.reserve(orgs.size());
  for (const auto& [id, set] : orgs) out.push_back({id, static_cast<int>(set.size()), nullptr});
  return out;
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
    const auto org = store_.organisation(round.org_id);
    ContributionRecord record{.network_id = network_id,
                              .org_id = round.org_id,
                              .round_id = round.id,
                              .framework_id = round.framework_id,
                              .snapshot = *snapshot,
                              .org_kind = org ? org->kind : OrgKind::other,
                              .band = org ? size_band(org->inhabitants) : SizeBand::unknown,
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
  const ContributionMark mark = store_.contribution_mark(network_id);
  std::shared_ptr<const Heads> read;
  {
    std::lock_guard lock(cache_mutex_);
    if (auto it = heads_.find(network_id); it != heads_.end() && it->second->mark == mark) read = it->second;
  }
  if (!read) {
    Heads fresh{mark, store_.current_contributions(network_id), {}};
    fresh.frameworks = frameworks_of(fresh.heads);
    for (ContributedFramework& f : fresh.frameworks) f.framework = assessment_.framework(f.framework_id);
    read = std::make_shared<const Heads>(std::move(fresh));
    std::lock_guard lock(cache_mutex_);
    if (heads_.size() >= kMaxComputed) heads_.clear();
    heads_[network_id] = read;
  }
  const std::vector<ContributedFramework>& frameworks = read->frameworks;
  if (framework_id == 0 && !frameworks.empty()) {
    framework_id = std::max_element(frameworks.begin(), frameworks.end(), [](const auto& a, const auto& b) {
                     return a.organisations < b.organisations;
                   })->framework_id;
  }
  if (framework_id == 0) return PeerBenchmark{.frameworks = frameworks};  // nothing contributed yet
  if (std::none_of(frameworks.begin(), frameworks.end(), [&](const ContributedFramework& f) {
        return f.framework_id == framework_id && f.framework;
      })) {
    return Error::not_found();
  }

  const auto key = std::make_tuple(network_id, framework_id, viewer_org, std::string(filter_key));
  std::shared_ptr<const PeerBenchmark> computed;
  {
    std::lock_guard lock(cache_mutex_);
    if (auto it = computed_.find(key); it != computed_.end() && it->second.from == read) {
      computed = it->second.benchmark;
    }
  }
  if (!computed) {
    std::vector<ContributionHead> heads;
    for (const ContributionHead& h : read->heads) {
      if (h.framework_id == framework_id) heads.push_back(h);
    }
    PeerBenchmark fresh = compute(network_id, viewer_org, framework_id, *filter, std::move(heads));
    if (fresh.views.empty()) return Error::not_found();  // the view asked for is not offered
    fresh.frameworks = frameworks;
    computed = std::make_shared<const PeerBenchmark>(std::move(fresh));
    std::lock_guard lock(cache_mutex_);
    if (computed_.size() >= kMaxComputed) computed_.clear();
    computed_[key] = Computed{read, computed};
  }
  return *computed;
}

PeerBenchmark PeerBenchmarkService::compute(std::int64_t network_id, std::int64_t viewer_org,
                                            std::int64_t framework_id, const PeerFilter& filter,
                                            std::vector<ContributionHead> heads) {
  PeerBenchmark out;
  out.framework_id = framework_id;
  out.framework = assessment_.framework(framework_id);
  const Framework& fw = *out.framework;

  // The snapshots: from memory where read before, else all of this version in one query.
  std::vector<std::shared_ptr<const ContributionSnapshot>> snapshots(heads.size());
  bool missing = false;
  {
    std::lock_guard lock(cache_mutex_);
    for (std::size_t i = 0; i < heads.size(); ++i) {
      auto it = snapshots_.find(heads[i].id);
      if (it != snapshots_.end()) snapshots[i] = it->second;
      missing = missing || !snapshots[i];
    }
  }
  if (missing) {
    auto read = store_.contribution_snapshots(network_id, framework_id);
    std::lock_guard lock(cache_mutex_);
    if (snapshots_.size() + read.size() > kMaxSnapshots) snapshots_.clear();
    for (auto& [id, snapshot] : read)
      snapshots_[id] = std::make_shared<const ContributionSnapshot>(std::move(snapshot));
    for (std::size_t i = 0; i < heads.size(); ++i) {
      if (auto it = snapshots_.find(heads[i].id); it != snapshots_.end()) snapshots[i] = it->second;
    }
  }
  std::vector<PeerContribution> all;
  all.reserve(heads.size());
  for (std::size_t i = 0; i < heads.size(); ++i) {
    if (snapshots[i]) all.push_back(peer_of(heads[i], *snapshots[i], fw));
  }
  const std::vector<PeerContribution> peers = peer_set(all, framework_id, viewer_org);
  // The viewer's own figures: its latest contribution of this version, by the same rule as everyone's.
  std::erase_if(all, [&](const PeerContribution& c) { return c.org_id != viewer_org; });
  const std::vector<PeerContribution> own = peer_set(all, framework_id, 0);
  out.own_contributed = !own.empty();

  const std::size_t statistics = fw.dimensions.size() + 1;
  std::vector<PeerView> views = plan_peer_views(peers, statistics, peer_filter_candidates(peers));
  const auto chosen =
      std::find_if(views.begin(), views.end(), [&](const PeerView& v) { return v.filter == filter; });
  if (chosen == views.end()) return out;  // no views: the caller answers not_found
  out.view = static_cast<std::size_t>(chosen - views.begin());
  const std::vector<PeerStatistic> stats = peer_statistics(peers, *chosen);
  for (std::size_t s = 0; s < statistics; ++s) {
    BenchmarkRow row{s < fw.dimensions.size() ? fw.dimensions[s].id : std::string(), stats[s], std::nullopt,
                     std::nullopt};
    if (!own.empty() && own.front().figures[s]) row.own = own.front().figures[s]->value;
    if (row.own && row.peers.distribution) row.placement = placement_of(*row.peers.distribution, *row.own);
    out.rows.push_back(std::move(row));
  }
  out.views = std::move(views);
  return out;
}

}  // namespace forkant
