#pragma once
// forkant's version (CMake's project version, compiled into version.cpp alone): in backup sidecars and
// in forkant_build_info on GET /metrics.

namespace forkant::cli {

const char* forkant_version();

}  // namespace forkant::cli
