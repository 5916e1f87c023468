#include "web/forms.hpp"

#include <boost/url/encoding_opts.hpp>
#include <boost/url/params_view.hpp>
#include <boost/url/pct_string_view.hpp>

#include "domain/utf8.hpp"

namespace forkant::web {

std::optional<Form> Form::parse(std::string_view encoded) {
  Form form;
  if (encoded.empty()) return form;
  if (encoded.find('\0') != std::string_view::npos) return std::nullopt;
  try {
    boost::urls::encoding_opts opts;
    opts.space_as_plus = true;
    // params_view(string_view, opts): the copy-with-options constructor is missing from 1.81's library (G16).
    // Its parser reads up to a NUL byte rather than to the end of the view (found by the form fuzzer), so
    // it gets its own NUL-terminated copy.
    const std::string text(encoded);
    boost::urls::params_view params(boost::core::string_view(text.data(), text.size()), opts);
    for (const auto& p : params) {
      if (!is_valid_utf8(p.key) || !is_valid_utf8(p.value)) return std::nullopt;
      form.fields_.emplace_back(p.key, p.has_value ? p.value : std::string());
    }
  } catch (const std::exception&) {
    return std::nullopt;  // malformed percent-encoding
  }
  return form;
}

std::string Form::get(std::string_view name) const {
  return find(name).value_or("");
}

std::optional<std::string> Form::find(std::string_view name) const {
  for (const auto& [k, v] : fields_) {
    if (k == name) return v;
  }
  return std::nullopt;
}

std::vector<std::string> Form::all(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : fields_) {
    if (k == name) out.push_back(v);
  }
  return out;
}

bool Form::has(std::string_view name) const {
  return find(name).has_value();
}

std::map<std::string, std::string> parse_cookies(std::string_view header) {
  std::map<std::string, std::string> out;
  std::size_t pos = 0;
  while (pos < header.size()) {
    auto end = header.find(';', pos);
    if (end == std::string_view::npos) end = header.size();
    std::string_view pair = header.substr(pos, end - pos);
    pos = end + 1;
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    while (!pair.empty() && pair.back() == ' ') pair.remove_suffix(1);
    const auto eq = pair.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    std::string_view value = pair.substr(eq + 1);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
      value = value.substr(1, value.size() - 2);
    out.emplace(std::string(pair.substr(0, eq)), std::string(value));
  }
  return out;
}

std::optional<std::string> decode_path_segment(std::string_view segment) {
  auto pct = boost::urls::make_pct_string_view(boost::core::string_view(segment.data(), segment.size()));
  if (!pct) return std::nullopt;
  std::string out = pct->decode();
  if (!is_valid_utf8(out) || out.find('/') != std::string::npos || out.find('\0') != std::string::npos) {
    return std::nullopt;
  }
  return out;
}

std::string encode_query_value(std::string_view value) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : value) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

}  // namespace forkant::web
