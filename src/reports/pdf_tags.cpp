#include "reports/pdf_tags.hpp"

#include <exception>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include "reports/pdf_style.hpp"

namespace forkant::reports::pdf {
namespace {

using Object = QPDFObjectHandle;

// Visits the structure elements below `element` depth first, in the order their tags were opened — the
// document order — skipping marked-content and object references (they have no /S).
class StructureWalk {
 public:
  explicit StructureWalk(const TagFixes& fixes) : fixes_(fixes) {}

  void children(Object element) {
    Object kids = element.getKey("/K");
    if (kids.isArray()) {
      for (int i = 0; i < kids.getArrayNItems(); ++i) visit(kids.getArrayItem(i));
    } else {
      visit(kids);
    }
  }

 private:
  void visit(Object element) {
    if (!element.isDictionary() || !element.getKey("/S").isName()) return;
    const std::string type = element.getKey("/S").getName();
    if (type == "/Figure") {
      const std::string& alt =
          figure_ < fixes_.figure_alts.size() ? fixes_.figure_alts[figure_] : std::string();
      ++figure_;
      element.replaceKey("/Alt", Object::newUnicodeString(alt));
    } else if (type == "/TH") {
      element.replaceKey("/A", Object::parse("<< /O /Table /Scope /Column >>"));
    }
    children(element);
  }

  const TagFixes& fixes_;
  std::size_t figure_ = 0;
};

// cairo puts the elements straight under /StructTreeRoot; PDF/UA wants one Document element there.
Object wrap_in_document(QPDF& pdf, Object tree) {
  Object kids = tree.getKey("/K");
  if (!kids.isArray()) kids = kids.isNull() ? Object::newArray() : Object::newArray({kids});
  Object document = pdf.makeIndirectObject(Object::parse("<< /Type /StructElem /S /Document >>"));
  document.replaceKey("/P", tree);
  document.replaceKey("/K", kids);
  for (int i = 0; i < kids.getArrayNItems(); ++i) {
    Object kid = kids.getArrayItem(i);
    if (kid.isDictionary()) kid.replaceKey("/P", document);
  }
  tree.replaceKey("/K", document);
  return document;
}

void set_links(const std::vector<QPDFPageObjectHelper>& pages, const std::vector<LinkTarget>& links) {
  std::size_t next = 0;
  for (const QPDFPageObjectHelper& page : pages) {
    Object page_object = page.getObjectHandle();
    Object annots = page_object.getKey("/Annots");
    if (!annots.isArray()) continue;
    page_object.replaceKey("/Tabs", Object::newName("/S"));  // tab order follows the structure
    for (int i = 0; i < annots.getArrayNItems(); ++i) {
      Object annot = annots.getArrayItem(i);
      if (!annot.isDictionary() || !annot.getKey("/Subtype").isName() ||
          annot.getKey("/Subtype").getName() != "/Link" || next >= links.size())
        continue;
      const LinkTarget& link = links[next++];
      if (link.page < 0 || static_cast<std::size_t>(link.page) >= pages.size()) continue;
      // /XYZ left top zoom: PDF's y runs upwards from the page's bottom; null zoom keeps the reader's.
      Object dest = Object::newArray({pages[static_cast<std::size_t>(link.page)].getObjectHandle(),
                                      Object::newName("/XYZ"), Object::newReal(kMarginX, 1),
                                      Object::newReal(kPageHeight - link.y, 1), Object::newNull()});
      annot.replaceKey("/Dest", dest);
      annot.replaceKey("/Contents", Object::newUnicodeString(link.text));
    }
  }
}

}  // namespace

std::string finish_tags(const std::string& pdf, const TagFixes& fixes) {
  try {
    QPDF doc;
    doc.setSuppressWarnings(true);
    doc.processMemoryFile("report.pdf", pdf.data(), pdf.size());
    Object root = doc.getRoot();
    if (!fixes.lang.empty()) root.replaceKey("/Lang", Object::newUnicodeString(fixes.lang));
    root.replaceKey("/MarkInfo", Object::parse("<< /Marked true >>"));
    root.replaceKey("/ViewerPreferences", Object::parse("<< /DisplayDocTitle true >>"));
    Object tree = root.getKey("/StructTreeRoot");
    if (tree.isDictionary()) {
      StructureWalk walk(fixes);
      walk.children(wrap_in_document(doc, tree));
    }
    set_links(QPDFPageDocumentHelper(doc).getAllPages(), fixes.links);
    QPDFWriter writer(doc);
    writer.setOutputMemory();
    writer.setObjectStreamMode(qpdf_o_generate);  // smaller: the many structure elements pack well
    writer.setDecodeLevel(qpdf_dl_none);  // cairo compressed the streams already: copy them as they are
    writer.write();
    const auto buffer = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
  } catch (const std::exception&) {
    return pdf;
  }
}

}  // namespace forkant::reports::pdf
