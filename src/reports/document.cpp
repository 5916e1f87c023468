#include "reports/document.hpp"

namespace forkant::reports {
namespace {

struct TextOf {
  std::string& out;
  void operator()(const Heading& h) const { out += h.text + "\n\n"; }
  void operator()(const Paragraph& p) const { out += p.text + "\n\n"; }
  void operator()(const BulletList& l) const {
    for (const auto& item : l.items) out += "- " + item + "\n";
    out += "\n";
  }
  void operator()(const Table& t) const {
    if (!t.caption.empty()) out += t.caption + "\n";
    auto row = [&](const std::vector<std::string>& cells) {
      for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "\t" : "") + cells[i];
      out += "\n";
    };
    row(t.header);
    for (const auto& r : t.rows) row(r);
    out += "\n";
  }
  void operator()(const Figure& f) const { out += (f.caption.empty() ? f.alt : f.caption) + "\n\n"; }
  void operator()(const PageBreak&) const {}
};

}  // namespace

std::string document_text(const Document& doc) {
  std::string out;
  if (doc.has_title_page) {
    out += doc.title_page.organisation + "\n" + doc.title_page.title + "\n" + doc.title_page.subtitle + "\n" +
           doc.title_page.date_line + "\n\n";
  }
  for (const auto& block : doc.blocks) std::visit(TextOf{out}, block);
  return out;
}

}  // namespace forkant::reports
