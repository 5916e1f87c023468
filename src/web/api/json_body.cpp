#include "web/api/json_body.hpp"

#include "domain/utf8.hpp"

namespace forkant::web::api {

Result<nlohmann::json> parse_json_object(const Request& req) {
  const auto ct = req.header("content-type").value_or("");
  if (!ct.starts_with("application/json")) {
    return Error{ErrorKind::malformed, "unsupported_media_type", "error.unsupported_media_type", {}};
  }
  if (!is_valid_utf8(req.body)) return Error{ErrorKind::malformed, "invalid_utf8", "error.invalid_utf8", {}};
  auto j = nlohmann::json::parse(req.body, nullptr, false);
  if (j.is_discarded()) return Error{ErrorKind::malformed, "invalid_json", "error.invalid_json", {}};
  if (!j.is_object()) return Error{ErrorKind::malformed, "expected_object", "error.expected_object", {}};
  return j;
}

Error wrong_type(const std::string& field) {
  return json_wrong_type(field);
}

Result<int> take_edit_version(nlohmann::json& body) {
  if (!body.contains("version") || body["version"].is_null()) {
    return Error{ErrorKind::malformed, "missing_field", "error.missing_field", {{"field", "version"}}};
  }
  auto version = integer_value<int>(body["version"], "version");
  if (version) body.erase("version");
  return version;
}

const nlohmann::json* FieldReader::field(const std::string& name, bool required) {
  known_.insert(name);
  auto it = object_.find(name);
  if (it == object_.end() || it->is_null()) {
    if (required && !error_)
      error_ = Error{ErrorKind::malformed, "missing_field", "error.missing_field", {{"field", name}}};
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> FieldReader::string(const std::string& name, bool required) {
  const auto* v = field(name, required);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    if (!error_) error_ = wrong_type(name);
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::optional<bool> FieldReader::boolean(const std::string& name, bool required) {
  const auto* v = field(name, required);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    if (!error_) error_ = wrong_type(name);
    return std::nullopt;
  }
  return v->get<bool>();
}

const nlohmann::json* FieldReader::any(const std::string& name, bool required) {
  return field(name, required);
}

std::optional<Error> FieldReader::finish() {
  if (error_) return error_;
  for (const auto& [k, v] : object_.items()) {
    if (!known_.count(k))
      return Error{ErrorKind::malformed, "unknown_field", "error.unknown_field", {{"field", k}}};
  }
  return std::nullopt;
}

}  // namespace forkant::web::api
