#pragma once
// HTML templates: Mustache files under templates/, rendered by kainjow/mustache with HTML escaping by
// default. View models are nlohmann::json built by the page handlers. `{{#t}}key{{/t}}` translates a
// key into the page's language (escaped). Every page is rendered into templates/layout.mustache.
// The server refuses to start when a template is missing or does not parse.

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <unordered_map>

#include "render/i18n.hpp"

namespace forkant {

class Templates {
 public:
  // Loads every *.mustache in `dir`; throws if one does not parse.
  Templates(const std::string& dir, const Translator& translator);

  bool has(const std::string& name) const { return sources_.count(name) > 0; }
  // Renders `name` with `view` (an object), in `lang`.
  std::string render(const std::string& name, const nlohmann::json& view, std::string_view lang) const;

 private:
  std::unordered_map<std::string, std::string> sources_;
  const Translator& translator_;
};

std::string html_escape(std::string_view s);

}  // namespace forkant
