// bench_peer_network: the peer benchmark's data set (issue 15). Puts every organisation of the
// benchmark database in one network, each contributing its latest closed round (all on the same
// framework version: the data set has one), so that the measured organisation's benchmark page compares
// it with 999 others of the national data set.
//
//   bench_peer_network --db PATH --out DIR
//
// Run after bench_data (bench/generate does). The measured organisation (BENCH_ORG_ID and BENCH_EMAIL in
// DIR/bench.env) creates the network through NetworkService, so it is its first member and coordinator.
// The others join through the store, with their "network.joined" audit entry: answering 999 invitations
// through the service would need each organisation's owner to act, and measures nothing here. Every
// contribution goes through PeerBenchmarkService, which computes the round's results and its snapshot as
// the product does. Appends BENCH_NETWORK_ID and BENCH_NETWORK_CONTRIBUTIONS to DIR/bench.env.
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>

#include "services/accounts.hpp"
#include "services/assessment.hpp"
#include "services/networks.hpp"
#include "services/organisations.hpp"
#include "services/peer_benchmark.hpp"
#include "storage/open.hpp"

using namespace forkant;

namespace {

constexpr int kOrgsPerTransaction = 50;
constexpr int kMissesBeforeEnd = 100;  // organisation ids are dense; this many absent ones end the scan

std::map<std::string, std::string> read_env(const std::string& path) {
  std::map<std::string, std::string> out;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    const auto eq = line.find('=');
    if (eq == std::string::npos) continue;
    std::string value = line.substr(eq + 1);
    if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'')
      value = value.substr(1, value.size() - 2);
    out[line.substr(0, eq)] = value;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) try {
  std::string db, out;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i];
    if (key == "--db") {
      db = argv[i + 1];
    } else if (key == "--out") {
      out = argv[i + 1];
    } else {
      throw std::invalid_argument("unknown argument " + key);
    }
  }
  if (db.empty() || out.empty()) throw std::invalid_argument("usage: bench_peer_network --db PATH --out DIR");
  const auto started = std::chrono::steady_clock::now();
  auto env = read_env(out + "/bench.env");
  const std::int64_t measured = std::stoll(env.at("BENCH_ORG_ID"));

  Backend b = open_backend(db, std::string(FORKANT_SOURCE_DIR) + "/src/storage/migrations");
  SystemClock clock;
  AccountService accounts{*b.accounts, *b.audit, *b.transactor, clock};
  OrgService orgs{*b.orgs, accounts, *b.accounts, *b.audit, *b.transactor, clock};
  AssessmentService assessment{*b.assessment, *b.audit, *b.transactor, clock};
  NetworkService networks{*b.networks, orgs, *b.audit, *b.transactor, clock};
  PeerBenchmarkService peers{*b.contributions, assessment, *b.audit, *b.transactor, clock};

  const auto owner = b.accounts->find_user_by_email(env.at("BENCH_EMAIL"));
  if (!owner) throw std::runtime_error("no measured owner " + env.at("BENCH_EMAIL"));
  const std::string name = "Det nationale digitaliseringsnetværk";
  auto network = networks.create(measured, owner->id, Role::owner,
                                 NetworkDraft{name, "Alle organisationer i benchmarkdata"});
  if (!network) throw std::runtime_error("network: " + network.error().code);

  int members = 0, contributions = 0, misses = 0;
  std::int64_t id = 1;
  while (misses < kMissesBeforeEnd) {
    b.transactor->transaction([&] {
      for (int n = 0; n < kOrgsPerTransaction && misses < kMissesBeforeEnd; ++n, ++id) {
        const auto org = b.orgs->find_org(id);
        if (!org) {
          ++misses;
          continue;
        }
        misses = 0;
        if (id != measured) {
          b.networks->insert_membership(*network, id, std::nullopt, clock.now());
          b.audit->append_audit(
              {id, std::nullopt, "network.joined", "network:" + std::to_string(*network), name}, clock.now());
        }
        ++members;
        std::optional<RoundRow> latest;
        for (RoundRow& r : b.assessment->rounds(id)) {
          if (r.state == RoundState::closed && (!latest || r.closed_at > latest->closed_at))
            latest = std::move(r);
        }
        if (!latest) continue;
        auto contributed = peers.contribute(*latest, *network, name, owner->id);
        if (contributed) {
          ++contributions;
        } else if (contributed.error().code != "contribution_too_few") {
          throw std::runtime_error("contribution of round " + std::to_string(latest->id) + ": " +
                                   contributed.error().code);
        }
      }
    });
  }
  std::ofstream(out + "/bench.env", std::ios::app) << "BENCH_NETWORK_ID=" << *network << "\n"
                                                   << "BENCH_NETWORK_MEMBERS=" << members << "\n"
                                                   << "BENCH_NETWORK_CONTRIBUTIONS=" << contributions << "\n";
  std::cout << fmt::format(
      "bench_peer_network: network {} with {} organisations, {} contributions; {:.1f} s\n", *network, members,
      contributions, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  return 0;
} catch (const std::exception& e) {
  std::cerr << "bench_peer_network: " << e.what() << "\n";
  return 1;
}
