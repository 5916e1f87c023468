#pragma once
// The demo owner's account as `forkant demo` makes it: its password is printed on the terminal and in
// the README, so anyone may know it. `forkant serve` warns at start-up when that password still opens the
// account and the server listens beyond loopback (reachable from other machines).

#include <string_view>

#include "cli/environment.hpp"

namespace forkant::cli {

inline constexpr const char* kDemoEmail = "direktoer@demo.forkant.dk";
inline constexpr const char* kDemoPassword = "forkant-demo-2026";

// Whether the demo account exists and the demo password still opens it (one argon2id check).
bool demo_password_in_use(Environment& env);

// Whether `host` (from --listen, without brackets) is reachable from this machine only: 127.0.0.0/8,
// ::1 or localhost. An empty host, 0.0.0.0 and :: listen on every interface.
bool is_loopback_host(std::string_view host);

}  // namespace forkant::cli
