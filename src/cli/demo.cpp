// forkant demo: "Demo Kommune" with a leadership team of six, so a newcomer sees a living product on the
// first start. The demo owner's login is in the README.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/demo_account.hpp"
#include "cli/demo_network.hpp"
#include "cli/environment.hpp"
#include "services/secrets.hpp"

namespace forkant::cli {

inline constexpr const char* kDemoOrg = "Demo Kommune";
// In the 40,000–60,000 band (domain/networks/size_band.hpp), like the median Danish municipality.
inline constexpr std::int64_t kDemoInhabitants = 52'000;

int demo(const std::string& db) {
  Environment env(db);
  if (env.orgs.find_by_name(kDemoOrg)) {
    std::cout << "forkant demo: " << kDemoOrg << " exists already; nothing to do\n";
    return 0;
  }
  auto org_id = env.orgs.create_org(
      Organisation{0, kDemoOrg, OrgKind::municipality, 4200, 3, kDemoInhabitants}, std::nullopt);
  if (!org_id) throw std::runtime_error("demo: " + org_id.error().code);

  auto owner =
      env.accounts.create_user(kDemoEmail, "Karen Kommunaldirektør", kDemoPassword, "da", std::nullopt);
  if (!owner) throw std::runtime_error("demo: " + owner.error().code);
  env.orgs.add_member(*org_id, owner->id, Role::owner, std::nullopt);

  struct Member {
    const char* email;
    const char* name;
    Role role;
  };
  const Member team[] = {
      {"digitalisering@demo.forkant.dk", "Dennis Digitaliseringschef", Role::coordinator},
      {"boern@demo.forkant.dk", "Birgitte Børne- og Ungedirektør", Role::leader},
      {"social@demo.forkant.dk", "Søren Social- og Sundhedsdirektør", Role::leader},
      {"teknik@demo.forkant.dk", "Tove Teknik- og Miljødirektør", Role::leader},
      {"oekonomi@demo.forkant.dk", "Ole Økonomidirektør", Role::leader},
  };
  // The rest of the team cannot sign in: their password is random and unknown. One hash serves all,
  // which keeps the demo fast (argon2id costs ~180 ms a hash).
  const std::string unusable = hash_password(random_token());
  std::int64_t coordinator_id = 0;
  for (const auto& m : team) {
    std::int64_t id = 0;
    env.backend.transactor->transaction([&] {
      id = env.backend.accounts->insert_user(User{0, m.email, m.name, "da"}, unusable, env.clock.now());
      env.backend.orgs->upsert_membership(*org_id, id, m.role, env.clock.now());
      env.backend.audit->append_audit({*org_id, std::nullopt, "member.added", "user:" + std::to_string(id),
                                       std::string(role_name(m.role))},
                                      env.clock.now());
    });
    if (m.role == Role::coordinator) coordinator_id = id;
  }
  demo_assessment(env, *org_id, coordinator_id);
  demo_decisions(env, *org_id, owner->id);
  demo_initiatives(env, *org_id, owner->id);
  demo_impact(env, *org_id, owner->id);
  demo_radar(env, *org_id, owner->id);
  demo_competence(env, *org_id, owner->id);
  const auto network = demo_network(env, *org_id, owner->id);
  demo_peer_rounds(env, *org_id, owner->id);
  demo_library(env, *org_id, owner->id, network);
  std::cout << "forkant demo: created " << kDemoOrg << "; sign in as " << kDemoEmail << " / " << kDemoPassword
            << "\n";
  return 0;
}

}  // namespace forkant::cli
