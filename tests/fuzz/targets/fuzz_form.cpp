// Form::parse (application/x-www-form-urlencoded bodies and query strings), Form::parse_multipart (file
// uploads) and decode_path_segment. Oracles: every decoded name and value is valid UTF-8; re-encoding the
// decoded fields and parsing again gives the same fields (nothing lost or invented); a multipart value
// is a piece of the body; a decoded path segment holds no '/' or NUL.
#include <cstddef>
#include <cstdint>
#include <string>

#include "domain/utf8.hpp"
#include "fuzz_check.hpp"
#include "web/forms.hpp"

namespace {

std::string encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else if (c == ' ') {
      out += '+';
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);

  if (auto form = forkant::web::Form::parse(s)) {
    std::string again;
    bool first = true;
    for (const auto& [k, v] : form->fields()) {
      FUZZ_CHECK(forkant::is_valid_utf8(k) && forkant::is_valid_utf8(v), "form field is not valid UTF-8");
      if (!first) again += '&';
      first = false;
      again += encode(k) + "=" + encode(v);
    }
    // Parse("") is an empty form, so the round trip is only meaningful with at least one field.
    if (!form->fields().empty()) {
      auto reparsed = forkant::web::Form::parse(again);
      FUZZ_CHECK(reparsed.has_value(), "re-encoded form does not parse");
      FUZZ_CHECK(reparsed->fields() == form->fields(), "form fields do not survive a re-encode round trip");
    }
    if (!form->fields().empty()) {
      const auto& first = form->fields().front();
      FUZZ_CHECK(form->get(first.first) == first.second, "Form::get does not return the first value");
      FUZZ_CHECK(!form->all(first.first).empty(), "Form::all misses a present name");
    }
  }

  // The input as an upload's body with the boundary "b" (what the seed corpus's uploads use).
  if (auto upload = forkant::web::Form::parse_multipart(s, "b")) {
    for (const auto& [k, v] : upload->fields()) {
      FUZZ_CHECK(forkant::is_valid_utf8(k) && forkant::is_valid_utf8(v), "upload field is not valid UTF-8");
      FUZZ_CHECK(s.find(v) != std::string_view::npos, "an upload's value is not a piece of its body");
    }
  }

  if (auto seg = forkant::web::decode_path_segment(s)) {
    FUZZ_CHECK(seg->find('/') == std::string::npos, "decoded path segment contains '/'");
    FUZZ_CHECK(seg->find('\0') == std::string::npos, "decoded path segment contains NUL");
    FUZZ_CHECK(forkant::is_valid_utf8(*seg), "decoded path segment is not UTF-8");
  }
  return 0;
}
