#pragma once
// Strict reading of JSON request bodies: the content type must be JSON, the text valid UTF-8 and valid
// JSON, the top level an object; unknown fields are refused (no mass assignment), and every field is
// checked for presence and type. An integer must fit the type that holds it (value_out_of_range, never
// truncated). Errors are specific and translated.

#include <concepts>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

#include "domain/result.hpp"
#include "formats/json_integer.hpp"
#include "web/http.hpp"

namespace forkant::web::api {

// 415 when the content type is not application/json; 400 for invalid UTF-8, invalid JSON or a
// non-object.
Result<nlohmann::json> parse_json_object(const Request& req);

// 400 wrong_type for `field`: the shared answer when a JSON value has the wrong shape.
Error wrong_type(const std::string& field);

// An integer JSON value (e.g. an element of an array) as T: wrong_type when it is not a whole number,
// value_out_of_range when T cannot hold it (formats/json_integer.hpp).
template <std::integral T>
Result<T> integer_value(const nlohmann::json& value, const std::string& field) {
  return json_integer<T>(value, field);
}

// The version an edit is based on, taken out of the body so that the rest is the content: 400
// missing_field when absent or null, wrong_type / value_out_of_range as integer_value.
Result<int> take_edit_version(nlohmann::json& body);

class FieldReader {
 public:
  explicit FieldReader(const nlohmann::json& object) : object_(object) {}

  std::optional<std::string> string(const std::string& name, bool required = true);
  // The field as T (std::int64_t for ids, int for counts, thresholds and versions); nullopt with the
  // error kept when it is missing, not a whole number, or out of T's range.
  template <std::integral T = std::int64_t>
  std::optional<T> integer(const std::string& name, bool required = true) {
    const auto* v = field(name, required);
    if (!v) return std::nullopt;
    auto x = json_integer<T>(*v, name);
    if (!x) {
      if (!error_) error_ = x.error();
      return std::nullopt;
    }
    return *x;
  }
  std::optional<bool> boolean(const std::string& name, bool required = true);
  // Any JSON value (the caller checks its shape).
  const nlohmann::json* any(const std::string& name, bool required = true);

  // The first problem met (missing, wrong type, unknown field), if any.
  std::optional<Error> finish();

 private:
  const nlohmann::json* field(const std::string& name, bool required);
  const nlohmann::json& object_;
  std::set<std::string> known_;
  std::optional<Error> error_;
};

}  // namespace forkant::web::api
