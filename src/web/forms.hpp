#pragma once
// Decoding what a browser sends: application/x-www-form-urlencoded bodies and query strings (through
// Boost.URL), and Cookie headers. Values that are not valid UTF-8 make the whole input invalid.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace forkant::web {

class Form {
 public:
  Form() = default;
  // nullopt when the input is not valid urlencoded UTF-8.
  static std::optional<Form> parse(std::string_view encoded);
  // A multipart/form-data body (RFC 7578), as a file upload sends it: each part's name and content (a
  // file's content as its value; the file name is not kept). nullopt when a part is malformed or a
  // value is not UTF-8.
  static std::optional<Form> parse_multipart(std::string_view body, std::string_view boundary);

  // The first value for `name`, or "".
  std::string get(std::string_view name) const;
  std::optional<std::string> find(std::string_view name) const;
  std::vector<std::string> all(std::string_view name) const;
  bool has(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& fields() const { return fields_; }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

// name -> value for each cookie in a Cookie header (the first occurrence wins).
std::map<std::string, std::string> parse_cookies(std::string_view header);

// `value` percent-encoded for a query string (everything but unreserved characters), so that a link can
// carry what a user typed.
std::string encode_query_value(std::string_view value);

// Decodes one percent-encoded path segment; nullopt when malformed or not UTF-8.
std::optional<std::string> decode_path_segment(std::string_view segment);

}  // namespace forkant::web
