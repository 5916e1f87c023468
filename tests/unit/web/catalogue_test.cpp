// The translation catalogues are complete: every key has a non-empty text in every language, and every
// key the templates and the code use exists. Reads the source tree (FORKANT_SOURCE_DIR), so a key added
// in one place and forgotten in another fails here, not in front of a user.
//
// Keys are found by simple patterns: `{{#t}}key{{/t}}` in templates; in src/, any string literal
// "error.xxx" (error keys travel through Error values and error_response) and any literal passed first
// to t(...). Keys assembled at run time ("role." + name, "org.kind." + name, "error.unknown_" + field)
// are not seen by patterns (a literal ending in '_' or '.' is taken as such a prefix and skipped); the
// enums behind the role and kind names are checked one by one below instead.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "domain/accounts/organisation.hpp"
#include "domain/accounts/role.hpp"

namespace forkant {
namespace {

namespace fs = std::filesystem;
const fs::path kSource = FORKANT_SOURCE_DIR;

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string unquote(const std::string& quoted) {
  std::string out;
  for (std::size_t i = 1; i + 1 < quoted.size(); ++i) {
    if (quoted[i] == '\\' && i + 2 < quoted.size()) {
      const char c = quoted[++i];
      out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    } else {
      out += quoted[i];
    }
  }
  return out;
}

// msgid -> msgstr (the first form for plurals; msgctxt joined to the id with '\x04', as gettext does).
std::map<std::string, std::string> read_po(const fs::path& p) {
  std::map<std::string, std::string> out;
  std::istringstream in(read(p));
  std::string line, ctx, id, str, *field = nullptr;
  bool has_id = false;
  auto flush = [&] {
    if (has_id && !id.empty()) out[ctx.empty() ? id : ctx + '\x04' + id] = str;
    ctx.clear();
    id.clear();
    str.clear();
    has_id = false;
    field = nullptr;
  };
  static const std::regex keyword(R"(^(msgctxt|msgid|msgid_plural|msgstr|msgstr\[(\d+)\])\s+(".*")\s*$)");
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::smatch m;
    if (line.empty() || line[0] == '#') continue;
    if (std::regex_match(line, m, keyword)) {
      const std::string kw = m[1];
      if (kw == "msgctxt" || (kw == "msgid" && (has_id && field != &ctx))) flush();
      if (kw == "msgctxt") field = &ctx;
      if (kw == "msgid") {
        field = &id;
        has_id = true;
      }
      if (kw == "msgid_plural") field = nullptr;
      if (kw == "msgstr" || (kw.starts_with("msgstr[") && m[2] == "0")) field = &str;
      if (kw.starts_with("msgstr[") && m[2] != "0") field = nullptr;
      if (field) *field += unquote(m[3]);
    } else if (line[0] == '"' && field) {
      *field += unquote(line);
    }
  }
  flush();
  return out;
}

std::set<std::string> keys_in_templates() {
  std::set<std::string> keys;
  static const std::regex t(R"(\{\{#t\}\}\s*([^{}\s]+)\s*\{\{/t\}\})");
  for (const auto& e : fs::directory_iterator(kSource / "templates")) {
    if (e.path().extension() != ".mustache") continue;
    const std::string text = read(e.path());
    for (std::sregex_iterator i(text.begin(), text.end(), t), end; i != end; ++i) keys.insert((*i)[1]);
  }
  return keys;
}

std::set<std::string> keys_in_code() {
  std::set<std::string> keys;
  static const std::regex error_literal(R"re("(error\.[a-z0-9_]+(?:\.[a-z0-9_]+)*)")re");
  static const std::regex t_call(R"re(\bt\(\s*"([a-z0-9_]+(?:\.[a-z0-9_]+)+)")re");
  for (const auto& e : fs::recursive_directory_iterator(kSource / "src")) {
    const auto ext = e.path().extension();
    if (ext != ".cpp" && ext != ".hpp") continue;
    const std::string text = read(e.path());
    for (const auto* re : {&error_literal, &t_call}) {
      for (std::sregex_iterator i(text.begin(), text.end(), *re), end; i != end; ++i) {
        const std::string key = (*i)[1];
        if (!key.ends_with("_")) keys.insert(key);  // "error.unknown_" + field: assembled at run time
      }
    }
  }
  return keys;
}

class Catalogues : public ::testing::Test {
 protected:
  void SetUp() override {
    da = read_po(kSource / "locales/da.po");
    en = read_po(kSource / "locales/en.po");
  }
  void expect_in_both(const std::string& key, const std::string& where) {
    EXPECT_TRUE(da.count(key) && !da.at(key).empty()) << where << " uses \"" << key << "\": missing in da.po";
    EXPECT_TRUE(en.count(key) && !en.at(key).empty()) << where << " uses \"" << key << "\": missing in en.po";
  }
  std::map<std::string, std::string> da, en;
};

TEST_F(Catalogues, TheParserReadsTheCataloguesAtAll) {
  EXPECT_GT(da.size(), 50u);
  EXPECT_GT(en.size(), 50u);
  EXPECT_EQ(en.at("error.title").find("{status}") != std::string::npos, true);
}

TEST_F(Catalogues, EveryDanishKeyHasAnEnglishTextAndViceVersa) {
  for (const auto& [key, text] : da) {
    EXPECT_FALSE(text.empty()) << "da.po: empty text for " << key;
    EXPECT_TRUE(en.count(key) && !en.at(key).empty()) << "en.po lacks " << key;
  }
  for (const auto& [key, text] : en) {
    EXPECT_FALSE(text.empty()) << "en.po: empty text for " << key;
    EXPECT_TRUE(da.count(key) && !da.at(key).empty()) << "da.po lacks " << key;
  }
}

TEST_F(Catalogues, BothLanguagesUseTheSameParametersInEachMessage) {
  static const std::regex param(R"(\{([a-z_]+)\})");
  auto params = [](const std::string& s) {
    std::set<std::string> out;
    for (std::sregex_iterator i(s.begin(), s.end(), param), end; i != end; ++i) out.insert((*i)[1]);
    return out;
  };
  for (const auto& [key, text] : da) {
    if (en.count(key)) {
      EXPECT_EQ(params(text), params(en.at(key))) << key;
    }
  }
}

TEST_F(Catalogues, EveryKeyInTheTemplatesExistsInBothLanguages) {
  const auto keys = keys_in_templates();
  EXPECT_GT(keys.size(), 20u) << "the pattern found too few keys: has the {{#t}} syntax changed?";
  for (const auto& key : keys) expect_in_both(key, "a template");
}

TEST_F(Catalogues, EveryLiteralKeyInTheCodeExistsInBothLanguages) {
  const auto keys = keys_in_code();
  EXPECT_TRUE(keys.count("error.not_found")) << "the patterns no longer find keys in src/";
  EXPECT_TRUE(keys.count("signin.title")) << "the patterns no longer find t(\"...\") calls";
  for (const auto& key : keys) expect_in_both(key, "src/");
}

TEST_F(Catalogues, EveryRoleAndOrganisationKindHasANameInBothLanguages) {
  for (Role r : {Role::viewer, Role::leader, Role::coordinator, Role::owner}) {
    expect_in_both("role." + std::string(role_name(r)), "role_name");
  }
  for (OrgKind k : {OrgKind::municipality, OrgKind::region, OrgKind::state_agency, OrgKind::other}) {
    expect_in_both("org.kind." + std::string(org_kind_name(k)), "org_kind_name");
  }
}

}  // namespace
}  // namespace forkant
