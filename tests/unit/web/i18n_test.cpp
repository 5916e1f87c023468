// Language choice from Accept-Language, numbers in each language's notation, message parameters, and
// redirect targets that cannot leave the site.
#include "render/i18n.hpp"

#include <gtest/gtest.h>

#include "web/pages/pages.hpp"

namespace forkant {
namespace {

TEST(LanguageFromAccept, PicksTheSupportedLanguageWithTheHighestQuality) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"en", "en"},
      {"da", "da"},
      {"en-GB,en;q=0.9", "en"},
      {"da-DK,da;q=0.9,en;q=0.8", "da"},
      {"de-DE,de;q=0.9,en;q=0.8,da;q=0.7", "en"},
      {"da;q=0.3, en;q=0.7", "en"},
      {"en;q=0.2, da", "da"},
      {"EN-us", "en"},
      {" en", "en"},
  };
  for (const auto& [header, want] : cases) EXPECT_EQ(language_from_accept(header), want) << header;
}

TEST(LanguageFromAccept, FallsBackToDanishForNothingUnsupportedOrGarbage) {
  for (const char* header : {"", "de", "fr-FR,de;q=0.5", "*", ";;;,,,", "english", "q=1", "en;q=abc"}) {
    const auto lang = language_from_accept(header);
    EXPECT_TRUE(lang == "da" || lang == "en") << header;
  }
  EXPECT_EQ(language_from_accept(""), "da");
  EXPECT_EQ(language_from_accept("de"), "da");
  EXPECT_EQ(language_from_accept("english"), "da") << "a prefix is not a language tag";
  EXPECT_EQ(language_from_accept("en;q=0"), "da") << "q=0 means not acceptable";
  EXPECT_EQ(language_from_accept("en;q=0, da;q=0.1"), "da");
}

TEST(FormatDecimal, UsesACommaInDanishAndADotInEnglish) {
  EXPECT_EQ(format_decimal(3.456, 2, "da"), "3,46");
  EXPECT_EQ(format_decimal(3.456, 2, "en"), "3.46");
  EXPECT_EQ(format_decimal(3.0, 1, "da"), "3,0");
  EXPECT_EQ(format_decimal(-1.25, 1, "en"), "-1.3");  // half away from zero
  EXPECT_EQ(format_decimal(2.5, 0, "da"), "3");
  EXPECT_EQ(format_decimal(1234.5, 1, "da"), "1234,5");
}

TEST(FormatDecimal, NeverShowsANegativeZero) {
  for (const char* lang : {"da", "en"}) {
    EXPECT_EQ(format_decimal(-0.0, 2, lang),
              std::string("0") + (std::string(lang) == "da" ? "," : ".") + "00");
    EXPECT_EQ(format_decimal(-0.001, 2, lang),
              std::string("0") + (std::string(lang) == "da" ? "," : ".") + "00");
    EXPECT_EQ(format_decimal(-0.4, 0, lang), "0");
  }
}

TEST(Interpolate, ReplacesEveryNamedParameterAndLeavesUnknownOnesAlone) {
  EXPECT_EQ(interpolate("Try again in {retry_after} s ({retry_after})", {{"retry_after", "60"}}),
            "Try again in 60 s (60)");
  EXPECT_EQ(interpolate("Field {field}", {}), "Field {field}");
  EXPECT_EQ(interpolate("{a}{b}", {{"a", "{b}"}, {"b", "x"}}), "{b}x") << "values are not expanded again";
  EXPECT_EQ(interpolate("{b}{a}", {{"a", "{b}"}, {"b", "x"}}), "x{b}");
  EXPECT_EQ(interpolate("{ {x} }", {{"x", "1"}}), "{ 1 }");
  EXPECT_EQ(interpolate("unclosed {x", {{"x", "1"}}), "unclosed {x");
}

TEST(SafeReturnPath, KeepsSameSitePaths) {
  for (const char* ok : {"/", "/orgs/1", "/orgs/1/members?x=1", "/a/b#c"}) {
    EXPECT_EQ(web::pages::safe_return_path(ok), ok);
  }
}

TEST(SafeReturnPath, TurnsEveryOtherSiteOrOddValueIntoTheFrontPage) {
  for (const char* evil : {"//evil.example", "//evil.example/path", "/\\evil.example",
                           "https://evil.example/", "http://evil.example", "javascript:alert(1)",
                           "evil.example", "", "/x\r\nSet-Cookie: a=b", "/x\nLocation: //evil"}) {
    EXPECT_EQ(web::pages::safe_return_path(evil), "/") << evil;
  }
}

}  // namespace
}  // namespace forkant
