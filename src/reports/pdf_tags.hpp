#pragma once
// The tagged PDF's finishing touches that cairo 1.16 cannot write, added by a post-pass with libqpdf in
// memory: the document language (/Lang), /MarkInfo << /Marked true >>, the viewer showing the document
// title instead of the file name, a Document element at the root of the structure tree, the figures'
// text alternatives (/Alt), the column scope of header cells, and tab order by structure on pages with
// links.

#include <string>
#include <vector>

namespace forkant::reports::pdf {

// Where a link of the contents goes. cairo 1.16 drops the destination of a link to a page it has not
// written yet (every contents entry), so the post-pass sets them.
struct LinkTarget {
  int page = 0;  // 0-based
  double y = 0;  // from the top of the page, as cairo draws
  std::string text;
};

struct TagFixes {
  std::string lang;                      // BCP 47, e.g. "da"
  std::vector<std::string> figure_alts;  // for the Figure elements, in document order
  std::vector<LinkTarget> links;         // for the link annotations, in page order
};

// The PDF with the fixes applied. If qpdf cannot read what cairo wrote (it always can), the PDF as it was.
std::string finish_tags(const std::string& pdf, const TagFixes& fixes);

}  // namespace forkant::reports::pdf
