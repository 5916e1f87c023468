// The PDF printer's layout, read back as a reader sees it: title page, contents with the right pages,
// running footer with the right count, embedded fonts, tables that continue with their header, headings
// that never end a page, and hostile text that neither crashes nor breaks the flow.

#include <gtest/gtest.h>

#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "unit/reports/pdf_support.hpp"

namespace forkant::reports::test {
namespace {

const std::string kBody =
    "Ledelsen har i perioden arbejdet med at styrke samarbejdet på tværs af afdelingerne. Det ses i "
    "målingen, "
    "hvor især dimensionen om ledelse er steget. Æbler, øl og ål: æøå ÆØÅ. ";

Table score_table(const std::string& caption, int rows) {
  Table t{caption, {"Afdeling", "Svar", "Score"}, {}, {false, true, true}, {0.6, 0.2, 0.2}};
  for (int r = 1; r <= rows; ++r)
    t.rows.push_back({"Enhed nr. " + std::to_string(r), std::to_string(10 + r), "3,4"});
  return t;
}

Document board_report() {
  Document doc;
  doc.lang = "da";
  doc.title = "Bestyrelsesrapport 2026";
  doc.author = "Ærø Kommune";
  doc.subject = "Forkant-måling";
  doc.has_title_page = true;
  doc.title_page = {"Ærø Kommune", "Bestyrelsesrapport", "Runde efterår 2026", "Udarbejdet 6. december 2026"};
  doc.table_of_contents = true;
  doc.contents_heading = "Indhold";
  doc.page_footer = "Side {n} af {N}";
  doc.running_header = "Ærø Kommune · Bestyrelsesrapport";
  for (int c = 1; c <= 4; ++c) {
    doc.blocks.emplace_back(Heading{1, "Kapitel " + std::to_string(c)});
    doc.blocks.emplace_back(Paragraph{kBody + kBody + kBody});
    doc.blocks.emplace_back(Heading{2, "Afsnit " + std::to_string(c) + ".1"});
    doc.blocks.emplace_back(
        Figure{c % 2 ? radar_svg() : bar_svg(), "Figur " + std::to_string(c), "Figurtekst", 0.7});
    doc.blocks.emplace_back(BulletList{{"Første punkt", "Andet punkt"}});
    doc.blocks.emplace_back(score_table("Tabel " + std::to_string(c), 8));
  }
  return doc;
}

// The page (1-based) whose text contains `needle`, or 0.
int page_of(const PdfFile& pdf, const std::string& needle) {
  for (int p = 1; p <= pdf.pages(); ++p)
    if (pdf.page_text(p).find(needle) != std::string::npos) return p;
  return 0;
}

TEST(PdfLayout, PrintsTitlePageContentsHeadingsTablesAndFootersWithThePageCount) {
  const PdfFile pdf(board_report());
  ASSERT_TRUE(pdf.bytes().starts_with("%PDF-"));
  const int pages = pdf.pages();
  ASSERT_GE(pages, 4);
  const std::string text = pdf.text();
  for (const char* expected :
       {"Ærø Kommune", "Bestyrelsesrapport", "Runde efterår 2026", "Udarbejdet 6. december 2026", "Indhold",
        "Kapitel 1", "Afsnit 4.1", "Enhed nr. 8", "Første punkt", "æøå ÆØÅ", "Figurtekst"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected;

  // The title page has no footer; every other page says which page of how many it is.
  EXPECT_EQ(pdf.page_text(1).find("Side 1 af"), std::string::npos);
  for (int p = 2; p <= pages; ++p) {
    EXPECT_NE(pdf.page_text(p).find("Side " + std::to_string(p) + " af " + std::to_string(pages)),
              std::string::npos)
        << "page " << p;
  }
  EXPECT_EQ(count(text, "Ærø Kommune · Bestyrelsesrapport"), static_cast<std::size_t>(pages - 1));
}

TEST(PdfLayout, ContentsListsEachHeadingWithThePageItIsOn) {
  const PdfFile pdf(board_report());
  const std::string contents = pdf.page_text(2);
  ASSERT_NE(contents.find("Indhold"), std::string::npos);
  for (const std::string heading : {"Kapitel 1", "Kapitel 3", "Afsnit 2.1", "Afsnit 4.1"}) {
    int actual = 0;  // the heading's own page, after the contents
    for (int p = 3; p <= pdf.pages() && !actual; ++p)
      if (pdf.page_text(p).find(heading) != std::string::npos) actual = p;
    ASSERT_GT(actual, 2) << heading;
    const std::regex line(heading + R"( +(\d+)\n)");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(contents, m, line)) << heading << " in\n" << contents;
    EXPECT_EQ(std::stoi(m[1]), actual) << heading;
  }
}

TEST(PdfLayout, MetadataAndEmbeddedFonts) {
  const PdfFile pdf(board_report());
  const std::string info = pdf.info();
  EXPECT_NE(info.find("Title:           Bestyrelsesrapport 2026"), std::string::npos) << info;
  EXPECT_NE(info.find("Author:          Ærø Kommune"), std::string::npos) << info;
  EXPECT_NE(info.find("Subject:         Forkant-måling"), std::string::npos) << info;
  EXPECT_NE(info.find("Page size:       595.28 x 841.89 pts (A4)"), std::string::npos) << info;

  std::istringstream fonts(pdf.fonts());
  std::string row;
  int liberation = 0;
  std::getline(fonts, row);
  std::getline(fonts, row);  // the header and its rule
  while (std::getline(fonts, row)) {
    // name, type, encoding, then "emb sub uni": the first yes/no after the type columns.
    EXPECT_NE(row.find(" yes yes "), std::string::npos) << "not embedded as a subset: " << row;
    liberation += row.find("Liberation") != std::string::npos;
  }
  EXPECT_GE(liberation, 2);  // the body's regular and bold (the charts' text may resolve elsewhere)
}

TEST(PdfLayout, ATableLongerThanAPageRepeatsItsHeaderRow) {
  Document doc;
  doc.page_footer = "Side {n} af {N}";
  doc.blocks.emplace_back(Heading{1, "Alle afdelinger"});
  doc.blocks.emplace_back(score_table("Tabel 1. Score pr. afdeling", 120));
  doc.blocks.emplace_back(Paragraph{"Efter tabellen."});
  const PdfFile pdf(doc);
  ASSERT_GE(pdf.pages(), 3);
  for (int p = 1; p <= pdf.pages(); ++p) {
    const std::string page = pdf.page_text(p);
    EXPECT_EQ(count(page, "Afdeling "), 1u) << "page " << p << " has the header row once:\n" << page;
  }
  // Page 2 starts with the header, then continues where page 1 stopped: no row lost, none repeated.
  const std::string two = pdf.page_text(2);
  EXPECT_LT(two.find("Afdeling "), two.find("Enhed nr."));
  EXPECT_NE(pdf.page_text(1).find("Tabel 1."), std::string::npos);
  EXPECT_EQ(two.find("Tabel 1."), std::string::npos);  // the caption is not repeated
  const std::string text = pdf.text();
  for (int r = 1; r <= 120; ++r) EXPECT_EQ(count(text, "Enhed nr. " + std::to_string(r) + " "), 1u) << r;
  EXPECT_NE(text.find("Efter tabellen."), std::string::npos);
}

// A heading that would fall at the very end of a page goes to the next page with its paragraph. The
// fillers push the heading down a line at a time, so one of them puts it at the page end.
TEST(PdfLayout, AHeadingIsNeverTheLastThingOnAPage) {
  bool moved = false;
  for (int lines = 28; lines <= 40; ++lines) {
    Document doc;
    for (int i = 1; i <= lines; ++i) doc.blocks.emplace_back(Paragraph{"Fyldlinje " + std::to_string(i)});
    doc.blocks.emplace_back(Heading{2, "Overskriften"});
    doc.blocks.emplace_back(Paragraph{kBody + kBody + kBody + kBody});
    const PdfFile pdf(doc);
    const int page = page_of(pdf, "Overskriften");
    ASSERT_GT(page, 0) << lines;
    // Under the heading, on its page: at least two lines of its paragraph.
    const std::string text = pdf.page_text(page);
    EXPECT_GE(count(text.substr(text.find("Overskriften")), "\n"), 3u) << lines << " fillers:\n" << text;
    if (page == 2 && pdf.page_text(1).find("Fyldlinje " + std::to_string(lines) + "\n") != std::string::npos)
      moved = true;
  }
  EXPECT_TRUE(moved) << "no case put the heading at a page end; adjust the fillers";
}

TEST(PdfLayout, AHeadingMovesWithAFigureThatDoesNotFit) {
  Document doc;
  for (int i = 1; i <= 30; ++i) doc.blocks.emplace_back(Paragraph{"Fyldlinje " + std::to_string(i)});
  doc.blocks.emplace_back(Heading{2, "Figurens overskrift"});
  doc.blocks.emplace_back(Figure{radar_svg(), "Radar", "Figur 1. Radar", 1.0});
  const PdfFile pdf(doc);
  ASSERT_EQ(pdf.pages(), 2);
  EXPECT_NE(pdf.page_text(1).find("Fyldlinje 30"), std::string::npos);
  EXPECT_NE(pdf.page_text(2).find("Figurens overskrift"), std::string::npos);
  EXPECT_NE(pdf.page_text(2).find("Figur 1. Radar"), std::string::npos);
  EXPECT_NE(pdf.page_text(2).find("Formål"), std::string::npos);  // the chart's own text stays text
}

TEST(PdfLayout, HostileTextIsPrintedAsTextAndTheFlowGoesOn) {
  Document doc;
  doc.title = "<b>&amp; titel";
  doc.page_footer = "{n}/{N} <i>";
  doc.has_title_page = true;
  doc.title_page = {"<org>", "Titel & <b>fed</b>", "", ""};
  doc.table_of_contents = true;
  doc.contents_heading = "Indhold";
  doc.blocks.emplace_back(Heading{7, "<b>&amp; overskrift"});  // level out of range: printed as level 3
  doc.blocks.emplace_back(Paragraph{"<b>&amp; <span foreground='red'>ikke markup</span>"});
  doc.blocks.emplace_back(Paragraph{std::string(3000, 'x')});  // one word wider than many lines
  std::string long_text;
  while (long_text.size() < 10000) long_text += "ord æøå ";
  doc.blocks.emplace_back(Paragraph{long_text});
  doc.blocks.emplace_back(Paragraph{std::string("ugyldig \xff\xfe utf-8 og \0 nul", 24)});
  doc.blocks.emplace_back(Table{});  // nothing at all
  doc.blocks.emplace_back(Table{"Kun overskrift", {"A", "B"}, {}, {}, {}});
  doc.blocks.emplace_back(Table{"", {}, {{"uden", "overskrift"}, {"skæv"}}, {true}, {0.0, -1.0}});
  doc.blocks.emplace_back(Table{"Kæmpecelle", {"Felt"}, {{long_text + long_text}}, {}, {}});
  doc.blocks.emplace_back(BulletList{});
  doc.blocks.emplace_back(Figure{"<svg><unclosed", "Alternativ tekst til en ulæselig figur", "", 1.0});
  doc.blocks.emplace_back(Figure{"", "Tom figur", "", 0.0});
  doc.blocks.emplace_back(PageBreak{});
  doc.blocks.emplace_back(PageBreak{});
  doc.blocks.emplace_back(Paragraph{"SLUTMÆRKE"});
  doc.blocks.emplace_back(PageBreak{});
  const PdfFile pdf(doc);
  const std::string text = pdf.text();
  EXPECT_NE(text.find("<b>&amp; <span foreground='red'>ikke markup</span>"), std::string::npos);
  EXPECT_NE(text.find("Titel & <b>fed</b>"), std::string::npos);
  EXPECT_NE(text.find("<b>&amp; overskrift"), std::string::npos);
  EXPECT_NE(text.find("Alternativ tekst til en ulæselig figur"), std::string::npos);
  EXPECT_NE(text.find("Kun overskrift"), std::string::npos);
  EXPECT_NE(text.find("skæv"), std::string::npos);
  EXPECT_NE(text.find("SLUTMÆRKE"), std::string::npos);
  // All 3000 x's survive, wrapped (and hyphenated) over lines; nothing is cut off.
  std::size_t xs = 0;
  for (char c : text) xs += c == 'x';
  EXPECT_GE(xs, 3000u);
  // The 20,000-character cell is cut between lines over several pages, every word kept.
  EXPECT_GE(count(text, "æøå"), 3 * count(long_text, "æøå"));
  // The trailing page break leaves no empty page; the last page holds the end marker.
  EXPECT_NE(pdf.page_text(pdf.pages()).find("SLUTMÆRKE"), std::string::npos);
  EXPECT_NE(pdf.page_text(pdf.pages())
                .find(std::to_string(pdf.pages()) + "/" + std::to_string(pdf.pages()) + " <i>"),
            std::string::npos);
}

// Reports render on the worker pool: pango's font map is per thread, the rest per call.
TEST(PdfLayout, RendersTheSameOnSeveralThreadsAtOnce) {
  const Document doc = board_report();
  const std::string alone = PdfFile(doc).text();
  std::vector<std::string> texts(4);
  std::vector<std::thread> threads;
  threads.reserve(texts.size());
  for (auto& text : texts) threads.emplace_back([&doc, &text] { text = render_pdf(doc); });
  for (auto& thread : threads) thread.join();
  for (const auto& bytes : texts) EXPECT_EQ(PdfFile(bytes).text(), alone);
}

TEST(PdfLayout, AnEmptyDocumentIsOneValidPage) {
  const PdfFile pdf(Document{});
  EXPECT_EQ(pdf.pages(), 1);
}

}  // namespace
}  // namespace forkant::reports::test
