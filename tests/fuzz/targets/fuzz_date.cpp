// parse_iso_date: whatever it accepts is a real day that formats back to exactly the input.
#include <cstddef>
#include <cstdint>
#include <string>

#include "domain/date.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  if (auto d = forkant::parse_iso_date(s)) {
    FUZZ_CHECK(d->ok(), "parsed date is not a valid calendar day");
    FUZZ_CHECK(forkant::format_iso_date(*d) == s, "parse/format round trip changed the date");
    const auto next = forkant::add_days(*d, 1);
    FUZZ_CHECK(forkant::days_between(*d, next) == 1, "add_days/days_between disagree");
  }
  return 0;
}
