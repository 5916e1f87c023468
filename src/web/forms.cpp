#include "web/forms.hpp"

#include <algorithm>
#include <boost/url/encoding_opts.hpp>
#include <boost/url/params_view.hpp>
#include <boost/url/pct_string_view.hpp>
#include <cctype>

#include "domain/percent_encoding.hpp"
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

std::optional<Form> Form::parse_multipart(std::string_view body, std::string_view boundary) {
  if (boundary.empty() || boundary.size() > 70) return std::nullopt;
  const std::string delimiter = "--" + std::string(boundary);
  Form form;
  std::size_t pos = body.find(delimiter);
  if (pos == std::string_view::npos) return std::nullopt;
  while (true) {
    pos += delimiter.size();
    if (body.substr(pos, 2) == "--") return form;  // the closing delimiter
    if (body.substr(pos, 2) != "\r\n") return std::nullopt;
    pos += 2;
    const std::size_t headers_end = body.find("\r\n\r\n", pos);
    if (headers_end == std::string_view::npos) return std::nullopt;
    const std::string_view headers = body.substr(pos, headers_end - pos);
    const std::size_t content_start = headers_end + 4;
    const std::size_t next = body.find("\r\n" + delimiter, content_start);
    if (next == std::string_view::npos) return std::nullopt;
    // The part's name from its Content-Disposition header: form-data; name="x"[; filename="..."].
    std::optional<std::string> name;
    std::size_t line_start = 0;
    while (line_start <= headers.size()) {
      std::size_t line_end = headers.find("\r\n", line_start);
      if (line_end == std::string_view::npos) line_end = headers.size();
      const std::string_view line = headers.substr(line_start, line_end - line_start);
      std::string lower(line.substr(0, std::min<std::size_t>(line.size(), 20)));
      for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (lower.starts_with("content-disposition:")) {
        const std::size_t n = line.find(" name=\"");
        const std::size_t n2 = n == std::string_view::npos ? line.find(";name=\"") : n;
        if (n2 == std::string_view::npos) return std::nullopt;
        const std::size_t start = line.find('"', n2) + 1;
        const std::size_t end = line.find('"', start);
        if (end == std::string_view::npos) return std::nullopt;
        name = std::string(line.substr(start, end - start));
      }
      line_start = line_end + 2;
    }
    if (!name) return std::nullopt;
    const std::string_view value = body.substr(content_start, next - content_start);
    if (!is_valid_utf8(*name) || !is_valid_utf8(value)) return std::nullopt;
    form.fields_.emplace_back(std::move(*name), std::string(value));
    pos = next + 2;
  }
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
  return percent_encode(value);
}

}  // namespace forkant::web
