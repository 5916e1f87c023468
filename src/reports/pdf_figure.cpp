#include "reports/pdf_figure.hpp"

#include <cmath>
#include <utility>

namespace forkant::reports::pdf {
namespace {

// The chart generators write width="100%" and a viewBox (src/render/charts/svg.cpp), so the viewBox is
// the reliable source of proportions; a fixed-size SVG from elsewhere has an intrinsic size instead.
bool proportions(RsvgHandle* handle, double& aspect) {
  gboolean has_width = FALSE;
  gboolean has_height = FALSE;
  gboolean has_viewbox = FALSE;
  RsvgLength width;
  RsvgLength height;
  RsvgRectangle viewbox;
  rsvg_handle_get_intrinsic_dimensions(handle, &has_width, &width, &has_height, &height, &has_viewbox,
                                       &viewbox);
  if (has_viewbox && viewbox.width > 0 && viewbox.height > 0) {
    aspect = viewbox.height / viewbox.width;
    return true;
  }
  double w = 0;
  double h = 0;
  if (rsvg_handle_get_intrinsic_size_in_pixels(handle, &w, &h) && w > 0 && h > 0) {
    aspect = h / w;
    return true;
  }
  return false;
}

}  // namespace

SvgImage::SvgImage(std::string_view svg) {
  if (svg.empty()) return;
  GError* error = nullptr;
  // No base file: librsvg then refuses every external reference, so a hostile SVG cannot read files.
  RsvgHandle* handle =
      rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error);
  if (error) g_error_free(error);
  if (!handle) return;
  double aspect = 0;
  if (!proportions(handle, aspect) || !std::isfinite(aspect)) {
    g_object_unref(handle);
    return;
  }
  handle_ = handle;
  aspect_ = aspect;
}

SvgImage::~SvgImage() {
  if (handle_) g_object_unref(handle_);
}

SvgImage::SvgImage(SvgImage&& other) noexcept
    : handle_(std::exchange(other.handle_, nullptr)), aspect_(other.aspect_) {}

bool SvgImage::draw(cairo_t* cr, double x, double y, double width) const {
  if (!handle_) return false;
  const RsvgRectangle viewport{x, y, width, width * aspect_};
  GError* error = nullptr;
  cairo_save(cr);
  const bool ok = rsvg_handle_render_document(handle_, cr, &viewport, &error);
  cairo_restore(cr);
  if (error) g_error_free(error);
  return ok;
}

}  // namespace forkant::reports::pdf
