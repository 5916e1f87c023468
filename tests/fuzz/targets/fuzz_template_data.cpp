// The templates' data: Templates::render (kainjow/mustache with forkant's JSON view models) with the
// input as a page's data, in text, in an attribute, in a link and in a list, and, when the input parses as
// JSON, as a whole view. Oracle: escaping by default — nothing the data holds can open a tag, close an
// attribute or start an entity of its own: the output has exactly the template's own '<', '>', '"' and '\''
// whatever the data, and the escaped value reads back as the value.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>

#include "fuzz_check.hpp"
#include "render/i18n.hpp"
#include "render/templates.hpp"

namespace {

constexpr const char* kTemplate =
    "<p title=\"{{value}}\">{{value}}</p><a href=\"/x?q={{value}}\">{{#t}}{{value}}{{/t}}</a>"
    "<ul>{{#items}}<li data-n=\"{{name}}\">{{name}}{{#inner}}<b>{{.}}</b>{{/inner}}</li>{{/items}}</ul>\n";

const forkant::Templates& templates() {
  static const auto dir = [] {
    auto d = std::filesystem::temp_directory_path() / "forkant-fuzz-templates";
    std::filesystem::create_directories(d);
    std::ofstream(d / "page.mustache") << kTemplate;
    std::ofstream(d / "layout.mustache") << "{{{content}}}";  // Templates insists on a layout
    return d;
  }();
  static const forkant::Translator translator(dir.string());
  static const forkant::Templates t(dir.string(), translator);
  return t;
}

std::size_t count_markup(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return c == '<' || c == '>' || c == '"' || c == '\''; }));
}

// The five entities the escaping writes, back to their characters.
std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool replaced = false;
    for (const auto& [entity, c] :
         {std::pair{"&lt;", '<'}, std::pair{"&gt;", '>'}, std::pair{"&quot;", '"'}, std::pair{"&apos;", '\''},
          std::pair{"&#39;", '\''}, std::pair{"&amp;", '&'}}) {
      if (std::string_view(s).substr(i).starts_with(entity)) {
        out += c;
        i += std::string_view(entity).size() - 1;
        replaced = true;
        break;
      }
    }
    if (!replaced) out += s[i];
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string value(reinterpret_cast<const char*>(data), size);
  static const std::size_t own = [] {
    nlohmann::json empty = {{"value", ""},
                            {"items", nlohmann::json::array({{{"name", ""}, {"inner", {"", ""}}}})}};
    return count_markup(templates().render("page", empty, "da"));
  }();

  nlohmann::json view = {{"value", value},
                         {"items", nlohmann::json::array({{{"name", value}, {"inner", {value, value}}}})}};
  const std::string out = templates().render("page", view, "da");
  FUZZ_CHECK(count_markup(out) == own, "the data opened a tag or closed an attribute");
  const auto title = out.find("title=\"") + 7;
  FUZZ_CHECK(unescape(out.substr(title, out.find('"', title) - title)) == value,
             "the value does not read back");

  // A whole view from the input: whatever its shape, every '<' in the page opens one of the template's
  // own tags.
  const auto parsed = nlohmann::json::parse(value, nullptr, false);
  if (!parsed.is_discarded() && parsed.is_object()) {
    const std::string whole = templates().render("page", parsed, "en");
    for (std::size_t at = whole.find('<'); at != std::string::npos; at = whole.find('<', at + 1)) {
      const std::string_view rest = std::string_view(whole).substr(at + 1);
      bool own_tag = false;
      for (const char* tag : {"p ", "/p>", "a ", "/a>", "ul>", "/ul>", "li ", "/li>", "b>", "/b>"}) {
        own_tag = own_tag || rest.starts_with(tag);
      }
      FUZZ_CHECK(own_tag, "a tag the template does not have");
    }
    fuzz_sink(whole);
  }
  return 0;
}
