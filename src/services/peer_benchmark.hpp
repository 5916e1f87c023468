#pragma once
// A network's peer benchmark (issue 15): an organisation contributes a closed round's aggregate results
// to a network it is a current member of (a snapshot, domain/networks/contribution.hpp), withdraws it
// from then on, and reads the distribution of its peers' scores per question beside its own, under the
// rules of domain/networks/peer_rules.hpp. Every write is one transaction with its audit entry in the
// acting organisation's log. Roles are checked by the web layer (owner or coordinator contributes and
// withdraws; every role reads); the web layer also resolves the network only for a current member.

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "domain/accounts/organisation.hpp"
#include "domain/networks/contribution.hpp"
#include "domain/networks/peer_rules.hpp"
#include "domain/networks/peer_statistics.hpp"
#include "domain/result.hpp"
#include "services/assessment.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"

namespace forkant {

// A row of network_contributions (scores only where the call says so).
struct ContributionRecord {
  std::int64_t id = 0;
  std::int64_t network_id = 0;
  std::int64_t org_id = 0;
  std::int64_t round_id = 0;
  std::int64_t framework_id = 0;
  ContributionSnapshot snapshot;
  // The organisation as when it contributed: the benchmark's filters read these, never today's profile,
  // so that a contribution never changes once stored.
  OrgKind org_kind = OrgKind::municipality;
  SizeBand band = SizeBand::unknown;
  std::int64_t contributed_at = 0;
  std::optional<std::int64_t> contributed_by;
  std::optional<std::int64_t> withdrawn_at;
};

// A current contribution of a current member, as the benchmark reads it: which contribution, its
// organisation's kind and size band as when it contributed, and when its round closed. Nothing of it
// changes once stored; what the contribution carries (its snapshot) is read by id.
struct ContributionHead {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  std::int64_t framework_id = 0;
  OrgKind kind = OrgKind::municipality;
  SizeBand band = SizeBand::unknown;
  std::int64_t round_closed_at = 0;
  friend bool operator==(const ContributionHead&, const ContributionHead&) = default;
};

// A framework version with current contributions in a network.
struct ContributedFramework {
  std::int64_t framework_id = 0;
  int organisations = 0;
  std::shared_ptr<const Framework> framework;  // filled by the service (its title and version)
};

// Names a network's current contributions as they are now in one small query: rows are only ever added
// to network_contributions and network_memberships, and marked withdrawn or left once, so each table's
// (rows, current rows) changes with every change of which contributions of which members are current.
struct ContributionMark {
  std::int64_t contributions = 0, current_contributions = 0, memberships = 0, current_memberships = 0;
  friend bool operator==(const ContributionMark&, const ContributionMark&) = default;
};

class ContributionStore {
 public:
  virtual ~ContributionStore() = default;
  // The organisation's kind and inhabitants now, as a contribution records them.
  virtual std::optional<Organisation> organisation(std::int64_t org_id) = 0;
  virtual ContributionMark contribution_mark(std::int64_t network_id) = 0;
  // Whether the organisation is a current member of the network (read in the contributing transaction).
  virtual bool is_current_member(std::int64_t network_id, std::int64_t org_id) = 0;
  virtual std::int64_t insert_contribution(const ContributionRecord& record) = 0;
  // Marks the round's current contribution to the network withdrawn; false when there was none.
  virtual bool withdraw_contribution(std::int64_t network_id, std::int64_t org_id, std::int64_t round_id,
                                     std::int64_t actor, std::int64_t now) = 0;
  // The round's current contributions (one per network at most), without scores.
  virtual std::vector<ContributionRecord> round_contributions(std::int64_t org_id, std::int64_t round_id) = 0;
  // The network's current contributions from its current members, every framework version, by id.
  virtual std::vector<ContributionHead> current_contributions(std::int64_t network_id) = 0;
  // Every contribution of one framework version to the network, current or withdrawn, with its scores
  // (framework order), by id: the snapshots, which never change once stored.
  virtual std::vector<std::pair<std::int64_t, ContributionSnapshot>> contribution_snapshots(
      std::int64_t network_id, std::int64_t framework_id) = 0;
};

// One statistic of the benchmark: a question, or top management's position share.
struct BenchmarkRow {
  std::string dimension_id;                // "" for the position share
  PeerStatistic peers;                     // the distribution, or why it is not shown
  std::optional<double> own;               // the viewer's own figure (its latest contribution), if any
  std::optional<PeerPlacement> placement;  // where it falls, when both are there
};

// What /orgs/{org}/networks/{net}/benchmark shows for one framework version and one view.
struct PeerBenchmark {
  std::int64_t framework_id = 0;
  std::shared_ptr<const Framework> framework;    // null when the stored framework cannot be read
  std::vector<ContributedFramework> frameworks;  // every version one can choose
  std::vector<PeerView> views;                   // [0] everyone, then the filters offered
  std::size_t view = 0;                          // the one shown
  bool own_contributed = false;                  // the viewer has a contribution of this version
  std::vector<BenchmarkRow> rows;                // the framework's dimensions, then the position share
};

class PeerBenchmarkService {
 public:
  PeerBenchmarkService(ContributionStore& store, AssessmentService& assessment, AuditStore& audit,
                       Transactor& tx, const Clock& clock)
      : store_(store), assessment_(assessment), audit_(audit), tx_(tx), clock_(clock) {}

  // Contributes the round's snapshot to the network. Errors: the snapshot's (contribution_of), not_found
  // when the organisation is not a current member, already_contributed (409) when the round has a
  // current contribution there.
  Result<std::int64_t> contribute(const RoundRow& round, std::int64_t network_id,
                                  const std::string& network_name, std::int64_t actor);
  // Withdraws it from then on; not_contributed (409) when there is no current contribution.
  Status withdraw(const RoundRow& round, std::int64_t network_id, const std::string& network_name,
                  std::int64_t actor);
  std::vector<ContributionRecord> round_contributions(const RoundRow& round) {
    return store_.round_contributions(round.org_id, round.id);
  }

  // The benchmark of `network_id` as `viewer_org` may see it, for `framework_id` (0: the version most
  // organisations contributed) and the view `filter_key` names (not_found when it is not offered).
  // Each call reads the network's ContributionMark (one small query) and the current contributions again
  // whenever it has changed; what it computes from them is kept per viewer and view and used again only
  // while they are exactly the same, so nothing shown can be stale, with any number of instances on one
  // database.
  Result<PeerBenchmark> benchmark(std::int64_t network_id, std::int64_t viewer_org, std::int64_t framework_id,
                                  std::string_view filter_key);

 private:
  PeerBenchmark compute(std::int64_t network_id, std::int64_t viewer_org, std::int64_t framework_id,
                        const PeerFilter& filter, std::vector<ContributionHead> heads);

  ContributionStore& store_;
  AssessmentService& assessment_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;

  // A network's current contributions as read under one mark, and the versions they cover.
  struct Heads {
    ContributionMark mark;
    std::vector<ContributionHead> heads;  // every version
    std::vector<ContributedFramework> frameworks;
  };
  struct Computed {
    std::shared_ptr<const Heads> from;  // what it was computed from (the same read, not an equal one)
    std::shared_ptr<const PeerBenchmark> benchmark;
  };
  std::mutex cache_mutex_;
  // By network: its current contributions while its mark stays the same.
  std::map<std::int64_t, std::shared_ptr<const Heads>> heads_;
  // Snapshots by contribution id: a stored snapshot never changes, so these are never stale.
  std::unordered_map<std::int64_t, std::shared_ptr<const ContributionSnapshot>> snapshots_;
  // By network, framework version, viewer and view.
  std::map<std::tuple<std::int64_t, std::int64_t, std::int64_t, std::string>, Computed> computed_;
};

}  // namespace forkant
