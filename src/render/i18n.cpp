#include "render/i18n.hpp"

#include <boost/locale/generator.hpp>
#include <boost/locale/message.hpp>
#include <cmath>
#include <cstdio>

namespace forkant {

Translator::Translator(const std::string& mo_root) {
  boost::locale::generator gen;
  gen.add_messages_path(mo_root);
  gen.add_messages_domain("forkant");
  da_ = gen("da_DK.UTF-8");
  en_ = gen("en_GB.UTF-8");
}

const std::vector<std::string>& Translator::languages() {
  static const std::vector<std::string> langs{"da", "en"};
  return langs;
}

const std::locale& Translator::locale_for(std::string_view lang) const {
  return lang == "en" ? en_ : da_;
}

std::string Translator::get(std::string_view lang, std::string_view key) const {
  const std::string k(key);
  return boost::locale::gettext(k.c_str(), locale_for(lang));
}

bool Translator::has(std::string_view lang, std::string_view key) const {
  return get(lang, key) != key;
}

std::string Translator::format(std::string_view lang, std::string_view key,
                               const std::map<std::string, std::string>& params) const {
  return interpolate(get(lang, key), params);
}

// One pass over the text: a value that itself contains "{name}" (user input does) is never expanded.
std::string interpolate(const std::string& text, const std::map<std::string, std::string>& params) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto open = text.find('{', pos);
    const auto close = open == std::string::npos ? std::string::npos : text.find('}', open);
    if (close == std::string::npos) break;
    out.append(text, pos, open - pos);
    auto it = params.find(text.substr(open + 1, close - open - 1));
    if (it != params.end()) {
      out += it->second;
      pos = close + 1;
    } else {
      out += '{';
      pos = open + 1;
    }
  }
  out.append(text, pos, std::string::npos);
  return out;
}

std::string language_from_accept(std::string_view header) {
  std::string best(kDefaultLanguage);
  double best_q = -1;
  std::size_t start = 0;
  while (start <= header.size()) {
    auto end = header.find(',', start);
    if (end == std::string_view::npos) end = header.size();
    std::string_view part = header.substr(start, end - start);
    start = end + 1;
    double q = 1.0;
    if (auto semi = part.find(';'); semi != std::string_view::npos) {
      auto qpos = part.find("q=", semi);
      if (qpos != std::string_view::npos) q = std::atof(std::string(part.substr(qpos + 2)).c_str());
      part = part.substr(0, semi);
    }
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    const std::string_view primary = part.substr(0, part.find('-'));
    std::string lang;
    if (primary == "da" || primary == "Da" || primary == "DA") lang = "da";
    if (primary == "en" || primary == "En" || primary == "EN") lang = "en";
    if (!lang.empty() && q > 0 && q > best_q) {  // q=0 means "not acceptable" (RFC 9110)
      best = lang;
      best_q = q;
    }
    if (end == header.size()) break;
  }
  return best;
}

std::string format_decimal(double value, int places, std::string_view lang) {
  char buf[64];
  const double scale = std::pow(10.0, places);
  double rounded = std::round(value * scale) / scale;
  if (rounded == 0) rounded = 0;  // no "-0,00"
  std::snprintf(buf, sizeof buf, "%.*f", places, rounded);
  std::string s(buf);
  if (lang == "da") {
    for (auto& c : s) {
      if (c == '.') c = ',';
    }
  }
  return s;
}

}  // namespace forkant
