#pragma once
// The built-in framework (frameworks/ti-spoergsmaal.toml), loaded once per fuzz process.
// FORKANT_FRAMEWORK_FILE is set by tests/fuzz/run.

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "formats/framework_toml.hpp"

inline const forkant::Framework& builtin_framework() {
  static const forkant::Framework fw = [] {
    std::ifstream in(FORKANT_FRAMEWORK_FILE, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    auto parsed = forkant::parse_framework(ss.str(), FORKANT_FRAMEWORK_FILE);
    if (!parsed.ok()) {
      std::fprintf(stderr, "cannot load %s\n", FORKANT_FRAMEWORK_FILE);
      std::abort();
    }
    return *parsed.framework;
  }();
  return fw;
}
