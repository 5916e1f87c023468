// forkant framework validate FILE: every problem, each as FILE:LINE: reason; exit 1 if there is one.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "formats/framework_toml.hpp"

namespace forkant::cli {

int framework_validate(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "forkant framework validate: cannot read " << file << "\n";
    return 1;
  }
  std::ostringstream text;
  text << in.rdbuf();
  const auto parsed = parse_framework(text.str(), file);
  if (!parsed.ok()) {
    for (const auto& p : parsed.problems) std::cerr << format_problem(file, p) << "\n";
    std::cerr << parsed.problems.size() << (parsed.problems.size() == 1 ? " problem" : " problems") << "\n";
    return 1;
  }
  std::cout << file << ": framework " << parsed.framework->id << " version " << parsed.framework->version
            << ", " << parsed.framework->dimensions.size() << " dimensions: valid\n";
  return 0;
}

}  // namespace forkant::cli
