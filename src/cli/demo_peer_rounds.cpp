// The demo's peer benchmark (issue 15): each of the other municipalities of Demo Kommune's network
// (demo_network.cpp makes five) has a closed round of the ten questions with responses, contributed to the
// network by its owner; Demo Kommune contributes its latest closed round. So Demo Kommune's benchmark
// compares it with exactly five others and shows. Each peer answers in groups that keep every whole-round
// score and top management's group above the thresholds, and no peer holds more than a quarter of the
// respondents behind a figure (22-28 respondents, 5-6 of them top management). Answers are drawn from a fixed
// seed.
#include <algorithm>
#include <cmath>
#include <random>

#include "cli/commands.hpp"
#include "cli/environment.hpp"
#include "render/format.hpp"

namespace forkant::cli {
namespace {

constexpr std::int64_t kDay = 24 * 3600;

struct PeerProfile {
  double level;     // how mature the peer finds itself, 1..5
  double position;  // how far top management's positions lead (+) or lag (-) its statements
  int management;   // top management's respondents (direktion)
  int others;       // the rest (chefer)
};

constexpr PeerProfile kProfiles[] = {
    {2.6, -0.4, 5, 18}, {3.1, 0.6, 6, 19}, {3.5, 0.2, 5, 22}, {2.9, 1.0, 6, 17}, {3.8, 0.5, 5, 21},
};

int rating(double x) {
  return std::clamp(static_cast<int>(std::lround(x)), 1, 5);
}

ResponseAnswers answers(const Framework& fw, const PeerProfile& p, bool management, std::mt19937& rng) {
  std::normal_distribution<double> noise(0.0, 0.7);
  ResponseAnswers a;
  for (std::size_t d = 0; d < fw.dimensions.size(); ++d) {
    const double question = p.level + 0.3 * std::sin(static_cast<double>(d) * 1.7 + p.level);
    for (const Item& item : fw.dimensions[d].items) {
      if (item.kind == ItemKind::statement) a.values[item.id] = rating(question + noise(rng));
      if (item.kind == ItemKind::position)
        a.values[item.id] = rating(question + (management ? p.position : -0.3) + noise(rng));
      if (item.kind == ItemKind::importance) a.values[item.id] = rating(3.8 + noise(rng));
    }
  }
  if (!fw.purposes.empty()) {
    int left = kAllocationTotal;
    for (std::size_t i = 0; i < fw.purposes.size(); ++i) {
      const int points = i + 1 == fw.purposes.size() ? left : std::min(left, i < 2 ? 35 : 5);
      a.purposes[fw.purposes[i].id] = points;
      left -= points;
    }
  }
  return a;
}

// A closed round of the peer's, its responses stored as the demo's own (link responses of the day).
struct Peer {
  std::int64_t org_id = 0;
  std::int64_t owner_id = 0;
  std::string name;
};

RoundRow peer_round(Environment& env, const Peer& peer, const Framework& fw, std::int64_t framework_id,
                    const PeerProfile& p, std::mt19937& rng) {
  const std::int64_t now = env.clock.now();
  const std::int64_t opened = now - 60 * kDay, closed = now - 40 * kDay;
  std::int64_t id = 0;
  const std::mt19937 drawn_from = rng;
  env.backend.transactor->transaction([&] {
    rng = drawn_from;  // a retried run draws the same answers again
    auto& store = *env.backend.assessment;
    id = store.insert_round(peer.org_id,
                            "Ledelsens status på de ti spørgsmål " + format_day(opened).substr(0, 4),
                            framework_id, 3, {"direktion", "chefer"}, "direktion", opened);
    store.set_round_state(id, RoundState::draft, RoundState::open, opened);
    for (int i = 0; i < p.management + p.others; ++i) {
      const bool management = i < p.management;
      store.insert_response(id, management ? "direktion" : "chefer", answers(fw, p, management, rng),
                            format_day(closed), std::nullopt);
    }
    store.set_round_state(id, RoundState::open, RoundState::closed, closed);
    env.backend.audit->append_audit({peer.org_id, peer.owner_id, "round.created",
                                     "round:" + std::to_string(id), "Ledelsens status på de ti spørgsmål"},
                                    opened);
  });
  return *env.backend.assessment->find_round(id);
}

}  // namespace

void demo_peer_rounds(Environment& env, std::int64_t org_id, std::int64_t owner_id) {
  const auto networks = env.networks.networks_of(org_id);
  if (networks.empty()) return;  // no network in this demo
  const std::int64_t network_id = networks.front().id;
  std::vector<Peer> peers;
  for (const MembershipPeriod& m : env.networks.current_members(network_id)) {
    if (m.org_id == org_id) continue;
    for (const MemberView& v : env.orgs.members(m.org_id)) {
      if (v.role == Role::owner) {
        peers.push_back({m.org_id, v.user_id, m.org_name});
        break;
      }
    }
  }
  const auto fw = env.assessment.framework_by_key("ti-spoergsmaal");
  if (!fw) throw std::runtime_error("demo: the built-in framework is missing");
  std::int64_t framework_id = 0;
  for (const auto& row : env.backend.assessment->frameworks()) {
    if (row.key == fw->id && row.version == fw->version) framework_id = row.id;
  }
  const std::string name = networks.front().name;
  std::mt19937 rng(20261206);
  for (std::size_t i = 0; i < peers.size(); ++i) {
    const Peer& peer = peers[i];
    const RoundRow round = peer_round(env, peer, *fw, framework_id, kProfiles[i % std::size(kProfiles)], rng);
    if (auto c = env.peer_benchmark.contribute(round, network_id, name, peer.owner_id); !c) {
      throw std::runtime_error("demo: contribution of " + peer.name + ": " + c.error().code);
    }
  }
  // Demo Kommune's latest closed round; the older one stays unshared, to be shared from its page.
  std::optional<RoundRow> latest;
  for (RoundRow& r : env.assessment.rounds(org_id)) {
    if (r.state == RoundState::closed && (!latest || r.closed_at > latest->closed_at)) latest = std::move(r);
  }
  if (!latest) return;
  if (auto c = env.peer_benchmark.contribute(*latest, network_id, name, owner_id); !c) {
    throw std::runtime_error("demo: contribution of " + latest->title + ": " + c.error().code);
  }
}

}  // namespace forkant::cli
