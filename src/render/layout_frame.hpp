#pragma once
// The page layout split once into its fixed text and the places where a request's values go, so that a
// page costs one buffer and a few appends rather than a template run over (and copies of) the whole body.
//
// The layout template is rendered once per language and per *shape* of its view: every string and number
// in the view replaced by a marker, booleans, nulls and the structure kept (signed in or not, in an
// organisation or not, owner or not...). The markers found in the output say where each value goes and
// whether the template escaped it there ({{x}}) or not ({{{x}}}: the content). A request then appends
// the fixed pieces and its own values, escaped exactly as the template would have: the output is the
// template's, byte for byte (tests/unit/render/layout_frame_test.cpp). Values must not contain the
// marker bytes \x01 and \x02 (control characters, which no page text holds). Thread-safe; the frames are
// few (languages times shapes) and kept for the process's life, bounded by dropping all when full.

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <shared_mutex>
#include <string>
#include <string_view>

#include "render/templates.hpp"

namespace forkant {

class LayoutFrames {
 public:
  // `name`: the layout template, rendered by `templates`; its view gets "content" for the page itself.
  LayoutFrames(const Templates& templates, std::string name)
      : templates_(templates), name_(std::move(name)) {}

  // The layout with `view` and `content` (already rendered and escaped: it goes in raw), in `lang`.
  std::string render(nlohmann::json view, std::string_view content, std::string_view lang) const;

  struct Frame;

 private:
  std::shared_ptr<const Frame> frame(const nlohmann::json& shape, const std::string& key,
                                     std::string_view lang) const;
  const Templates& templates_;
  std::string name_;
  mutable std::shared_mutex mutex_;
  mutable std::map<std::string, std::shared_ptr<const Frame>, std::less<>> frames_;
};

}  // namespace forkant
