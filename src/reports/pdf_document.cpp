#include "reports/pdf_document.hpp"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "reports/pdf_layout.hpp"
#include "reports/pdf_print.hpp"
#include "reports/pdf_style.hpp"
#include "reports/pdf_tags.hpp"

namespace forkant::reports {
namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// cairo copies the metadata string; it must be valid UTF-8 without NULs, as pango's text is.
void set_metadata(cairo_surface_t* surface, cairo_pdf_metadata_t key, const std::string& value) {
  if (value.empty() || !g_utf8_validate(value.data(), static_cast<gssize>(value.size()), nullptr)) return;
  cairo_pdf_surface_set_metadata(surface, key, value.c_str());
}

}  // namespace

std::string render_pdf(const Document& doc) {
  std::string out;
  cairo_surface_t* surface =
      cairo_pdf_surface_create_for_stream(append, &out, pdf::kPageWidth, pdf::kPageHeight);
  set_metadata(surface, CAIRO_PDF_METADATA_TITLE, doc.title);
  set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, doc.author);
  set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, doc.subject);
  set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "forkant");
  cairo_t* cr = cairo_create(surface);
  PangoContext* context = pdf::create_context(cr);
  pdf::TagFixes fixes;
  {
    // Pass 1 places every block on its page; pass 2 draws them, the table of contents knowing the pages.
    const pdf::Layout layout = pdf::lay_out(context, doc);
    fixes = pdf::print(cr, context, doc, layout);
  }
  g_object_unref(context);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  fixes.lang = doc.lang;
  return pdf::finish_tags(out, fixes);
}

}  // namespace forkant::reports
