#include "cli/demo_account.hpp"

#include "services/secrets.hpp"

namespace forkant::cli {

bool demo_password_in_use(Environment& env) {
  const auto user = env.backend.accounts->find_user_by_email(kDemoEmail);
  if (!user) return false;
  const auto hash = env.backend.accounts->password_hash(user->id);
  return hash && verify_password(kDemoPassword, *hash);
}

bool is_loopback_host(std::string_view host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

}  // namespace forkant::cli
