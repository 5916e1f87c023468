#include "cli/environment.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "storage/open.hpp"

namespace forkant::cli {

Paths Paths::defaults() {
  Paths p{FORKANT_SOURCE_DIR, std::string(FORKANT_BUILD_DIR) + "/locales"};
  if (const char* share = std::getenv("FORKANT_SHARE_DIR")) p.share_dir = share;
  if (const char* loc = std::getenv("FORKANT_LOCALE_DIR")) p.locale_dir = loc;
  return p;
}

Environment::Environment(const std::string& db, const Paths& p)
    : paths(p), backend(open_backend(db, paths.share_dir + "/src/storage/migrations")) {
  // Built-in frameworks: installed once per version; a round keeps the exact text it was run with.
  for (const auto& entry : std::filesystem::directory_iterator(paths.share_dir + "/frameworks")) {
    if (entry.path().extension() != ".toml") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    assessment.install_framework(text.str(), entry.path().filename().string());
  }
}

}  // namespace forkant::cli
