#include "formats/byor_radar.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <utility>

#include "domain/utf8.hpp"
#include "formats/csv.hpp"

namespace forkant {
namespace {

constexpr std::size_t kMaxEchoed = 40;

Error invalid(std::string code, std::map<std::string, std::string> params = {}) {
  std::string key = "error." + code;
  return Error::invalid(std::move(code), std::move(key), std::move(params));
}

std::string echo(std::string_view s) {
  if (s.size() <= kMaxEchoed) return std::string(s);
  std::size_t end = kMaxEchoed;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return std::string(s.substr(0, end)) + "…";
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The length of the JavaScript white space (String.prototype.trim: ECMAScript WhiteSpace and
// LineTerminator, the byte order mark among them) at `s`'s start, or 0.
std::size_t js_space_at(std::string_view s) {
  if (s.empty()) return 0;
  const auto c = static_cast<unsigned char>(s[0]);
  if (c == ' ' || (c >= 0x09 && c <= 0x0D)) return 1;
  static constexpr std::array<std::string_view, 18> kWide{
      "\xC2\xA0",     "\xE1\x9A\x80", "\xE2\x80\x80", "\xE2\x80\x81", "\xE2\x80\x82", "\xE2\x80\x83",
      "\xE2\x80\x84", "\xE2\x80\x85", "\xE2\x80\x86", "\xE2\x80\x87", "\xE2\x80\x88", "\xE2\x80\x89",
      "\xE2\x80\x8A", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\xAF", "\xE2\x81\x9F", "\xEF\xBB\xBF"};
  for (std::string_view w : kWide) {
    if (s.starts_with(w)) return w.size();
  }
  if (s.starts_with("\xE3\x80\x80")) return 3;
  return 0;
}

std::size_t js_space_before(std::string_view s) {
  // The same set, seen from the end: try each width.
  for (std::size_t w = 1; w <= 3 && w <= s.size(); ++w) {
    if (js_space_at(s.substr(s.size() - w)) == w) return w;
  }
  return 0;
}

std::string js_trim(std::string_view s) {
  while (std::size_t n = js_space_at(s)) s.remove_prefix(n);
  while (std::size_t n = js_space_before(s)) s.remove_suffix(n);
  return std::string(s);
}

void append_code_point(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The entity at s (which starts with '&'): its length and text, or 0.
std::size_t decode_entity(std::string_view s, std::string& out) {
  const std::size_t semi = s.find(';');
  if (semi == std::string_view::npos || semi < 2 || semi > 10) return 0;
  const std::string_view body = s.substr(1, semi - 1);
  static const std::map<std::string_view, std::string_view> named{
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"}};
  if (auto it = named.find(body); it != named.end()) {
    out += it->second;
    return semi + 1;
  }
  if (body[0] != '#') return 0;
  const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
  const std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty()) return 0;
  std::uint32_t cp = 0;
  for (char ch : digits) {
    const auto c = static_cast<unsigned char>(ch);
    int d = -1;
    if (std::isdigit(c)) {
      d = c - '0';
    } else if (hex && std::isxdigit(c)) {
      d = std::tolower(c) - 'a' + 10;
    }
    if (d < 0) return 0;
    cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
    if (cp > 0x10FFFF) return 0;
  }
  if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  append_code_point(out, cp);
  return semi + 1;
}

bool looks_like_entity(std::string_view s) {
  std::string ignored;
  return decode_entity(s, ignored) > 0;
}

bool is_tag_start(std::string_view s) {
  if (s.size() < 2 || s[0] != '<') return false;
  const auto c = static_cast<unsigned char>(s[1]);
  return std::isalpha(c) || c == '/' || c == '!' || c == '?';
}

// The tag's lower-case name ("br", "/p", "!--") and its length (to and with '>'), or length 0 when the
// tag never ends (then the rest is text, as an HTML parser at the end of input would not make a tag).
struct Tag {
  std::string name;
  std::size_t length = 0;
};

Tag read_tag(std::string_view s) {
  Tag t;
  if (s.starts_with("<!--")) {
    const std::size_t end = s.find("-->", 4);
    t.name = "!--";
    t.length = end == std::string_view::npos ? s.size() : end + 3;
    return t;
  }
  const std::size_t end = s.find('>');
  if (end == std::string_view::npos) return t;
  std::size_t i = 1;
  if (s[i] == '/') t.name += '/', ++i;
  while (i < end && std::isalnum(static_cast<unsigned char>(s[i]))) {
    t.name += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    ++i;
  }
  t.length = end + 1;
  return t;
}

bool drops_content(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "option";
}

// A block's start or end: a line break unless the text is at a line's start already (<br> always is one).
bool ends_block(std::string_view name) {
  if (!name.empty() && name[0] == '/') name.remove_prefix(1);
  return name == "p" || name == "li" || name == "ul" ||
         (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6');
}

// Tags out, entities decoded; `lines`: the description's line breaks.
std::string html_to_text(std::string_view html, bool lines) {
  std::string out;
  std::size_t i = 0;
  while (i < html.size()) {
    const std::string_view rest = html.substr(i);
    if (is_tag_start(rest)) {
      Tag tag = read_tag(rest);
      if (tag.length > 0) {
        i += tag.length;
        if (drops_content(tag.name)) {
          const std::string close = "</" + tag.name;
          std::size_t j = i;
          while (j < html.size() && lower(html.substr(j, close.size())) != close) ++j;
          const std::size_t close_length = j < html.size() ? read_tag(html.substr(j)).length : 0;
          i = close_length > 0 ? j + close_length : html.size();
        } else if (lines &&
                   (tag.name == "br" || (ends_block(tag.name) && !out.empty() && out.back() != '\n'))) {
          out += '\n';
        }
        continue;
      }
    }
    if (html[i] == '&') {
      if (std::size_t n = decode_entity(rest, out)) {
        i += n;
        continue;
      }
    }
    out += html[i++];
  }
  return out;
}

// What a spreadsheet-safe writer (csv_text_field) put in front of a formula-like value comes off again.
std::string without_formula_guard(std::string value) {
  if (value.size() > 1 && value[0] == '\'' && csv_formula_risk(std::string_view(value).substr(1))) {
    value.erase(0, 1);
  }
  return value;
}

// BYOR's new UI compares quadrant names lower-cased with "and" and "&" made the same.
std::string quadrant_key(std::string_view name) {
  std::string s = lower(js_trim(name));
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s.compare(i, 5, " and ") == 0 || s.compare(i, 5, "-and-") == 0) {
      out += " & ";
      i += 5;
    } else if (s[i] == '&') {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out += " & ";
      ++i;
      while (i < s.size() && s[i] == ' ') ++i;
    } else {
      out += s[i++];
    }
  }
  return out;
}

std::optional<Ring> ring_word(std::string_view word) {
  return ring_from_string(lower(word));
}

std::optional<Movement> status_word(std::string_view word) {
  const std::string w = lower(word);
  if (w == "new") return Movement::new_entry;
  if (w == "moved in") return Movement::moved_in;
  if (w == "moved out") return Movement::moved_out;
  if (w == "no change") return Movement::no_change;
  return std::nullopt;
}

}  // namespace

std::string byor_plain_value(std::string_view value) {
  return js_trim(html_to_text(js_trim(value), false));
}

std::string byor_description_text(std::string_view html) {
  std::string raw = html_to_text(js_trim(html), true);
  // Line breaks typed into a cell count as line breaks, written "\n" however the file wrote them.
  std::string text;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\r') {
      text += '\n';
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
    } else {
      text += raw[i];
    }
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return js_trim(text);
}

std::string byor_value_for(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&' && looks_like_entity(text.substr(i))) {
      out += "&amp;";
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string byor_description_html(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '&' && looks_like_entity(text.substr(i))) {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '\n') {
      out += "<br>";
    } else if (c == '\r') {
      if (i + 1 >= text.size() || text[i + 1] != '\n') out += "<br>";
    } else {
      out += c;
    }
  }
  return out;
}

std::string_view byor_ring_word(Ring ring) {
  return to_string(ring);
}

std::string_view byor_status_word(Movement movement) {
  switch (movement) {
    case Movement::new_entry:
      return "new";
    case Movement::moved_in:
      return "moved in";
    case Movement::moved_out:
      return "moved out";
    case Movement::no_change:
      return "no change";
  }
  return "no change";
}

Status check_byor_columns(std::span<const std::string> columns) {
  auto has = [&](std::string_view name) {
    return std::any_of(columns.begin(), columns.end(),
                       [&](const std::string& c) { return js_trim(c) == name; });
  };
  for (std::string_view required : {"name", "ring", "quadrant", "description"}) {
    if (!has(required)) return invalid("byor_missing_header", {{"header", std::string(required)}});
  }
  if (!has("isNew") && !has("status")) return invalid("byor_missing_movement_header");
  return ok_status();
}

Result<ByorRadar> read_byor_rows(std::span<const ByorRow> rows) {
  if (rows.empty()) return invalid("byor_no_rows");
  ByorRadar radar;
  std::vector<std::string> quadrant_keys;
  std::vector<Ring> rings_seen;
  std::vector<std::string> ring_words_seen;
  std::set<std::string> names;
  for (const ByorRow& raw : rows) {
    const std::string r = std::to_string(raw.row);
    ByorBlip blip;
    blip.name = without_formula_guard(byor_plain_value(raw.name));
    if (blip.name.empty()) return invalid("byor_name_required", {{"row", r}});
    if (utf8_length(blip.name) > kMaxEntryName) {
      return invalid("byor_name_too_long", {{"row", r}, {"max", std::to_string(kMaxEntryName)}});
    }
    if (blip.name.find_first_of("<>") != std::string::npos) return invalid("byor_name_markup", {{"row", r}});
    if (!names.insert(entry_key(blip.name)).second) {
      return invalid("byor_duplicate_name", {{"row", r}, {"name", echo(blip.name)}});
    }
    blip.description = without_formula_guard(byor_description_text(raw.description));
    if (utf8_length(blip.description) > kMaxEntryDescription) {
      return invalid("byor_description_too_long",
                     {{"row", r}, {"max", std::to_string(kMaxEntryDescription)}});
    }
    // Quadrants: named by the data, in the order they first appear.
    const std::string quadrant = without_formula_guard(byor_plain_value(raw.quadrant));
    if (quadrant.empty()) return invalid("byor_quadrant_required", {{"row", r}});
    if (utf8_length(quadrant) > kMaxQuadrantName || quadrant.find_first_of("<>") != std::string::npos) {
      return invalid("byor_quadrant_too_long", {{"row", r}, {"max", std::to_string(kMaxQuadrantName)}});
    }
    const std::string qkey = quadrant_key(quadrant);
    auto q = std::find(quadrant_keys.begin(), quadrant_keys.end(), qkey);
    if (q == quadrant_keys.end()) {
      if (quadrant_keys.size() == kQuadrantCount) {
        return invalid("byor_too_many_quadrants", {{"row", r}, {"quadrant", echo(quadrant)}});
      }
      radar.quadrants[quadrant_keys.size()] = quadrant;
      quadrant_keys.push_back(qkey);
      q = quadrant_keys.end() - 1;
    }
    blip.quadrant = static_cast<int>(q - quadrant_keys.begin());
    // Rings: at most four different ones, and ours.
    const std::string ring = byor_plain_value(raw.ring);
    const std::string rkey = lower(ring);
    if (std::find(ring_words_seen.begin(), ring_words_seen.end(), rkey) == ring_words_seen.end()) {
      if (ring_words_seen.size() == 4)
        return invalid("byor_too_many_rings", {{"row", r}, {"ring", echo(ring)}});
      ring_words_seen.push_back(rkey);
    }
    const auto known_ring = ring_word(ring);
    if (!known_ring) return invalid("byor_unknown_ring", {{"row", r}, {"ring", echo(ring)}});
    blip.ring = *known_ring;
    // Movement: a status that is not empty wins over isNew.
    const std::string status = byor_plain_value(raw.status);
    if (!status.empty()) {
      blip.movement = status_word(status);
      if (!blip.movement) return invalid("byor_unknown_status", {{"row", r}, {"status", echo(status)}});
    } else if (lower(byor_plain_value(raw.is_new)) == "true") {
      blip.movement = Movement::new_entry;
    }
    radar.blips.push_back(std::move(blip));
  }
  if (quadrant_keys.size() < kQuadrantCount) {
    return invalid("byor_too_few_quadrants", {{"found", std::to_string(quadrant_keys.size())}});
  }
  return radar;
}

ByorRadar align_quadrants(ByorRadar radar, const QuadrantNames& known) {
  std::array<int, kQuadrantCount> to{};
  for (int i = 0; i < kQuadrantCount; ++i) {
    const auto k = std::find_if(known.begin(), known.end(), [&](const std::string& name) {
      return quadrant_key(name) == quadrant_key(radar.quadrants[static_cast<std::size_t>(i)]);
    });
    if (k == known.end()) return radar;
    to[static_cast<std::size_t>(i)] = static_cast<int>(k - known.begin());
  }
  QuadrantNames names;
  for (int i = 0; i < kQuadrantCount; ++i) {
    names[static_cast<std::size_t>(to[static_cast<std::size_t>(i)])] =
        radar.quadrants[static_cast<std::size_t>(i)];
  }
  radar.quadrants = names;
  for (ByorBlip& b : radar.blips) b.quadrant = to[static_cast<std::size_t>(b.quadrant)];
  return radar;
}

}  // namespace forkant
