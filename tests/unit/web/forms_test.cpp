// Decoding what browsers send: urlencoded forms, Cookie headers and percent-encoded path segments.
#include "web/forms.hpp"

#include <gtest/gtest.h>

namespace forkant::web {
namespace {

TEST(FormParse, DecodesPlusAsSpaceAndPercentEscapesIncludingDanishLetters) {
  const auto form = Form::parse("name=S%C3%B8ren+%C3%86rl%C3%B8se&email=a%40b.dk&empty=&flag");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->get("name"), "Søren Ærløse");
  EXPECT_EQ(form->get("email"), "a@b.dk");
  EXPECT_TRUE(form->has("empty"));
  EXPECT_EQ(form->get("empty"), "");
  EXPECT_TRUE(form->has("flag"));
  EXPECT_FALSE(form->has("missing"));
  EXPECT_EQ(form->get("missing"), "");
}

TEST(FormParse, KeepsRepeatedFieldsInOrderAndGetReturnsTheFirst) {
  const auto form = Form::parse("role=viewer&role=owner&x=1");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->get("role"), "viewer");
  EXPECT_EQ(form->all("role"), (std::vector<std::string>{"viewer", "owner"}));
  EXPECT_EQ(form->fields().size(), 3u);
}

TEST(FormParse, AnEmptyBodyIsAnEmptyForm) {
  const auto form = Form::parse("");
  ASSERT_TRUE(form);
  EXPECT_TRUE(form->fields().empty());
}

TEST(FormParse, InvalidUtf8OrBrokenEscapesMakeTheWholeFormInvalid) {
  for (const char* bad : {"name=%FF", "name=%C3", "%FF=x", "name=%zz", "name=%4", "a=1&b=%C3%28"}) {
    EXPECT_FALSE(Form::parse(bad)) << bad;
  }
}

TEST(FormParse, AnEncodedAmpersandOrEqualsStaysInsideTheValue) {
  const auto form = Form::parse("q=a%26b%3Dc&next=%2Forgs%2F1");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->get("q"), "a&b=c");
  EXPECT_EQ(form->get("next"), "/orgs/1");
}

TEST(CookieParse, SplitsPairsTrimsSpacesUnquotesAndKeepsTheFirstOccurrence) {
  const auto c = parse_cookies(R"(forkant_session=abc; forkant_lang="en";other=1; forkant_session=evil)");
  EXPECT_EQ(c.at("forkant_session"), "abc");
  EXPECT_EQ(c.at("forkant_lang"), "en");
  EXPECT_EQ(c.at("other"), "1");
  EXPECT_EQ(c.size(), 3u);
}

TEST(CookieParse, IgnoresPairsWithoutANameOrAnEqualsSign) {
  const auto c = parse_cookies("=novalue; justtext; ; a=; b=c=d");
  EXPECT_EQ(c.count(""), 0u);
  EXPECT_EQ(c.count("justtext"), 0u);
  EXPECT_EQ(c.at("a"), "");
  EXPECT_EQ(c.at("b"), "c=d");
  EXPECT_TRUE(parse_cookies("").empty());
}

TEST(PathSegment, DecodesPercentEscapes) {
  EXPECT_EQ(decode_path_segment("42"), "42");
  EXPECT_EQ(decode_path_segment("%C3%A6%C3%B8%C3%A5"), "æøå");
  EXPECT_EQ(decode_path_segment("a%20b"), "a b");
}

TEST(PathSegment, RefusesAnEncodedSlashANulInvalidUtf8AndBrokenEscapes) {
  for (const char* bad : {"1%2F2", "1%2f2", "%00", "%FF", "%zz", "%"}) {
    EXPECT_FALSE(decode_path_segment(bad)) << bad;
  }
}

}  // namespace
// A file upload (the impact questionnaire import): each part's name and content, the file's bytes kept
// exactly (line breaks included); a part without a name or a body without its closing delimiter is refused.
TEST(FormParseMultipart, ReadsFieldsAndAFileExactly) {
  const std::string body =
      "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntok\r\n"
      "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n"
      "Content-Type: application/json\r\n\r\n{\"pages\":\r\n[]} æ\r\n"
      "--XyZ--\r\n";
  const auto form = Form::parse_multipart(body, "XyZ");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->get("csrf"), "tok");
  EXPECT_EQ(form->get("file"), "{\"pages\":\r\n[]} æ");
  EXPECT_FALSE(Form::parse_multipart("--XyZ\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XyZ--", "XyZ"));
  EXPECT_FALSE(Form::parse_multipart("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx", "XyZ"));
  EXPECT_FALSE(Form::parse_multipart("no delimiter", "XyZ"));
}

}  // namespace forkant::web
