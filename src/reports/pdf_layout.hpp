#pragma once
// Pagination, the first of the PDF printer's two passes: every block is measured (pango sets the text,
// librsvg reads the charts) and placed on A4 pages as pieces — a heading, a range of a paragraph's lines,
// a range of a table's rows, a figure — each with its position. The second pass (pdf_print.hpp) only
// draws the pieces, so the table of contents already knows every heading's page.
//
// Rules: a heading is never the last thing on a page (it needs room for the first lines of what follows,
// a whole figure, or a table's caption, header and first row, else it moves on with them); a paragraph
// does not leave its first line alone at a page end nor its last line alone on the next page; a table
// that continues repeats its header row; a row taller than a page is cut between lines of text.

#include <pango/pango.h>

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "reports/document.hpp"
#include "reports/pdf_figure.hpp"
#include "reports/pdf_table.hpp"
#include "reports/pdf_text.hpp"

namespace forkant::reports::pdf {

struct MeasuredHeading {
  int level;
  TextBlock text;
};
struct MeasuredParagraph {
  TextBlock text;
};
struct MeasuredList {
  std::vector<TextBlock> items;
};
struct MeasuredTable {
  TableBox box;
};
struct MeasuredFigure {
  SvgImage image;
  double width = 0;   // drawn size of the image
  double height = 0;  // (or of the box with the alternative text, when the SVG cannot be read)
  std::optional<TextBlock> fallback;
  std::optional<TextBlock> caption;
};
struct MeasuredBreak {};
using Measured = std::variant<MeasuredHeading, MeasuredParagraph, MeasuredList, MeasuredTable, MeasuredFigure,
                              MeasuredBreak>;

// Pieces: what one page shows of a block. y is the top on the page.
struct HeadingPiece {
  std::size_t block;
  double y;
};
struct LinesPiece {
  std::size_t block;
  double y;
  int first, last;
};
struct ListPiece {
  std::size_t block;
  struct Part {
    int item, first, last;
    double y;
  };
  std::vector<Part> parts;
};
struct TablePiece {
  std::size_t block;
  double y;
  bool caption;  // the first piece of a table carries its caption; later ones repeat the header row
  struct Part {
    int row;
    double from, to;  // the slice of the row's text (to < 0: all of it)
    double y;
  };
  std::vector<Part> parts;
};
struct FigurePiece {
  std::size_t block;
  double y;
};
struct TocPiece {
  std::optional<double> heading_y;
  struct Part {
    std::size_t entry;
    double y;
  };
  std::vector<Part> parts;
};
using Piece = std::variant<HeadingPiece, LinesPiece, ListPiece, TablePiece, FigurePiece, TocPiece>;

struct Page {
  bool title = false;
  std::vector<Piece> pieces;
};

struct TocEntry {
  std::size_t block;  // the heading
  int level;
  TextBlock text;
};

struct Position {
  int page = 0;  // 0-based
  double y = 0;
};

struct Layout {
  std::vector<Measured> blocks;
  std::optional<TextBlock> toc_heading;
  std::vector<TocEntry> toc;
  std::vector<Page> pages;
  std::vector<Position> at;  // per block: where it starts
};

// Geometry shared with the printer.
inline constexpr double kBulletIndent = 14.0;
inline constexpr double kItemGap = 3.0;
inline constexpr double kCaptionGap = 6.0;
inline constexpr double kTocNumberWidth = 36.0;
inline constexpr double kTocIndent = 16.0;
inline constexpr double kTocGap = 5.0;
inline constexpr double kFallbackPad = 8.0;

Layout lay_out(PangoContext* context, const Document& doc);

TextStyle heading_style(int level);

}  // namespace forkant::reports::pdf
