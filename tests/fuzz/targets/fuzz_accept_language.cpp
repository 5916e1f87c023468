// language_from_accept (the Accept-Language header): always one of the supported languages.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"
#include "render/i18n.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  const std::string lang = forkant::language_from_accept(s);
  FUZZ_CHECK(lang == "da" || lang == "en", "language_from_accept returned an unsupported language");
  return 0;
}
