// The layout split once into fixed parts (render/layout_frame.hpp) gives exactly what rendering the
// layout template gives, for every shape a page has (anonymous, signed in, in an organisation, owner or
// not, each language) and for values that need escaping, including a value used in several places.
#include "render/layout_frame.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "render/i18n.hpp"
#include "render/templates.hpp"

namespace forkant {
namespace {

const std::string kTemplates = std::string(FORKANT_SOURCE_DIR) + "/templates";

class LayoutFrame : public ::testing::Test {
 protected:
  Translator translator{std::string(FORKANT_SOURCE_DIR) + "/no-catalogues-needed"};
  Templates templates{kTemplates, translator};
  LayoutFrames frames{templates, "layout"};

  std::string whole(nlohmann::json view, const std::string& content, const std::string& lang) {
    view["content"] = content;
    return templates.render("layout", view, lang);
  }
};

nlohmann::json base(const std::string& lang, const std::string& title, const std::string& path) {
  return {{"lang", lang}, {"title", title},          {"csrf", "tok-en_1"},
          {"path", path}, {"lang_da", lang == "da"}, {"lang_en", lang == "en"}};
}

nlohmann::json org(std::int64_t id, bool owner) {
  return {{"id", id},          {"name", "Kommune <&> \"x\""}, {"role", owner ? "owner" : "viewer"},
          {"is_owner", owner}, {"is_coordinator", owner},     {"is_leader", owner}};
}

TEST_F(LayoutFrame, GivesTheTemplatesOutputForEveryShapeOfPage) {
  const std::string content = "<h1>Indhold & \"mere\"</h1>\n<p>'x'</p>";
  for (const std::string lang : {"da", "en"}) {
    nlohmann::json anonymous = base(lang, "Log ind", "/login");
    EXPECT_EQ(frames.render(anonymous, content, lang), whole(anonymous, content, lang)) << lang;

    nlohmann::json signed_in = base(lang, "Tokens <b>", "/tokens?x=\"1\"&y='2'");
    signed_in["user"] = {{"name", "Ann O'Neil & <Co>"}};
    EXPECT_EQ(frames.render(signed_in, content, lang), whole(signed_in, content, lang)) << lang;

    for (const bool owner : {true, false}) {
      nlohmann::json in_org = signed_in;
      in_org["org"] = org(owner ? 7 : 1234567, owner);
      EXPECT_EQ(frames.render(in_org, content, lang), whole(in_org, content, lang)) << lang << owner;
    }
  }
}

TEST_F(LayoutFrame, AKeptFrameTakesEachRequestsOwnValues) {
  nlohmann::json first = base("da", "Første", "/orgs/1");
  first["user"] = {{"name", "Ann"}};
  first["org"] = org(1, true);
  nlohmann::json second = base("da", "Anden <side>", "/orgs/2");
  second["user"] = {{"name", "Bo & Co"}};
  second["org"] = org(2, true);
  const std::string a = frames.render(first, "A", "da");
  const std::string b = frames.render(second, "B", "da");  // the same shape: the frame is reused
  EXPECT_EQ(a, whole(first, "A", "da"));
  EXPECT_EQ(b, whole(second, "B", "da"));
  EXPECT_NE(b.find("/orgs/2/portfolio"), std::string::npos);
  EXPECT_EQ(b.find("/orgs/1/"), std::string::npos) << "nothing of the first request";
  EXPECT_NE(b.find("Bo &amp; Co"), std::string::npos);
  EXPECT_EQ(b.find("Ann"), std::string::npos);
}

}  // namespace
}  // namespace forkant
