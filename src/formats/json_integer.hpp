#pragma once
// Reading a whole number from JSON into the C++ type that will hold it, without ever truncating or
// wrapping it: 4294967299 for an int is refused, not stored as 3. Every integer read from a JSON body
// goes through here (web/api/json_body.hpp for the API's fields, formats/answers_json.hpp for answers).

#include <cmath>
#include <concepts>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

#include "domain/result.hpp"

namespace forkant {

// 400 wrong_type {field}: the value is not a whole number (a string, a fraction, an object...).
inline Error json_wrong_type(const std::string& field) {
  return Error{ErrorKind::malformed, "wrong_type", "error.wrong_type", {{"field", field}}};
}

// 422 value_out_of_range {field, value}: a whole number that the field's type cannot hold.
inline Error json_out_of_range(const std::string& field, const nlohmann::json& value) {
  return Error::invalid("value_out_of_range", "error.integer_out_of_range",
                        {{"field", field}, {"value", value.dump()}});
}

// `value` as T when it is a whole number that T can hold. A whole number beyond 64 bits arrives from the
// JSON parser as a floating-point number; it is out of range too, not of the wrong type.
template <std::integral T>
Result<T> json_integer(const nlohmann::json& value, const std::string& field) {
  using Limits = std::numeric_limits<T>;
  if (value.is_number_unsigned()) {
    const auto x = value.get<std::uint64_t>();
    if (x > static_cast<std::uint64_t>(Limits::max())) return json_out_of_range(field, value);
    return static_cast<T>(x);
  }
  if (value.is_number_integer()) {
    const auto x = value.get<std::int64_t>();
    if constexpr (std::is_unsigned_v<T>) {
      if (x < 0) return json_out_of_range(field, value);
      if (static_cast<std::uint64_t>(x) > static_cast<std::uint64_t>(Limits::max()))
        return json_out_of_range(field, value);
    } else {
      if (x < static_cast<std::int64_t>(Limits::min()) || x > static_cast<std::int64_t>(Limits::max()))
        return json_out_of_range(field, value);
    }
    return static_cast<T>(x);
  }
  if (value.is_number_float()) {
    // Integer literals from 2^64 up and from -2^63 - 1 down (which rounds to -2^63) are parsed as doubles.
    const double x = value.get<double>();
    if (std::trunc(x) == x && (x >= 18446744073709551616.0 || x <= -9223372036854775808.0))
      return json_out_of_range(field, value);
  }
  return json_wrong_type(field);
}

}  // namespace forkant
