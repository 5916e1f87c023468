#include "reports/pdf_table.hpp"

#include <algorithm>
#include <cmath>

namespace forkant::reports::pdf {
namespace {

constexpr double kPadX = 5.0;
constexpr double kPadY = 3.5;
constexpr double kCaptionGap = 5.0;

// Column widths from the shares given, or equal shares; shares that are missing, negative or do not sum
// to a positive number fall back to equal shares rather than a broken table.
std::vector<double> column_edges(const Table& table, std::size_t columns) {
  std::vector<double> shares(columns, 1.0);
  if (table.widths.size() == columns) {
    double sum = 0;
    bool ok = true;
    for (double w : table.widths) {
      ok = ok && std::isfinite(w) && w > 0;
      sum += w;
    }
    if (ok && sum > 0) shares = table.widths;
  }
  double sum = 0;
  for (double s : shares) sum += s;
  std::vector<double> edges{kMarginX};
  for (double s : shares) edges.push_back(edges.back() + kTextWidth * s / sum);
  return edges;
}

}  // namespace

TableBox::TableBox(PangoContext* context, const Table& table) {
  std::size_t columns = table.header.size();
  for (const auto& row : table.rows) columns = std::max(columns, row.size());
  if (!table.caption.empty())
    caption_.emplace(context, table.caption, TextStyle{.size = kBodySize, .bold = true}, kTextWidth);
  if (columns == 0) return;
  x_ = column_edges(table, columns);
  numeric_.assign(columns, false);
  for (std::size_t i = 0; i < columns && i < table.numeric.size(); ++i) numeric_[i] = table.numeric[i];

  auto add_row = [&](const std::vector<std::string>& cells, bool header) {
    Row row;
    row.header = header;
    for (std::size_t i = 0; i < columns; ++i) {
      const TextStyle style{.size = kTableSize, .bold = header, .right = numeric_[i], .line_spacing = 1.2};
      row.cells.emplace_back(context, i < cells.size() ? cells[i] : std::string(), style,
                             x_[i + 1] - x_[i] - 2 * kPadX);
      row.height = std::max(row.height, row.cells.back().height());
    }
    row.height += 2 * kPadY;
    rows_.push_back(std::move(row));
  };
  has_header_ = !table.header.empty();
  if (has_header_) add_row(table.header, true);
  for (const auto& cells : table.rows) add_row(cells, false);
}

double TableBox::caption_height() const {
  return caption_ ? caption_->height() + kCaptionGap : 0.0;
}

double TableBox::text_height(int row) const {
  return row_height(row) - 2 * kPadY;
}

double TableBox::slice_height(double from, double to) const {
  return to - from + 2 * kPadY;
}

double TableBox::cut(int row, double from, double room) const {
  const double limit = from + room - 2 * kPadY;
  double cut = text_height(row);
  for (const TextBlock& cell : rows_[static_cast<std::size_t>(row)].cells) {
    for (int i = 0; i < cell.lines(); ++i) {
      if (cell.top(i) >= from && cell.bottom(i) > limit) {
        cut = std::min(cut, cell.top(i));
        break;
      }
    }
  }
  return cut;
}

void TableBox::draw_caption(cairo_t* cr, double y) const {
  if (!caption_) return;
  cairo_tag_begin(cr, "Caption", "");
  caption_->draw(cr, kMarginX, y);
  cairo_tag_end(cr, "Caption");
}

void TableBox::draw_row(cairo_t* cr, int row, double y, double from, double to) const {
  const Row& r = rows_[static_cast<std::size_t>(row)];
  if (to < 0) to = text_height(row);
  const double height = slice_height(from, to);
  cairo_tag_begin(cr, "TR", "");
  if (r.header) {
    set_colour(cr, kHeaderFill);
    cairo_rectangle(cr, x_.front(), y, x_.back() - x_.front(), height);
    cairo_fill(cr);
  }
  for (std::size_t i = 0; i < r.cells.size(); ++i) {
    const TextBlock& cell = r.cells[i];
    int first = 0;
    while (first < cell.lines() && cell.top(first) < from) ++first;
    int last = first;
    while (last < cell.lines() && cell.top(last) < to) ++last;
    const char* tag = r.header ? "TH" : "TD";
    cairo_tag_begin(cr, tag, "");
    if (first < last) cell.draw(cr, x_[i] + kPadX, y + kPadY + cell.top(first) - from, first, last);
    cairo_tag_end(cr, tag);
  }
  // A light rule under every row, a darker one under the header.
  set_colour(cr, r.header ? kMuted : kRule);
  cairo_set_line_width(cr, r.header ? 0.8 : 0.5);
  cairo_move_to(cr, x_.front(), y + height);
  cairo_line_to(cr, x_.back(), y + height);
  cairo_stroke(cr);
  cairo_tag_end(cr, "TR");
}

}  // namespace forkant::reports::pdf
