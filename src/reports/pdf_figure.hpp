#pragma once
// A chart for the PDF: the same SVG the page inlines, parsed once by librsvg and drawn as vectors on the
// cairo PDF surface (its text stays text). The SVG's viewBox gives the proportions; the width is the
// figure's share of the text width.

#include <cairo.h>
#include <librsvg/rsvg.h>

#include <string_view>

namespace forkant::reports::pdf {

class SvgImage {
 public:
  explicit SvgImage(std::string_view svg);  // an SVG librsvg cannot read leaves the image invalid
  ~SvgImage();
  SvgImage(SvgImage&& other) noexcept;
  SvgImage& operator=(SvgImage&&) = delete;
  SvgImage(const SvgImage&) = delete;
  SvgImage& operator=(const SvgImage&) = delete;

  bool valid() const { return handle_ != nullptr; }
  double aspect() const { return aspect_; }  // height / width
  // Draws the image into the box (x, y, width, width * aspect()). False if librsvg failed mid-way.
  bool draw(cairo_t* cr, double x, double y, double width) const;

 private:
  RsvgHandle* handle_ = nullptr;
  double aspect_ = 0.5;
};

}  // namespace forkant::reports::pdf
