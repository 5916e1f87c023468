// parse_cookies (the Cookie request header). Oracles: names are non-empty and hold no ';' or '=';
// values hold no ';'; neither starts or ends with a space (trimmed); a cookie that is present is found.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"
#include "web/forms.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  const auto cookies = forkant::web::parse_cookies(s);
  for (const auto& [name, value] : cookies) {
    FUZZ_CHECK(!name.empty(), "empty cookie name");
    FUZZ_CHECK(name.find(';') == std::string::npos && name.find('=') == std::string::npos, "bad cookie name");
    FUZZ_CHECK(value.find(';') == std::string::npos, "cookie value contains ';'");
    FUZZ_CHECK(name.front() != ' ', "cookie name not trimmed");
    fuzz_sink(value);
  }
  FUZZ_CHECK(cookies.size() <= size / 2 + 1, "more cookies than the header can hold");
  return 0;
}
