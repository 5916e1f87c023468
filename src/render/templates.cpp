#include "render/templates.hpp"

#include <filesystem>
#include <fstream>
#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "domain/escape.hpp"

namespace forkant {
namespace mustache = kainjow::mustache;
namespace {

mustache::data to_data(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      mustache::data d{mustache::data::type::object};
      for (const auto& [k, v] : j.items()) d.set(k, to_data(v));
      return d;
    }
    case nlohmann::json::value_t::array: {
      mustache::data d{mustache::data::type::list};
      for (const auto& v : j) d.push_back(to_data(v));
      return d;
    }
    case nlohmann::json::value_t::string:
      return mustache::data{j.get<std::string>()};
    case nlohmann::json::value_t::boolean:
      return mustache::data{j.get<bool>()};
    case nlohmann::json::value_t::null:
      return mustache::data{false};
    default:
      return mustache::data{j.dump()};
  }
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

}  // namespace

std::string html_escape(std::string_view s) {
  return escape_markup(s, Markup::html);
}

Templates::Templates(const std::string& dir, const Translator& translator) : translator_(translator) {
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".mustache") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const std::string name = std::filesystem::relative(entry.path(), dir).replace_extension().string();
    mustache::mustache parsed{text.str()};
    if (!parsed.is_valid()) {
      throw std::runtime_error("template " + name + ": " + parsed.error_message());
    }
    sources_[name] = text.str();
  }
  if (!has("layout")) throw std::runtime_error("template layout.mustache is missing in " + dir);
}

std::string Templates::render(const std::string& name, const nlohmann::json& view,
                              std::string_view lang) const {
  // kainjow's render() is not const, so parsed templates are kept per thread (STACK.md G14).
  thread_local std::unordered_map<const Templates*,
                                  std::unordered_map<std::string, std::unique_ptr<mustache::mustache>>>
      cache;
  auto& mine = cache[this];
  auto it = mine.find(name);
  if (it == mine.end()) {
    const auto src = sources_.find(name);
    if (src == sources_.end()) throw std::runtime_error("no template named " + name);
    it = mine.emplace(name, std::make_unique<mustache::mustache>(src->second)).first;
  }
  mustache::data data = to_data(view);
  const std::string language(lang);
  data.set("t", mustache::lambda2{[this, language](const std::string& key, const mustache::renderer&) {
             return html_escape(translator_.get(language, trim(key)));
           }});
  std::string out = it->second->render(data);
  if (!it->second->is_valid())
    throw std::runtime_error("template " + name + ": " + it->second->error_message());
  return out;
}

}  // namespace forkant
