// FIRST CUT (to be replaced by the layout engine): the document's text flowed over A4 pages.
#include "reports/pdf_document.hpp"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

namespace forkant::reports {
namespace {

constexpr double kPageWidth = 595.28;   // A4 in points
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 56.7;        // 2 cm

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string render_pdf(const Document& doc) {
  std::string out;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append, &out, kPageWidth, kPageHeight);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, doc.title.c_str());
  cairo_t* cr = cairo_create(surface);
  PangoLayout* layout = pango_cairo_create_layout(cr);
  PangoFontDescription* font = pango_font_description_from_string("Liberation Sans 10");
  pango_layout_set_font_description(layout, font);
  pango_layout_set_width(layout, static_cast<int>((kPageWidth - 2 * kMargin) * PANGO_SCALE));
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);

  const std::string text = document_text(doc);
  double y = kMargin;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    pango_layout_set_text(layout, line.empty() ? " " : line.c_str(), -1);
    int width = 0;
    int height = 0;
    pango_layout_get_pixel_size(layout, &width, &height);
    if (y + height > kPageHeight - kMargin) {
      cairo_show_page(cr);
      y = kMargin;
    }
    cairo_move_to(cr, kMargin, y);
    pango_cairo_show_layout(cr, layout);
    y += height;
  }
  pango_font_description_free(font);
  g_object_unref(layout);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  return out;
}

}  // namespace forkant::reports
