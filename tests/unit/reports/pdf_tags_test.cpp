// The tagged PDF, read back with pikepdf: the structure tree cairo writes (headings, paragraphs, lists,
// tables with header cells, figures, contents) and what the qpdf post-pass adds (language, marked,
// viewer shows the title, one Document root, each figure's text alternative in order, links).

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "unit/reports/pdf_support.hpp"

namespace forkant::reports::test {
namespace {

// Prints one line per structure element, depth first: "<type>\t<alt>", then the catalogue's entries.
const char* const kDumpStructure = R"PY(
root = pdf.Root
def walk(e):
    k = e.get('/K')
    for c in (k if isinstance(k, pikepdf.Array) else [k]):
        if isinstance(c, pikepdf.Dictionary) and '/S' in c:
            alt = str(c.Alt) if '/Alt' in c else ''
            scope = str(c.A.Scope) if '/A' in c else ''
            print('ELEM', str(c.S), alt, scope, sep='\t')
            walk(c)
walk(root.StructTreeRoot)
print('LANG', str(root.Lang), sep='\t')
print('MARKED', bool(root.MarkInfo.Marked), sep='\t')
print('DISPLAYDOCTITLE', bool(root.ViewerPreferences.DisplayDocTitle), sep='\t')
print('ROOTKIDS', str(root.StructTreeRoot.K.S), sep='\t')
for n, page in enumerate(pdf.pages):
    for a in page.obj.get('/Annots', []):
        if a.get('/Subtype') == '/Link':
            dest = a.Dest
            print('LINK', n + 1, pdf.pages.index(pdf.pages.from_objgen(*dest[0].objgen)) + 1, sep='\t')
)PY";

Document tagged_document() {
  Document doc;
  doc.lang = "en-GB";
  doc.title = "Board report";
  doc.table_of_contents = true;
  doc.contents_heading = "Contents";
  doc.page_footer = "Page {n} of {N}";
  doc.blocks.emplace_back(Heading{1, "Where we stand"});
  doc.blocks.emplace_back(Paragraph{"The index rose."});
  doc.blocks.emplace_back(Figure{radar_svg(), "Radar: purpose 3.8, direction 3.2", "Figure 1", 0.8});
  doc.blocks.emplace_back(Heading{2, "Groups"});
  doc.blocks.emplace_back(BulletList{{"One", "Two"}});
  doc.blocks.emplace_back(
      Table{"Scores", {"Group", "Score"}, {{"Staff", "3.4"}, {"Managers", "3.9"}}, {false, true}, {}});
  doc.blocks.emplace_back(Figure{"not an svg at all", "Unreadable chart", "", 1.0});
  doc.blocks.emplace_back(PageBreak{});
  doc.blocks.emplace_back(Heading{1, "Trends"});
  doc.blocks.emplace_back(Figure{bar_svg(), "Bars: six dimensions", "Figure 2", 1.0});
  doc.blocks.emplace_back(Heading{3, "Details"});
  return doc;
}

struct Structure {
  std::vector<std::string> types;
  std::vector<std::string> figure_alts;
  std::vector<std::string> th_scopes;
  std::map<std::string, std::string> catalogue;
  std::vector<std::pair<int, int>> links;  // (page of the link, page it goes to)
};

Structure read_structure(const PdfFile& pdf) {
  Structure s;
  std::istringstream lines(pdf.python(kDumpStructure));
  std::string line;
  while (std::getline(lines, line)) {
    std::vector<std::string> f;
    std::istringstream cols(line);
    for (std::string col; std::getline(cols, col, '\t');) f.emplace_back(col);
    if (f.empty()) continue;
    if (f[0] == "ELEM") {
      s.types.emplace_back(f.at(1));
      if (f[1] == "/Figure") s.figure_alts.emplace_back(f.size() > 2 ? f[2] : "");
      if (f[1] == "/TH") s.th_scopes.emplace_back(f.size() > 3 ? f[3] : "");
    } else if (f[0] == "LINK") {
      s.links.emplace_back(std::stoi(f.at(1)), std::stoi(f.at(2)));
    } else {
      s.catalogue[f[0]] = f.size() > 1 ? f[1] : "";
    }
  }
  return s;
}

bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

TEST(PdfTags, StructureTreeHoldsHeadingsParagraphsListsTablesFiguresAndContents) {
  const PdfFile pdf(tagged_document());
  const Structure s = read_structure(pdf);
  for (const char* type : {"/Document", "/H1", "/H2", "/H3", "/P", "/L", "/LI", "/Lbl", "/LBody", "/Table",
                           "/Caption", "/TR", "/TH", "/TD", "/Figure", "/TOC", "/TOCI", "/Link"})
    EXPECT_TRUE(has(s.types, type)) << type;
  EXPECT_EQ(s.types.front(), "/Document");  // one root element, the rest below it
  EXPECT_EQ(s.catalogue.at("ROOTKIDS"), "/Document");
  EXPECT_EQ(std::count(s.types.begin(), s.types.end(), "/TH"), 2);
  EXPECT_EQ(std::count(s.types.begin(), s.types.end(), "/TD"), 4);
  EXPECT_EQ(s.th_scopes, (std::vector<std::string>{"/Column", "/Column"}));
}

TEST(PdfTags, LanguageMarkedAndTheViewerShowsTheTitle) {
  const PdfFile pdf(tagged_document());
  const Structure s = read_structure(pdf);
  EXPECT_EQ(s.catalogue.at("LANG"), "en-GB");
  EXPECT_EQ(s.catalogue.at("MARKED"), "True");
  EXPECT_EQ(s.catalogue.at("DISPLAYDOCTITLE"), "True");
  EXPECT_NE(pdf.info().find("Tagged:          yes"), std::string::npos);
}

TEST(PdfTags, EachFigureCarriesItsOwnAlternativeInOrder) {
  const PdfFile pdf(tagged_document());
  const Structure s = read_structure(pdf);
  // The unreadable SVG is printed as its alternative text (a paragraph), not as an empty figure.
  EXPECT_EQ(s.figure_alts,
            (std::vector<std::string>{"Radar: purpose 3.8, direction 3.2", "Bars: six dimensions"}));
  EXPECT_NE(pdf.text().find("Unreadable chart"), std::string::npos);
}

TEST(PdfTags, ContentsEntriesLinkToTheirHeadingsPages) {
  const PdfFile pdf(tagged_document());
  const Structure s = read_structure(pdf);
  // Contents on page 1; "Where we stand" and "Groups" on page 2, "Trends" after the page break on 3.
  EXPECT_EQ(s.links, (std::vector<std::pair<int, int>>{{1, 2}, {1, 2}, {1, 3}}));
  EXPECT_NE(pdf.page_text(3).find("Trends"), std::string::npos);
}

}  // namespace
}  // namespace forkant::reports::test
