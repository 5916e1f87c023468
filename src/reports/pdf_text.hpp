#pragma once
// A run of text set by pango into lines of a given width: measured once, then drawn whole or a range of
// its lines at a time, so the page layout can split a paragraph (or a tall table cell) across pages.
// The text is always plain text (pango_layout_set_text, never markup): report text comes from users.

#include <cairo.h>
#include <pango/pango.h>

#include <string_view>
#include <vector>

#include "reports/pdf_style.hpp"

namespace forkant::reports::pdf {

struct TextStyle {
  double size = kBodySize;
  bool bold = false;
  Colour colour = kInk;
  bool right = false;  // right-aligned (numbers); else left
  bool centre = false;
  double line_spacing = kLineSpacing;
};

// A pango context for one rendering: points as units (72 dpi), the font options of the PDF surface. The
// font map behind it is pango's per-thread default, so fontconfig is set up once per worker thread.
PangoContext* create_context(cairo_t* cr);

class TextBlock {
 public:
  TextBlock(PangoContext* context, std::string_view text, const TextStyle& style, double width);
  ~TextBlock();
  TextBlock(TextBlock&& other) noexcept;
  TextBlock& operator=(TextBlock&& other) noexcept;
  TextBlock(const TextBlock&) = delete;
  TextBlock& operator=(const TextBlock&) = delete;

  int lines() const { return static_cast<int>(lines_.size()); }
  double height() const { return lines_.empty() ? 0.0 : lines_.back().bottom; }
  // Offsets of line i from the block's top.
  double top(int i) const { return lines_[static_cast<std::size_t>(i)].top; }
  double bottom(int i) const { return lines_[static_cast<std::size_t>(i)].bottom; }
  // Height of lines [first, last).
  double span(int first, int last) const { return last > first ? bottom(last - 1) - top(first) : 0.0; }
  // Where line i's ink ends horizontally, from the block's left edge.
  double line_end(int i) const { return lines_[static_cast<std::size_t>(i)].right; }

  // Draws lines [first, last) with the top of line `first` at y.
  void draw(cairo_t* cr, double x, double y, int first, int last) const;
  void draw(cairo_t* cr, double x, double y) const { draw(cr, x, y, 0, lines()); }

 private:
  struct Line {
    PangoLayoutLine* line;
    double top, bottom, baseline, left, right;
  };
  PangoLayout* layout_ = nullptr;
  Colour colour_;
  std::vector<Line> lines_;
};

// Lines of `block` from `first` that fit in `room` points.
int lines_fitting(const TextBlock& block, int first, double room);

void set_colour(cairo_t* cr, const Colour& colour);

}  // namespace forkant::reports::pdf
