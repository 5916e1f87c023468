// forkant framework validate FILE (wired to the framework parser when it lands).
#include <iostream>

#include "cli/commands.hpp"

namespace forkant::cli {

int framework_validate(const std::string& file) {
  std::cerr << "forkant framework validate: " << file << ": not available in this build\n";
  return 1;
}

}  // namespace forkant::cli
