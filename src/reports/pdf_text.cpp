#include "reports/pdf_text.hpp"

#include <pango/pangocairo.h>

#include <string>
#include <utility>

namespace forkant::reports::pdf {
namespace {

// Pango wants valid UTF-8 without NULs; user text may be neither (an import, a paste). Invalid bytes
// become U+FFFD rather than cutting the text short.
std::string clean_utf8(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c == '\0') c = ' ';
  if (g_utf8_validate(out.data(), static_cast<gssize>(out.size()), nullptr)) return out;
  gchar* valid = g_utf8_make_valid(out.data(), static_cast<gssize>(out.size()));
  std::string fixed(valid);
  g_free(valid);
  return fixed;
}

double points(int pango_units) {
  return static_cast<double>(pango_units) / PANGO_SCALE;
}

}  // namespace

PangoContext* create_context(cairo_t* cr) {
  PangoContext* context = pango_font_map_create_context(pango_cairo_font_map_get_default());
  pango_cairo_update_context(cr, context);
  pango_cairo_context_set_resolution(context, 72.0);  // font sizes in points = user units
  return context;
}

TextBlock::TextBlock(PangoContext* context, std::string_view text, const TextStyle& style, double width)
    : layout_(pango_layout_new(context)), colour_(style.colour) {
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family_static(font, kFontFamily);
  pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
  pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(layout_, font);
  pango_font_description_free(font);
  pango_layout_set_width(layout_, static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(layout_, PANGO_WRAP_WORD_CHAR);  // a word wider than the column breaks
  pango_layout_set_line_spacing(layout_, static_cast<float>(style.line_spacing));
  pango_layout_set_alignment(layout_, style.right    ? PANGO_ALIGN_RIGHT
                                      : style.centre ? PANGO_ALIGN_CENTER
                                                     : PANGO_ALIGN_LEFT);
  const std::string clean = clean_utf8(text);
  pango_layout_set_text(layout_, clean.data(), static_cast<int>(clean.size()));

  PangoLayoutIter* iter = pango_layout_get_iter(layout_);
  do {
    int y0 = 0;
    int y1 = 0;
    pango_layout_iter_get_line_yrange(iter, &y0, &y1);
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    lines_.push_back({pango_layout_iter_get_line_readonly(iter), points(y0), points(y1),
                      points(pango_layout_iter_get_baseline(iter)), points(logical.x),
                      points(logical.x + logical.width)});
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
}

TextBlock::~TextBlock() {
  if (layout_) g_object_unref(layout_);
}

TextBlock::TextBlock(TextBlock&& other) noexcept
    : layout_(std::exchange(other.layout_, nullptr)),
      colour_(other.colour_),
      lines_(std::move(other.lines_)) {}

TextBlock& TextBlock::operator=(TextBlock&& other) noexcept {
  if (this != &other) {
    if (layout_) g_object_unref(layout_);
    layout_ = std::exchange(other.layout_, nullptr);
    colour_ = other.colour_;
    lines_ = std::move(other.lines_);
  }
  return *this;
}

void TextBlock::draw(cairo_t* cr, double x, double y, int first, int last) const {
  if (first >= last) return;
  set_colour(cr, colour_);
  const double origin = y - top(first);
  for (int i = first; i < last; ++i) {
    const Line& line = lines_[static_cast<std::size_t>(i)];
    cairo_move_to(cr, x + line.left, origin + line.baseline);
    pango_cairo_show_layout_line(cr, line.line);
  }
}

int lines_fitting(const TextBlock& block, int first, double room) {
  int last = first;
  while (last < block.lines() && block.bottom(last) - block.top(first) <= room) ++last;
  return last - first;
}

void set_colour(cairo_t* cr, const Colour& colour) {
  cairo_set_source_rgb(cr, colour.r, colour.g, colour.b);
}

}  // namespace forkant::reports::pdf
