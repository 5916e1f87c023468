#pragma once
// Translations: every user-facing text is a key looked up in the gettext catalogues (locales/da.po,
// locales/en.po, compiled to .mo at build time) through Boost.Locale. Danish is the default language.
// Messages may name parameters as {name}; values are substituted after translation.

#include <locale>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace forkant {

inline constexpr std::string_view kDefaultLanguage = "da";

class Translator {
 public:
  // `mo_root` holds <lang>/LC_MESSAGES/forkant.mo.
  explicit Translator(const std::string& mo_root);

  std::string get(std::string_view lang, std::string_view key) const;
  std::string format(std::string_view lang, std::string_view key,
                     const std::map<std::string, std::string>& params) const;
  bool has(std::string_view lang, std::string_view key) const;

  static const std::vector<std::string>& languages();

 private:
  const std::locale& locale_for(std::string_view lang) const;
  std::locale da_;
  std::locale en_;
};

// The best supported language for an Accept-Language header ("en-GB,en;q=0.9,da;q=0.8"), or the default.
std::string language_from_accept(std::string_view accept_language);

// "3.456" -> "3,46" in Danish, "3.46" in English.
std::string format_decimal(double value, int places, std::string_view lang);

// Replaces {name} with the parameter's value.
std::string interpolate(const std::string& text, const std::map<std::string, std::string>& params);

}  // namespace forkant
