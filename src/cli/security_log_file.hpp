#pragma once
// Where forkant serve writes the security events (--security-log; web/security_events.hpp): a file opened
// for appending, or standard error ("-"). Each event is one write(2) of one line, so lines from several
// workers never interleave, and a log rotated by copying and truncating (logrotate's copytruncate) goes on
// at the file's new end (O_APPEND).

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace forkant::cli {

using SecurityLogWriter = std::function<void(std::string_view line)>;

// The writer for `path`, or nullopt (with errno's reason in `problem`) when the file cannot be opened.
std::optional<SecurityLogWriter> open_security_log(const std::string& path, std::string& problem);

}  // namespace forkant::cli
