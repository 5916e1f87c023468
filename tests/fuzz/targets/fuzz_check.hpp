#pragma once
// Shared by the fuzz targets: an oracle failure aborts, so libFuzzer records the input as a crash.
// Every target also makes its results observable (FUZZ_CHECK or fuzz_sink), so that clang cannot elide
// the work at -O1 (see docs/QUALITY.md §2.3).

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#define FUZZ_CHECK(cond, what)                                                            \
  do {                                                                                    \
    if (!(cond)) {                                                                        \
      std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n", __FILE__, __LINE__, what); \
      std::abort();                                                                       \
    }                                                                                     \
  } while (0)

inline volatile std::size_t fuzz_sink_value = 0;
inline void fuzz_sink(std::string_view s) {
  fuzz_sink_value = fuzz_sink_value + s.size();
}
