// Output encoding by default (OWASP ASVS 5.3.1–5.3.3), over every page template: each template is rendered
// with every value it names ({{x}}, sections, dotted names) set to a hostile payload, and no payload may
// come out as markup, in element content or in an attribute; Danish letters, apostrophes and emoji come out
// unchanged. Values a template writes raw ({{{x}}}) are pieces the server rendered itself (the content
// of the layout, charts): they get a harmless marker here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "render/i18n.hpp"
#include "render/templates.hpp"

namespace forkant {
namespace {

const std::string kTemplates = std::string(FORKANT_SOURCE_DIR) + "/templates";

struct Names {
  std::set<std::string> escaped;  // {{x}} and section names
  std::set<std::string> raw;      // {{{x}}} and {{&x}}
};

Names names_in(const std::string& source) {
  Names out;
  static const std::regex raw(R"(\{\{\{\s*([A-Za-z0-9_.]+)\s*\}\}\}|\{\{&\s*([A-Za-z0-9_.]+)\s*\}\})");
  static const std::regex tag(R"(\{\{\s*[#^/]?\s*([A-Za-z0-9_.]+)\s*\}\})");
  for (auto it = std::sregex_iterator(source.begin(), source.end(), raw); it != std::sregex_iterator(); ++it)
    out.raw.insert((*it)[1].matched ? (*it)[1].str() : (*it)[2].str());
  for (auto it = std::sregex_iterator(source.begin(), source.end(), tag); it != std::sregex_iterator(); ++it)
    out.escaped.insert((*it)[1].str());
  out.escaped.erase("t");  // the translation lambda, set by Templates::render
  return out;
}

// A view in which each name (a.b as nested objects) holds `value`, and each raw name a marker.
nlohmann::json view_for(const Names& names, const std::string& value) {
  nlohmann::json view = nlohmann::json::object();
  auto set = [&](const std::string& name, const std::string& v) {
    nlohmann::json* at = &view;
    std::stringstream parts(name);
    std::string part;
    std::vector<std::string> path;
    while (std::getline(parts, part, '.')) path.push_back(part);
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
      if (!(*at)[path[i]].is_object()) (*at)[path[i]] = nlohmann::json::object();
      at = &(*at)[path[i]];
    }
    if (!(*at)[path.back()].is_object()) (*at)[path.back()] = v;
  };
  for (const auto& n : names.escaped) set(n, value);
  for (const auto& n : names.raw) set(n, "RAW-BY-DESIGN");
  return view;
}

class OutputEncoding : public ::testing::Test {
 protected:
  Translator translator{std::string(FORKANT_SOURCE_DIR) + "/no-catalogues-needed"};
  Templates templates{kTemplates, translator};

  // Every template's name and the names it uses.
  static std::vector<std::pair<std::string, Names>> all_templates() {
    std::vector<std::pair<std::string, Names>> out;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(kTemplates)) {
      if (entry.path().extension() != ".mustache") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      const std::string name =
          std::filesystem::relative(entry.path(), kTemplates).replace_extension().string();
      out.emplace_back(name, names_in(text.str()));
    }
    return out;
  }
};

TEST_F(OutputEncoding, NoPayloadInAnyValueOfAnyTemplateComesOutAsMarkup) {
  const std::vector<std::string> payloads{
      "<script>alert(1)</script>",
      "\" onmouseover=\"alert(1)",  // out of a double-quoted attribute
      "' onmouseover='alert(1)",    // out of a single-quoted attribute
      "</textarea><img src=x onerror=alert(1)>",
      "--><svg onload=alert(1)>",
      "\"><a href=\"javascript:alert(1)\">x</a>",
  };
  const auto all = all_templates();
  ASSERT_GT(all.size(), 50u) << "the templates folder was not found";
  int checked = 0;
  for (const auto& [name, names] : all) {
    if (names.escaped.empty()) continue;
    for (const auto& payload : payloads) {
      const std::string out = templates.render(name, view_for(names, payload), "da");
      EXPECT_EQ(out.find(payload), std::string::npos) << name << " writes the payload as markup: " << payload;
      EXPECT_EQ(out.find("onmouseover=\"alert"), std::string::npos) << name << ": " << payload;
      EXPECT_EQ(out.find("onmouseover='alert"), std::string::npos) << name << ": " << payload;
      EXPECT_EQ(out.find("<img src=x"), std::string::npos) << name << ": " << payload;
      EXPECT_EQ(out.find("<svg onload"), std::string::npos) << name << ": " << payload;
      EXPECT_EQ(out.find("<a href=\"javascript:"), std::string::npos) << name << ": " << payload;
    }
    ++checked;
  }
  EXPECT_GT(checked, 50) << "templates with values";
}

TEST_F(OutputEncoding, DanishLettersApostrophesAndEmojiComeOutUnchanged) {
  const std::string text = "Søren O'Hara: æøå ÆØÅ 🙂 — “citat” & <b>";
  const std::string expected_kept = "Søren O";  // before the apostrophe
  const std::string expected_rest = "Hara: æøå ÆØÅ 🙂 — “citat” &amp; &lt;b&gt;";
  int shown = 0;
  for (const auto& [name, names] : all_templates()) {
    if (names.escaped.empty()) continue;
    const std::string out = templates.render(name, view_for(names, text), "da");
    const auto at = out.find(expected_kept);
    if (at == std::string::npos) continue;  // every value of this template sits in a list or a branch
    ++shown;
    const auto rest = out.find(expected_rest, at);
    EXPECT_NE(rest, std::string::npos) << name << " changed the text: " << out.substr(at, 80);
    const std::string apostrophe = out.substr(at + expected_kept.size(), rest - at - expected_kept.size());
    EXPECT_TRUE(apostrophe == "&#39;" || apostrophe == "&apos;") << name << ": " << apostrophe;
  }
  EXPECT_GT(shown, 50) << "templates that showed the text";
}

}  // namespace
}  // namespace forkant
