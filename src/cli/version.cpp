#include "cli/version.hpp"

namespace forkant::cli {

const char* forkant_version() {
  return FORKANT_VERSION;
}

}  // namespace forkant::cli
