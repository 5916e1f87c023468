#include "reports/pdf_layout.hpp"

#include <algorithm>

namespace forkant::reports::pdf {
namespace {

constexpr double kBodyHeight = kBodyBottom - kBodyTop;
// A figure takes at most this share of a page, so that it always fits together with its heading.
constexpr double kFigureMaxHeight = kBodyHeight * 0.72;
// How much of a table's first row must fit beside its heading and header (a taller row is cut anyway).
constexpr double kFirstRowNeed = 48.0;
constexpr double kTableBefore = 6.0;
constexpr double kFigureBefore = 6.0;
constexpr double kListBefore = 2.0;

int level_of(int level) {
  return std::clamp(level, 1, 3);
}

const TextStyle kNoteStyle{.size = kNoteSize, .colour = kMuted};

struct Measure {
  PangoContext* context;

  Measured operator()(const Heading& h) const {
    const int level = level_of(h.level);
    return MeasuredHeading{level, TextBlock(context, h.text, heading_style(level), kTextWidth)};
  }
  Measured operator()(const Paragraph& p) const {
    TextStyle style = p.note ? kNoteStyle : TextStyle{};
    style.bold = p.strong;
    return MeasuredParagraph{TextBlock(context, p.text, style, kTextWidth)};
  }
  Measured operator()(const BulletList& l) const {
    MeasuredList list;
    for (const auto& item : l.items)
      list.items.emplace_back(context, item, TextStyle{}, kTextWidth - kBulletIndent);
    return list;
  }
  Measured operator()(const Table& t) const { return MeasuredTable{TableBox(context, t)}; }
  Measured operator()(const Figure& f) const {
    MeasuredFigure figure{SvgImage(f.svg)};
    if (!f.caption.empty()) figure.caption.emplace(context, f.caption, kNoteStyle, kTextWidth);
    if (figure.image.valid()) {
      const double share = std::clamp(f.width > 0 ? f.width : 1.0, 0.1, 1.0);
      figure.width = kTextWidth * share;
      figure.height = figure.width * figure.image.aspect();
      if (figure.height > kFigureMaxHeight) {
        figure.width *= kFigureMaxHeight / figure.height;
        figure.height = kFigureMaxHeight;
      }
    } else {
      // An SVG librsvg cannot read: its text alternative, in a frame where the chart would be.
      figure.fallback.emplace(context, f.alt, TextStyle{.colour = kMuted}, kTextWidth - 2 * kFallbackPad);
      figure.width = kTextWidth;
      figure.height = std::min(figure.fallback->height(), kFigureMaxHeight) + 2 * kFallbackPad;
    }
    return figure;
  }
  Measured operator()(const PageBreak&) const { return MeasuredBreak{}; }
};

double figure_height(const MeasuredFigure& f) {
  return f.height + (f.caption ? kCaptionGap + f.caption->height() : 0.0);
}

class Paginator {
 public:
  explicit Paginator(Layout& layout) : l_(layout) {}

  void table_of_contents() {
    if (l_.toc.empty()) return;
    new_page();
    TocPiece piece;
    if (l_.toc_heading) {
      piece.heading_y = y_;
      y_ += l_.toc_heading->height() + kHeadingAfter[0] + 4;
    }
    for (std::size_t e = 0; e < l_.toc.size(); ++e) {
      const double gap = l_.toc[e].level == 1 ? kTocGap + 3 : kTocGap;
      const double height = l_.toc[e].text.height();
      if (!piece.parts.empty() && gap + height > room()) {
        page().pieces.emplace_back(std::move(piece));
        piece = TocPiece{};
        new_page();
      }
      piece.parts.push_back({e, y_ + gap});
      y_ += gap + height;
    }
    page().pieces.emplace_back(std::move(piece));
  }

  void body() {
    new_page();
    for (std::size_t i = 0; i < l_.blocks.size(); ++i) {
      std::visit([&](const auto& m) { place(i, m); }, l_.blocks[i]);
    }
    // A page break at the end leaves an empty page behind: drop it.
    if (l_.pages.size() > 1 && l_.pages.back().pieces.empty() && !l_.pages.back().title) l_.pages.pop_back();
  }

 private:
  Page& page() { return l_.pages.back(); }
  int page_index() const { return static_cast<int>(l_.pages.size()) - 1; }
  void new_page() {
    l_.pages.emplace_back();
    y_ = kBodyTop;
    empty_ = true;
    pending_ = 0;
  }
  double room() const { return kBodyBottom - y_; }
  // Space between blocks: the larger of the previous block's space after and this one's before; none at
  // the top of a page.
  double gap(double before) const { return empty_ ? 0.0 : std::max(before, pending_); }
  void mark(std::size_t block, double y) { l_.at[block] = {page_index(), y}; }

  // The height block i needs on the page where it starts: what a heading before it must keep with it.
  double first_need(std::size_t i, int depth) const {
    if (i >= l_.blocks.size() || depth > 3) return 0.0;
    const Measured& m = l_.blocks[i];
    if (const auto* h = std::get_if<MeasuredHeading>(&m)) {
      return kHeadingBefore[h->level - 1] + h->text.height() + kHeadingAfter[h->level - 1] +
             first_need(i + 1, depth + 1);
    }
    if (const auto* p = std::get_if<MeasuredParagraph>(&m))
      return p->text.span(0, std::min(2, p->text.lines()));
    if (const auto* l = std::get_if<MeasuredList>(&m)) {
      if (l->items.empty()) return 0.0;
      return kListBefore + l->items[0].span(0, std::min(2, l->items[0].lines()));
    }
    if (const auto* t = std::get_if<MeasuredTable>(&m)) {
      const TableBox& box = t->box;
      double need = kTableBefore + box.caption_height();
      for (int r = 0; r < std::min(box.rows(), box.has_header() ? 2 : 1); ++r)
        need += std::min(box.row_height(r), kFirstRowNeed);
      return need;
    }
    if (const auto* f = std::get_if<MeasuredFigure>(&m)) return kFigureBefore + figure_height(*f);
    return 0.0;
  }

  void place(std::size_t i, const MeasuredHeading& h) {
    const double before = kHeadingBefore[h.level - 1];
    const double after = kHeadingAfter[h.level - 1];
    const double need = gap(before) + h.text.height() + after + first_need(i + 1, 1);
    if (!empty_ && need > room()) new_page();
    y_ += gap(before);
    mark(i, y_);
    page().pieces.emplace_back(HeadingPiece{i, y_});
    y_ += h.text.height();
    empty_ = false;
    pending_ = after;
  }

  // Lines of a text from `first` that go on this page, or 0 if the text should start on the next page:
  // never the first line of several alone at the bottom, never the last line alone at the top.
  int take_lines(const TextBlock& text, int first, double room_left) const {
    const int n = text.lines();
    int fit = lines_fitting(text, first, room_left);
    if (fit >= n - first) return n - first;
    const int min_first = first == 0 ? std::min(2, n) : 1;
    if (fit < min_first) return empty_ ? std::max(fit, 1) : 0;
    if (n - first - fit == 1 && fit - 1 >= min_first) --fit;
    return fit;
  }

  void place(std::size_t i, const MeasuredParagraph& p) {
    const TextBlock& text = p.text;
    int first = 0;
    while (first < text.lines()) {
      const double space = first == 0 ? gap(0) : 0.0;
      const int take = take_lines(text, first, room() - space);
      if (take == 0) {
        new_page();
        continue;
      }
      y_ += space;
      if (first == 0) mark(i, y_);
      page().pieces.emplace_back(LinesPiece{i, y_, first, first + take});
      y_ += text.span(first, first + take);
      empty_ = false;
      first += take;
      if (first < text.lines()) new_page();
    }
    pending_ = kParagraphAfter;
  }

  void place(std::size_t i, const MeasuredList& l) {
    ListPiece piece{i, {}};
    auto flush = [&] {
      if (!piece.parts.empty()) page().pieces.emplace_back(std::move(piece));
      piece = ListPiece{i, {}};
      new_page();
    };
    for (std::size_t k = 0; k < l.items.size(); ++k) {
      const TextBlock& text = l.items[k];
      int first = 0;
      while (first < text.lines()) {
        const double space = first > 0 ? 0.0 : (k == 0 ? gap(kListBefore) : (empty_ ? 0.0 : kItemGap));
        const int take = take_lines(text, first, room() - space);
        if (take == 0) {
          flush();
          continue;
        }
        y_ += space;
        if (k == 0 && first == 0) mark(i, y_);
        piece.parts.push_back({static_cast<int>(k), first, first + take, y_});
        y_ += text.span(first, first + take);
        empty_ = false;
        first += take;
        if (first < text.lines()) flush();
      }
    }
    if (!piece.parts.empty()) page().pieces.emplace_back(std::move(piece));
    pending_ = kParagraphAfter;
  }

  void place(std::size_t i, const MeasuredTable& t) {
    const TableBox& box = t.box;
    if (box.rows() == 0 && !box.caption()) return;
    const double header = box.has_header() ? box.row_height(0) : 0.0;
    // A header taller than a quarter page (a pathological one) is printed once, not on every page.
    const bool repeat = box.has_header() && header <= kBodyHeight / 4;
    const double need = first_need(i, 1) - kTableBefore + gap(kTableBefore);
    if (!empty_ && need > room()) new_page();
    y_ += gap(kTableBefore);
    mark(i, y_);
    TablePiece piece{i, y_, true, {}};
    y_ += box.caption_height();
    if (box.caption()) empty_ = false;
    int row = 0;
    auto next_page = [&] {
      page().pieces.emplace_back(std::move(piece));
      new_page();
      piece = TablePiece{i, y_, false, {}};
      if (repeat && row > 0) {
        piece.parts.push_back({0, 0, -1, y_});
        y_ += header;
        empty_ = false;
      }
    };
    for (; row < box.rows(); ++row) {
      const int r = row;
      const double height = box.row_height(r);
      if (height <= room()) {
        piece.parts.push_back({r, 0, -1, y_});
        y_ += height;
        empty_ = false;
        continue;
      }
      const bool tall = height > kBodyHeight - (repeat ? header : 0.0);
      if (!tall) {
        next_page();
        piece.parts.push_back({r, 0, -1, y_});
        y_ += height;
        empty_ = false;
        continue;
      }
      // Taller than a page: cut it between lines, as many slices as it takes.
      const double total = box.text_height(r);
      double from = 0;
      while (from < total) {
        double to = box.cut(r, from, room());
        if (to <= from) {
          next_page();
          to = box.cut(r, from, room());
          if (to <= from) to = total;  // a single line taller than a page: let it overflow
        }
        piece.parts.push_back({r, from, to, y_});
        y_ += box.slice_height(from, to);
        empty_ = false;
        from = to;
        if (from < total) next_page();
      }
    }
    page().pieces.emplace_back(std::move(piece));
    pending_ = kBlockAfter;
  }

  void place(std::size_t i, const MeasuredFigure& f) {
    const double height = figure_height(f);
    if (!empty_ && gap(kFigureBefore) + height > room()) new_page();
    y_ += gap(kFigureBefore);
    mark(i, y_);
    page().pieces.emplace_back(FigurePiece{i, y_});
    y_ += height;
    empty_ = false;
    pending_ = kBlockAfter;
  }

  void place(std::size_t i, const MeasuredBreak&) {
    mark(i, y_);
    if (!empty_) new_page();
  }

  Layout& l_;
  double y_ = kBodyTop;
  bool empty_ = true;
  double pending_ = 0;
};

}  // namespace

TextStyle heading_style(int level) {
  const int l = level_of(level);
  return TextStyle{
      .size = kHeadingSize[l - 1], .bold = true, .colour = l == 1 ? kAccent : kInk, .line_spacing = 1.15};
}

Layout lay_out(PangoContext* context, const Document& doc) {
  Layout layout;
  layout.blocks.reserve(doc.blocks.size());
  for (const Block& block : doc.blocks) layout.blocks.push_back(std::visit(Measure{context}, block));
  layout.at.resize(layout.blocks.size());

  if (doc.table_of_contents) {
    for (std::size_t i = 0; i < layout.blocks.size(); ++i) {
      const auto* h = std::get_if<MeasuredHeading>(&layout.blocks[i]);
      if (!h || h->level > 2) continue;
      const auto& text = std::get<Heading>(doc.blocks[i]).text;
      const double indent = h->level == 1 ? 0.0 : kTocIndent;
      layout.toc.push_back({i, h->level,
                            TextBlock(context, text, TextStyle{.bold = h->level == 1},
                                      kTextWidth - indent - kTocNumberWidth)});
    }
    if (!doc.contents_heading.empty() && !layout.toc.empty())
      layout.toc_heading.emplace(context, doc.contents_heading, heading_style(1), kTextWidth);
  }

  Paginator paginator(layout);
  if (doc.has_title_page) layout.pages.push_back(Page{true, {}});
  paginator.table_of_contents();
  paginator.body();
  return layout;
}

}  // namespace forkant::reports::pdf
