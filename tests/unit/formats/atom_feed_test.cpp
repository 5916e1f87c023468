// The Atom writer of the public page's feed: RFC 3339 times in UTC, every text escaped, characters XML
// cannot carry dropped, and the elements RFC 4287 requires in their place.
#include "formats/atom_feed.hpp"

#include <gtest/gtest.h>

#include <string>

namespace forkant {
namespace {

TEST(AtomFeed, TimesAreRfc3339InUtc) {
  EXPECT_EQ(atom_time(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(atom_time(1773144000), "2026-03-10T12:00:00Z");
  EXPECT_EQ(atom_time(1773144000 + 3599), "2026-03-10T12:59:59Z");
}

TEST(AtomFeed, TextIsEscapedAndControlCharactersDropped) {
  EXPECT_EQ(xml_escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot;");
  EXPECT_EQ(xml_escape(std::string("a\x01"
                                   "b\x0b"
                                   "c\td\ne\rf")),
            "abc\td\ne\rf");
  EXPECT_EQ(xml_escape("æøå – »citat«"), "æøå – »citat«");
}

TEST(AtomFeed, TheFeedHasWhatRfc4287Requires) {
  AtomFeed feed{"urn:uuid:1",       "Demo <Kommune>", "",         "da", "https://x/p/demo/feed.atom",
                "https://x/p/demo", "Demo & Co",      1773144000, {}};
  feed.entries.push_back({"urn:uuid:2",
                          "Valgt: A & B",
                          "https://x/p/demo#u-2",
                          1773144060,
                          1773144000,
                          "Linje 1\n<b>Linje 2</b>",
                          {"Valgt"}});
  const auto xml = write_atom(feed);
  EXPECT_TRUE(xml.starts_with(
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""));
  for (const char* part :
       {"<id>urn:uuid:1</id>", "<title type=\"text\">Demo &lt;Kommune&gt;</title>",
        "<updated>2026-03-10T12:00:00Z</updated>", "<author><name>Demo &amp; Co</name></author>",
        "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://x/p/demo/feed.atom\"/>",
        "<link rel=\"alternate\" type=\"text/html\" href=\"https://x/p/demo\"/>", "<entry>",
        "<id>urn:uuid:2</id>", "<title type=\"text\">Valgt: A &amp; B</title>",
        "<published>2026-03-10T12:00:00Z</published>", "<updated>2026-03-10T12:01:00Z</updated>",
        "<category term=\"Valgt\"/>", "<summary type=\"text\">Linje 1\n&lt;b&gt;Linje 2&lt;/b&gt;</summary>",
        "</feed>\n"}) {
    EXPECT_NE(xml.find(part), std::string::npos) << part;
  }
  EXPECT_EQ(xml.find("<subtitle"), std::string::npos);  // left out when empty
}

}  // namespace
}  // namespace forkant
