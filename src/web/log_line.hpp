#pragma once
// Every log line the application writes itself is built here, as one JSON object serialised with every
// control character, quote and backslash escaped and everything outside ASCII written as \uXXXX: a CR or
// LF (or U+2028, or a bidi override) in anything a request brought cannot end the line or start a forged
// one (ASVS 7.3.1), whichever log it lands in. Invalid UTF-8 is replaced, not passed on.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace forkant::web {

// `fields` as one line of JSON, without the newline.
std::string json_log_line(const nlohmann::json& fields);

// The error log's line for an exception that reached App::handle: the request id the person was shown,
// and the exception's text, escaped (it may quote input).
std::string error_log_line(std::string_view request_id, std::string_view what);

}  // namespace forkant::web
