#pragma once
// A report as a sequence of blocks, independent of the format it is printed in. The report builders
// (src/web/reports/) fill one from the same view data the pages show — so a set the anonymity rules
// suppress on a page is absent here too — and pdf_document.hpp lays it out on A4. Plain data, no I/O.

#include <string>
#include <variant>
#include <vector>

namespace forkant::reports {

// A heading starts a section: level 1 (chapter), 2 or 3. Levels 1 and 2 go in the table of contents.
// The layout keeps a heading on the same page as the block that follows it (no orphaned headings).
struct Heading {
  int level = 1;
  std::string text;
};

// A paragraph of running text. `note` prints it smaller and muted (sources, explanations).
struct Paragraph {
  std::string text;
  bool strong = false;
  bool note = false;
};

struct BulletList {
  std::vector<std::string> items;
};

// A table with header cells (tagged TH) and body rows (TD). `numeric[i]` right-aligns column i;
// `widths[i]` is column i's share of the text width (they sum to 1; empty: equal shares). A table that
// does not fit on a page continues on the next one, repeating its header row.
struct Table {
  std::string caption;  // printed above the table; may be empty
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> numeric;
  std::vector<double> widths;
};

// A chart: the same SVG the page inlines, drawn as vectors. `alt` is its text alternative (the PDF's
// /Alt on the Figure tag); `width` is its share of the text width (0 < width <= 1).
struct Figure {
  std::string svg;
  std::string alt;
  std::string caption;
  double width = 1.0;
};

struct PageBreak {};

using Block = std::variant<Heading, Paragraph, BulletList, Table, Figure, PageBreak>;

// The first page of a long report: organisation, title, period and the date it was made.
struct TitlePage {
  std::string organisation;
  std::string title;
  std::string subtitle;   // e.g. the period or the round
  std::string date_line;  // e.g. "Udarbejdet 6. december 2026"
};

struct Document {
  std::string lang = "da";  // BCP 47: the PDF's /Lang
  std::string title;        // document metadata, shown in the viewer's title bar
  std::string author;       // the organisation
  std::string subject;
  bool has_title_page = false;
  TitlePage title_page;
  bool table_of_contents = false;
  std::string contents_heading;  // "Indhold" / "Contents"
  // The running footer on every page but the title page; "{n}" and "{N}" are replaced by the page
  // number and the page count ("Side {n} af {N}" / "Page {n} of {N}").
  std::string page_footer;
  std::string running_header;  // e.g. the organisation and the title; may be empty
  std::vector<Block> blocks;
};

// The document as plain text, one block a paragraph: what a reader of the PDF's text layer sees, in
// order. Used by the tests of the builders, which need no PDF for it.
std::string document_text(const Document& doc);

}  // namespace forkant::reports
