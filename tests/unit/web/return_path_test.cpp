// The return path after signing in (and after choosing a language) is a path on this site as a browser
// reads it: every case below is one a browser normalises (WHATWG URL parsing: C0 controls and spaces
// stripped at both ends, tab and newline removed anywhere, backslash read as slash) or one a proxy
// might decode into such a case. Anything that is not plainly a same-origin path gives "/".
#include "web/return_path.hpp"

#include <gtest/gtest.h>

namespace forkant::web {
namespace {

struct Case {
  const char* candidate;
  const char* expected;
  const char* why;
};

TEST(SafeReturnPath, AcceptsOnlyPathsOnThisOrigin) {
  const std::string nul_inside = std::string("/orgs/1\0/x", 10);
  const Case cases[] = {
      // Kept: ordinary paths, with query and fragment.
      {"/", "/", "the front page"},
      {"/orgs/12/members", "/orgs/12/members", "a page"},
      {"/orgs/12/decisions?from=2026-01-01&to=2026-12-31#top",
       "/orgs/12/decisions?from=2026-01-01&to=2026-12-31#top", "query and fragment"},
      {"/r%C3%A6kke", "/r%C3%A6kke", "a percent-encoded letter is harmless"},
      // Another site, plainly.
      {"https://evil.example/", "/", "an absolute URL"},
      {"//evil.example/", "/", "scheme-relative"},
      {"/\\evil.example/", "/", "backslash is a slash to the browser"},
      {"\\\\evil.example/", "/", "two backslashes"},
      {"\\/evil.example/", "/", "backslash then slash"},
      {"evil.example", "/", "not a path"},
      {"", "/", "empty"},
      // Made into "//" by the browser's cleaning.
      {"/\t/evil.example/x", "/", "tab removed: //evil.example"},
      {"/\n/evil.example/x", "/", "newline removed"},
      {"/\r\n/evil.example/x", "/", "CR LF removed"},
      {"\t//evil.example", "/", "leading tab stripped"},
      {" //evil.example", "/", "leading space stripped"},
      {"\x01//evil.example", "/", "leading C0 control stripped"},
      {"/\t\\evil.example", "/", "tab then backslash"},
      // Percent-encoded forms a proxy or a second decoding could turn into the above.
      {"/%2F/evil.example", "/", "encoded slash"},
      {"/%2f/evil.example", "/", "encoded slash, lower case"},
      {"/%5C/evil.example", "/", "encoded backslash"},
      {"/%09/evil.example/x", "/", "encoded tab"},
      {"/%0a/evil.example", "/", "encoded newline"},
      {"/%0D%0ASet-Cookie:x=1", "/", "encoded CR LF (header splitting)"},
      {"/%00", "/", "encoded NUL"},
      {"/%252F/evil.example", "/", "double-encoded slash"},
      {"/%", "/", "a lone percent sign"},
      {"/%zz", "/", "a broken escape"},
      // Control and other characters that have no business in a Location header.
      {"/orgs\x7f", "/", "DEL"},
      {"/orgs/\x01x", "/", "C0 control inside"},
      {"/orgs/\x01", "/orgs/", "a trailing C0 control is stripped by the browser"},
      {"/orgs/1 /x", "/", "space inside"},
      {"/r\xc3\xa6kke", "/", "raw non-ASCII"},
      // Cleaned the way the browser would, and then a path on this origin.
      {"  /orgs/1  ", "/orgs/1", "surrounding spaces stripped"},
      {"/orgs/\t1", "/orgs/1", "tab removed inside a same-origin path"},
      {"/orgs\\1", "/orgs/1", "backslash read as slash, not at the start"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(safe_return_path(c.candidate), c.expected) << c.why << ": " << c.candidate;
  }
  EXPECT_EQ(safe_return_path(nul_inside), "/") << "NUL inside";
}

TEST(SafeReturnPath, NeverReturnsAControlCharacterOrADoubleSlashStart) {
  // Every two-character prefix of '/' plus any byte, then a host: nothing may come out as "//...".
  for (int a = 0; a < 256; ++a) {
    for (int b : {'/', '\\', '\t', '\n', ' ', 'x'}) {
      std::string candidate = "/";
      candidate += static_cast<char>(a);
      candidate += static_cast<char>(b);
      candidate += "evil.example";
      const auto out = safe_return_path(candidate);
      ASSERT_FALSE(out.starts_with("//")) << a << " " << b;
      for (unsigned char c : out) ASSERT_TRUE(c > 0x20 && c < 0x7f) << a << " " << b;
    }
  }
}

}  // namespace
}  // namespace forkant::web
