#include "reports/pdf_print.hpp"

#include <cairo-pdf.h>

#include <array>

namespace forkant::reports::pdf {
namespace {

constexpr std::array<const char*, 3> kHeadingTags = {"H1", "H2", "H3"};

// Link and outline targets: "page=3 pos=[56 120]" (whole points: the attribute parser needs no locale).
std::string target(const Position& at) {
  return "page=" + std::to_string(at.page + 1) + " pos=[" + std::to_string(static_cast<int>(kMarginX)) + " " +
         std::to_string(static_cast<int>(at.y)) + "]";
}

void rule(cairo_t* cr, double y, const Colour& colour, double width) {
  set_colour(cr, colour);
  cairo_set_line_width(cr, width);
  cairo_move_to(cr, kMarginX, y);
  cairo_line_to(cr, kMarginX + kTextWidth, y);
  cairo_stroke(cr);
}

class Printer {
 public:
  Printer(cairo_t* cr, PangoContext* context, const Document& doc, const Layout& layout)
      : cr_(cr),
        context_(context),
        doc_(doc),
        layout_(layout),
        bullet_(context, "\u2022", TextStyle{.colour = kAccent}, kBulletIndent) {}

  TagFixes run() {
    const int pages = static_cast<int>(layout_.pages.size());
    for (int n = 0; n < pages; ++n) {
      const Page& page = layout_.pages[static_cast<std::size_t>(n)];
      if (page.title) {
        title_page();
      } else {
        running_text(n + 1, pages);
      }
      for (const Piece& piece : page.pieces) std::visit([&](const auto& p) { draw(p); }, piece);
      cairo_show_page(cr_);
    }
    outline();
    return std::move(fixes_);
  }

 private:
  void title_page() {
    const TitlePage& t = doc_.title_page;
    double y = 250;
    set_colour(cr_, kAccent);
    cairo_rectangle(cr_, kMarginX, y - 28, 56, 5);
    cairo_fill(cr_);
    auto block = [&](const std::string& text, const char* tag, const TextStyle& style, double after) {
      if (text.empty()) return;
      const TextBlock b(context_, text, style, kTextWidth);
      cairo_tag_begin(cr_, tag, "");
      b.draw(cr_, kMarginX, y);
      cairo_tag_end(cr_, tag);
      y += b.height() + after;
    };
    block(t.organisation, "P", TextStyle{.size = 13, .bold = true, .colour = kMuted}, 14);
    block(t.title, "H1", TextStyle{.size = 28, .bold = true, .colour = kAccent, .line_spacing = 1.1}, 14);
    block(t.subtitle, "P", TextStyle{.size = 15}, 36);
    block(t.date_line, "P", TextStyle{.colour = kMuted}, 0);
  }

  // Header and footer, drawn before any tag is open so that they stay outside the structure tree.
  void running_text(int page, int pages) {
    if (!doc_.running_header.empty()) {
      const TextBlock header(context_, doc_.running_header, TextStyle{.size = kRunningSize, .colour = kMuted},
                             kTextWidth);
      header.draw(cr_, kMarginX, kHeaderBaseline - 8, 0, std::min(1, header.lines()));
      rule(cr_, kHeaderBaseline + 6, kRule, 0.5);
    }
    if (!doc_.page_footer.empty()) {
      rule(cr_, kFooterTop - 6, kRule, 0.5);
      const TextBlock footer(context_, footer_text(doc_.page_footer, page, pages),
                             TextStyle{.size = kRunningSize, .colour = kMuted, .right = true}, kTextWidth);
      footer.draw(cr_, kMarginX, kFooterTop, 0, std::min(1, footer.lines()));
    }
  }

  void draw(const HeadingPiece& p) {
    const auto& h = std::get<MeasuredHeading>(layout_.blocks[p.block]);
    const char* tag = kHeadingTags[static_cast<std::size_t>(h.level - 1)];
    cairo_tag_begin(cr_, tag, "");
    h.text.draw(cr_, kMarginX, p.y);
    cairo_tag_end(cr_, tag);
  }

  void draw(const LinesPiece& p) {
    const auto& text = std::get<MeasuredParagraph>(layout_.blocks[p.block]).text;
    cairo_tag_begin(cr_, "P", "");
    text.draw(cr_, kMarginX, p.y, p.first, p.last);
    cairo_tag_end(cr_, "P");
  }

  void draw(const ListPiece& p) {
    const auto& list = std::get<MeasuredList>(layout_.blocks[p.block]);
    cairo_tag_begin(cr_, "L", "");
    for (const auto& part : p.parts) {
      cairo_tag_begin(cr_, "LI", "");
      if (part.first == 0) {
        cairo_tag_begin(cr_, "Lbl", "");
        bullet_.draw(cr_, kMarginX + 2, part.y);
        cairo_tag_end(cr_, "Lbl");
      }
      cairo_tag_begin(cr_, "LBody", "");
      list.items[static_cast<std::size_t>(part.item)].draw(cr_, kMarginX + kBulletIndent, part.y, part.first,
                                                           part.last);
      cairo_tag_end(cr_, "LBody");
      cairo_tag_end(cr_, "LI");
    }
    cairo_tag_end(cr_, "L");
  }

  void draw(const TablePiece& p) {
    const TableBox& box = std::get<MeasuredTable>(layout_.blocks[p.block]).box;
    cairo_tag_begin(cr_, "Table", "");
    if (p.caption) box.draw_caption(cr_, p.y);
    for (const auto& part : p.parts) box.draw_row(cr_, part.row, part.y, part.from, part.to);
    cairo_tag_end(cr_, "Table");
  }

  void draw(const FigurePiece& p) {
    const auto& f = std::get<MeasuredFigure>(layout_.blocks[p.block]);
    const double x = kMarginX + (kTextWidth - f.width) / 2;
    if (f.image.valid()) {
      cairo_tag_begin(cr_, "Figure", "");
      f.image.draw(cr_, x, p.y, f.width);
      cairo_tag_end(cr_, "Figure");
      fixes_.figure_alts.push_back(std::get<Figure>(doc_.blocks[p.block]).alt);
    } else if (f.fallback) {
      set_colour(cr_, kRule);
      cairo_set_line_width(cr_, 0.75);
      cairo_rectangle(cr_, x, p.y, f.width, f.height);
      cairo_stroke(cr_);
      const TextBlock& text = *f.fallback;
      cairo_tag_begin(cr_, "P", "");
      text.draw(cr_, x + kFallbackPad, p.y + kFallbackPad, 0,
                lines_fitting(text, 0, f.height - 2 * kFallbackPad));
      cairo_tag_end(cr_, "P");
    }
    if (f.caption) {
      cairo_tag_begin(cr_, "P", "");
      f.caption->draw(cr_, kMarginX, p.y + f.height + kCaptionGap);
      cairo_tag_end(cr_, "P");
    }
  }

  void draw(const TocPiece& p) {
    if (p.heading_y && layout_.toc_heading) {
      cairo_tag_begin(cr_, "H1", "");
      layout_.toc_heading->draw(cr_, kMarginX, *p.heading_y);
      cairo_tag_end(cr_, "H1");
    }
    cairo_tag_begin(cr_, "TOC", "");
    for (const auto& part : p.parts) {
      const TocEntry& entry = layout_.toc[part.entry];
      const Position& at = layout_.at[entry.block];
      const double x = kMarginX + (entry.level == 1 ? 0.0 : kTocIndent);
      const TextBlock number(context_, std::to_string(at.page + 1),
                             TextStyle{.bold = entry.level == 1, .right = true}, kTocNumberWidth);
      cairo_tag_begin(cr_, "TOCI", "");
      cairo_tag_begin(cr_, CAIRO_TAG_LINK, target(at).c_str());
      fixes_.links.push_back({at.page, at.y, std::get<Heading>(doc_.blocks[entry.block]).text});
      entry.text.draw(cr_, x, part.y);
      const int last = entry.text.lines() - 1;
      number.draw(cr_, kMarginX + kTextWidth - kTocNumberWidth, part.y + entry.text.top(last));
      // Dot leaders from the end of the entry's last line to its page number, drawn, not typed.
      set_colour(cr_, kMuted);
      const double dots_y = part.y + entry.text.bottom(last) - 4.2;
      for (double dx = x + entry.text.line_end(last) + 6; dx < kMarginX + kTextWidth - 22; dx += 4) {
        cairo_arc(cr_, dx, dots_y, 0.55, 0, 6.2832);
        cairo_fill(cr_);
      }
      cairo_tag_end(cr_, CAIRO_TAG_LINK);
      cairo_tag_end(cr_, "TOCI");
    }
    cairo_tag_end(cr_, "TOC");
  }

  // Bookmarks for the headings of levels 1 and 2, level 2 under the level 1 before it.
  void outline() {
    cairo_surface_t* surface = cairo_get_target(cr_);
    int parent = CAIRO_PDF_OUTLINE_ROOT;
    for (std::size_t i = 0; i < layout_.blocks.size(); ++i) {
      const auto* h = std::get_if<MeasuredHeading>(&layout_.blocks[i]);
      if (!h || h->level > 2) continue;
      const auto& text = std::get<Heading>(doc_.blocks[i]).text;
      if (text.empty() || !g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr)) continue;
      const std::string link = target(layout_.at[i]);
      const int id = cairo_pdf_surface_add_outline(surface, h->level == 1 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                                   text.c_str(), link.c_str(), cairo_pdf_outline_flags_t{});
      if (h->level == 1) parent = id;
    }
  }

  cairo_t* cr_;
  PangoContext* context_;
  const Document& doc_;
  const Layout& layout_;
  const TextBlock bullet_;
  TagFixes fixes_;
};

}  // namespace

TagFixes print(cairo_t* cr, PangoContext* context, const Document& doc, const Layout& layout) {
  return Printer(cr, context, doc, layout).run();
}

std::string footer_text(const std::string& pattern, int page, int pages) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern.compare(i, 3, "{n}") == 0) {
      out += std::to_string(page);
      i += 2;
    } else if (pattern.compare(i, 3, "{N}") == 0) {
      out += std::to_string(pages);
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace forkant::reports::pdf
