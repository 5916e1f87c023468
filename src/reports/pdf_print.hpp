#pragma once
// The PDF printer's second pass: draws the pages the layout placed, each piece inside its structure tags
// (H1-H3, P, L/LI/Lbl/LBody, Table/Caption/TR/TH/TD, Figure, TOC/TOCI/Link), the title page, the running
// header and footer (outside every tag: they are not content), and the bookmarks.

#include <cairo.h>
#include <pango/pango.h>

#include <string>
#include <vector>

#include "reports/document.hpp"
#include "reports/pdf_layout.hpp"
#include "reports/pdf_tags.hpp"

namespace forkant::reports::pdf {

// Prints every page of `layout` on the PDF surface behind `cr`. Returns what the post-pass must add:
// the text alternatives of the Figure tags it wrote, in document order (an SVG that could not be read is
// printed as text, not tagged as a figure), and the targets of the contents' links.
TagFixes print(cairo_t* cr, PangoContext* context, const Document& doc, const Layout& layout);

// "Side {n} af {N}" with the numbers filled in.
std::string footer_text(const std::string& pattern, int page, int pages);

}  // namespace forkant::reports::pdf
