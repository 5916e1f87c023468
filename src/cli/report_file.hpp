#pragma once
// Where the report commands put what they printed: written beside the target and renamed into place, so
// a scheduled job never finds half a file.

#include <string>
#include <string_view>

namespace forkant::cli {

// Writes `bytes` to `out`; false (and a line on stderr naming `command`) when it cannot.
bool write_report_file(const std::string& out, const std::string& bytes, std::string_view command);

}  // namespace forkant::cli
