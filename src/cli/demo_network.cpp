// The demo's network "Digitaliseringsnetværk Midtjylland" (issue 15): Demo Kommune creates it and invites
// five other municipalities, one in each size band but Demo Kommune's own, whose owners accept. Each peer's
// owner can sign in (ejer@<peer>.demo.forkant.dk, the demo password) to see the network from the other side.
// One password hash serves every peer's owner, which keeps the demo fast (argon2id costs ~180 ms a hash).
#include "cli/demo_network.hpp"

#include <stdexcept>

#include "cli/environment.hpp"
#include "services/secrets.hpp"

namespace forkant::cli {
namespace {

struct PeerSpec {
  const char* name;
  const char* domain;
  const char* owner_name;
  std::int64_t inhabitants;
};

constexpr PeerSpec kPeers[] = {
    {"Nørreå Kommune", "noerreaa", "Niels Nørgaard", 16'800},
    {"Søndersø Kommune", "soendersoe", "Sanne Søndergaard", 31'500},
    {"Vesthavn Kommune", "vesthavn", "Vibeke Vestergaard", 45'900},
    {"Østerlund Kommune", "oesterlund", "Øjvind Østergaard", 78'400},
    {"Midtby Kommune", "midtby", "Mette Midtgaard", 128'000},
};

constexpr const char* kNetworkName = "Digitaliseringsnetværk Midtjylland";
constexpr const char* kNetworkPurpose =
    "Kommunale direktioner i Midtjylland, der lærer af hinandens digitaliseringsbeslutninger: hvad vi "
    "valgte, hvad vi fravalgte og hvorfor, og hvordan vores ledelse ser sig selv i de ti spørgsmål.";
constexpr const char* kDemoPassword = "forkant-demo-2026";

}  // namespace

DemoNetwork demo_network(Environment& env, std::int64_t org_id, std::int64_t owner_id) {
  DemoNetwork out;
  const std::string hash = hash_password(kDemoPassword);
  for (const auto& spec : kPeers) {
    Organisation org{0, spec.name, OrgKind::municipality, std::nullopt, 3, spec.inhabitants};
    auto peer_org = env.orgs.create_org(org, std::nullopt);
    if (!peer_org) throw std::runtime_error("demo: " + std::string(spec.name) + ": " + peer_org.error().code);
    std::int64_t user = 0;
    const std::string email = std::string("ejer@") + spec.domain + ".demo.forkant.dk";
    env.backend.transactor->transaction([&] {
      user = env.backend.accounts->insert_user(User{0, email, spec.owner_name, "da"}, hash, env.clock.now());
      env.backend.orgs->upsert_membership(*peer_org, user, Role::owner, env.clock.now());
      env.backend.audit->append_audit(
          {*peer_org, std::nullopt, "member.added", "user:" + std::to_string(user), "owner"},
          env.clock.now());
    });
    out.peers.push_back({*peer_org, user, spec.name});
  }

  auto network = env.networks.create(org_id, owner_id, Role::owner, {kNetworkName, kNetworkPurpose});
  if (!network) throw std::runtime_error("demo: network: " + network.error().code);
  out.network_id = *network;
  for (const auto& peer : out.peers) {
    auto invitation = env.networks.invite(out.network_id, org_id, owner_id, peer.name);
    if (!invitation) throw std::runtime_error("demo: invite " + peer.name + ": " + invitation.error().code);
    auto accepted = env.networks.answer(*invitation, peer.org_id, peer.owner_id, Role::owner, true);
    if (!accepted) throw std::runtime_error("demo: accept " + peer.name + ": " + accepted.error().code);
  }
  return out;
}

}  // namespace forkant::cli
