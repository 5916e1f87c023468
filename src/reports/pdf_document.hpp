#pragma once
// Lays a Document out on A4 pages and prints it as a tagged PDF: pango for text (UTF-8, wrapping, the
// font subset embedded), librsvg for the charts, cairo's structure tags for headings, paragraphs, lists,
// tables and figures, then a post-pass with libqpdf for what cairo 1.16 cannot write (the document
// language, the figures' text alternatives, the viewer showing the title).

#include <string>

#include "reports/document.hpp"

namespace forkant::reports {

// The PDF's bytes. Never fails on content: text too long for a page wraps and flows on; an SVG librsvg
// cannot read is drawn as its text alternative.
std::string render_pdf(const Document& doc);

}  // namespace forkant::reports
