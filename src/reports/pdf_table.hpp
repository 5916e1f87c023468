#pragma once
// A table measured for the page: every cell set as text in its column's width, each row's height the
// tallest cell's. Rows are drawn whole, or — for a row taller than a page — as vertical slices cut
// between lines of text. Tags: TR with TH (header) or TD cells; the caller opens Table around them.

#include <cairo.h>
#include <pango/pango.h>

#include <optional>
#include <vector>

#include "reports/document.hpp"
#include "reports/pdf_text.hpp"

namespace forkant::reports::pdf {

class TableBox {
 public:
  TableBox(PangoContext* context, const Table& table);

  const std::optional<TextBlock>& caption() const { return caption_; }
  double caption_height() const;
  bool has_header() const { return has_header_; }
  int rows() const { return static_cast<int>(rows_.size()); }  // row 0 is the header if has_header()
  double row_height(int row) const { return rows_[static_cast<std::size_t>(row)].height; }
  // Where to cut row `row` when its slice starting at text offset `from` has `room` points: the largest
  // offset at which no cell's line is cut, or `from` if not even one line fits.
  double cut(int row, double from, double room) const;
  double text_height(int row) const;  // the row's height without its padding

  void draw_caption(cairo_t* cr, double y) const;
  // Draws the slice [from, to) of the row's text with its top at y (to < 0: the whole row).
  void draw_row(cairo_t* cr, int row, double y, double from = 0, double to = -1) const;
  double slice_height(double from, double to) const;

 private:
  struct Row {
    std::vector<TextBlock> cells;
    double height = 0;
    bool header = false;
  };
  std::optional<TextBlock> caption_;
  std::vector<double> x_;  // left edge of each column, plus the right edge of the table
  std::vector<bool> numeric_;
  std::vector<Row> rows_;
  bool has_header_ = false;
};

}  // namespace forkant::reports::pdf
