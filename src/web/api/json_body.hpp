#pragma once
// Strict reading of JSON request bodies: the content type must be JSON, the text valid UTF-8 and valid
// JSON, the top level an object; unknown fields are refused (no mass assignment), and every field is
// checked for presence and type. Errors are specific and translated.

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

#include "domain/result.hpp"
#include "web/http.hpp"

namespace forkant::web::api {

// 415 when the content type is not application/json; 400 for invalid UTF-8, invalid JSON or a
// non-object.
Result<nlohmann::json> parse_json_object(const Request& req);

// 400 wrong_type for `field`: the shared answer when a JSON value has the wrong shape.
Error wrong_type(const std::string& field);

class FieldReader {
 public:
  explicit FieldReader(const nlohmann::json& object) : object_(object) {}

  std::optional<std::string> string(const std::string& name, bool required = true);
  std::optional<std::int64_t> integer(const std::string& name, bool required = true);
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
