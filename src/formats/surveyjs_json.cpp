#include "formats/surveyjs_json.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "domain/impact/condition.hpp"
#include "domain/utf8.hpp"

namespace forkant {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxNameBytes = 200;

// Keys that change what is asked, shown or scored; forkant would silently answer a different
// questionnaire if it ignored them.
// (Top-level "questions" and "elements" are SurveyJS's one-page form, which forkant does not read.)
constexpr std::array<std::string_view, 4> kRefusedSurveyKeys = {"triggers", "calculatedValues", "questions",
                                                                "elements"};
constexpr std::array<std::string_view, 14> kRefusedElementKeys = {
    "hasOther",         "hasNone",         "hasSelectAll",
    "hasComment",       "choicesByUrl",    "choicesFromQuestion",
    "enableIf",         "requiredIf",      "defaultValue",
    "choicesVisibleIf", "choicesEnableIf", "valueName",
    "correctAnswer",    "templateElements"};

struct ConditionUse {
  std::string path;
  std::string condition;
};

// The translation key of each code, spelled out so that the catalogue test finds it.
std::string key_of(std::string_view code) {
  static const std::map<std::string_view, std::string_view> keys = {
      {"survey_malformed", "error.survey_malformed"},
      {"survey_missing_name", "error.survey_missing_name"},
      {"survey_too_deep", "error.survey_too_deep"},
      {"survey_unsupported_type", "error.survey_unsupported_type"},
      {"survey_unsupported_feature", "error.survey_unsupported_feature"},
      {"survey_duplicate_name", "error.survey_duplicate_name"},
      {"survey_condition_unsupported", "error.survey_condition_unsupported"},
      {"survey_condition_unknown_question", "error.survey_condition_unknown_question"}};
  return std::string(keys.at(code));
}

Error refusal(ErrorKind kind, const std::string& code, const std::string& path, std::string reason,
              std::map<std::string, std::string> params = {}) {
  params["path"] = path;
  params["reason"] = std::move(reason);
  return Error{kind, code, key_of(code), std::move(params)};
}

Error malformed(const std::string& path, const std::string& reason) {
  return refusal(ErrorKind::malformed, "survey_malformed", path, path + ": " + reason);
}

Error unsupported_feature(const std::string& path, const std::string& reason, const std::string& key) {
  return refusal(ErrorKind::invalid, "survey_unsupported_feature", path, reason, {{"key", key}});
}

// The parser quotes the bytes it stopped at, which need not be UTF-8; a message must be.
std::string printable(std::string_view text) {
  if (is_valid_utf8(text)) return std::string(text);
  std::string out(text);
  for (auto& c : out) {
    if (static_cast<unsigned char>(c) >= 0x80) c = '?';
  }
  return out;
}

std::string fnv_version(std::string_view bytes) {
  std::uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return fmt::format("fnv-{:016x}", h);
}

// Walks the document once; the first refusal stops the walk and is returned.
class Importer {
 public:
  Result<Questionnaire> read(const json& root) {
    if (!root.is_object()) return malformed("", "the file is not a JSON object");
    Questionnaire q;
    for (const auto& [key, value] : root.items()) {
      if (std::find(kRefusedSurveyKeys.begin(), kRefusedSurveyKeys.end(), key) != kRefusedSurveyKeys.end()) {
        return unsupported_feature(key, "the survey key \"" + key + "\" is not supported", key);
      }
    }
    if (root.contains("title")) {
      auto title = text(root.at("title"), "title");
      if (!title) return title.error();
      q.title = std::move(*title);
    }
    const auto pages = root.find("pages");
    if (pages == root.end() || !pages->is_array() || pages->empty()) {
      return malformed("pages", "the file has no pages");
    }
    for (std::size_t i = 0; i < pages->size(); ++i) {
      auto p = page((*pages)[i], i);
      if (!p) return p.error();
      q.pages.push_back(std::move(*p));
    }
    if (auto ok = check_conditions(); !ok) return ok.error();
    q.languages.assign(languages_.begin(), languages_.end());
    std::stable_partition(q.languages.begin(), q.languages.end(),
                          [](const std::string& l) { return l == "en"; });
    return q;
  }

 private:
  std::map<std::string, std::string> names_;  // question name -> its path
  std::vector<ConditionUse> conditions_;
  std::set<std::string> languages_;

  Result<Page> page(const json& j, std::size_t index) {
    const std::string path = fmt::format("pages[{}]", index);
    if (!j.is_object()) return malformed(path, "a page is not a JSON object");
    Page p;
    // SurveyJS names an unnamed page "page1", "page2", ...
    auto n =
        j.contains("name") ? name(j.at("name"), path) : Result<std::string>(fmt::format("page{}", index + 1));
    if (!n) return n.error();
    p.name = std::move(*n);
    if (auto t = optional_text(j, "title", path, p.title); !t) return t.error();
    auto c = condition(j, path);
    if (!c) return c.error();
    p.visible_if = std::move(*c);
    auto e = elements(j, path, 1);
    if (!e) return e.error();
    p.elements = std::move(*e);
    return p;
  }

  Result<std::vector<Element>> elements(const json& parent, const std::string& path, int depth) {
    std::vector<Element> out;
    const auto it = parent.find("elements");
    if (it == parent.end()) return out;
    if (!it->is_array()) return malformed(path + ".elements", "\"elements\" is not a list");
    for (std::size_t i = 0; i < it->size(); ++i) {
      auto e = element((*it)[i], fmt::format("{}.elements[{}]", path, i), depth);
      if (!e) return e.error();
      out.push_back(std::move(*e));
    }
    return out;
  }

  Result<Element> element(const json& j, const std::string& path, int depth) {
    if (!j.is_object()) return malformed(path, "an element is not a JSON object");
    if (!j.contains("name")) {
      return refusal(ErrorKind::malformed, "survey_missing_name", path, path + ": the element has no name");
    }
    auto n = name(j.at("name"), path);
    if (!n) return n.error();
    Element e;
    e.name = std::move(*n);
    const std::string where = path + " (" + e.name + ")";
    auto t = type(j, path, where);
    if (!t) return t.error();
    e.type = *t;
    if (auto ok = check_features(j, path, where); !ok) return ok.error();
    if (auto ok = texts(j, path, where, e); !ok) return ok.error();
    auto c = condition(j, path);
    if (!c) return c.error();
    e.visible_if = std::move(*c);
    if (e.type == ElementType::panel) {
      if (depth > kMaxSurveyPanelDepth) {
        return refusal(ErrorKind::invalid, "survey_too_deep", path,
                       fmt::format("{}: panels nested deeper than {}", where, kMaxSurveyPanelDepth),
                       {{"max", std::to_string(kMaxSurveyPanelDepth)}});
      }
      auto inner = elements(j, path, depth + 1);
      if (!inner) return inner.error();
      e.elements = std::move(*inner);
    } else if (e.type != ElementType::html) {
      // html blocks take no answer; the AIA file repeats one ("consultation-intro") on two pages.
      if (auto ok = remember_name(e.name, path); !ok) return ok.error();
    }
    if (e.type == ElementType::radiogroup || e.type == ElementType::checkbox ||
        e.type == ElementType::dropdown) {
      auto ch = choices(j, path, where);
      if (!ch) return ch.error();
      e.choices = std::move(*ch);
    }
    return e;
  }

  static Status check_features(const json& j, const std::string& path, const std::string& where) {
    for (auto key : kRefusedElementKeys) {
      if (j.contains(key)) {
        return unsupported_feature(path, where + ": the key \"" + std::string(key) + "\" is not supported",
                                   std::string(key));
      }
    }
    if (j.contains("visible") && j.at("visible") != json(true)) {
      return unsupported_feature(path, where + ": \"visible\" other than true", "visible");
    }
    return ok_status();
  }

  // title, description (or help), html and isRequired.
  Status texts(const json& j, const std::string& path, const std::string& where, Element& e) {
    if (auto ok = optional_text(j, "title", path, e.title); !ok) return ok;
    if (auto ok = optional_text(j, "description", path, e.description); !ok) return ok;
    if (e.description.empty()) {
      if (auto ok = optional_text(j, "help", path, e.description); !ok) return ok;
    }
    if (auto ok = optional_text(j, "html", path, e.html); !ok) return ok;
    if (j.contains("isRequired")) {
      if (!j.at("isRequired").is_boolean()) {
        return malformed(path + ".isRequired", where + ": \"isRequired\" is not true or false");
      }
      e.required = j.at("isRequired").get<bool>();
    }
    return ok_status();
  }

  static Result<ElementType> type(const json& j, const std::string& path, const std::string& where) {
    const auto t = j.find("type");
    if (t == j.end() || !t->is_string()) return malformed(path, where + ": the element has no type");
    const auto& name = t->get_ref<const std::string&>();
    const auto known = element_type_from_string(name);
    if (!known) {
      return refusal(ErrorKind::invalid, "survey_unsupported_type", path,
                     where + ": the question type \"" + name + "\" is not supported", {{"type", name}});
    }
    return *known;
  }

  Result<std::vector<Choice>> choices(const json& j, const std::string& path, const std::string& where) {
    std::vector<Choice> out;
    const auto it = j.find("choices");
    if (it == j.end() || !it->is_array() || it->empty()) {
      return malformed(path + ".choices", where + ": the question has no choices");
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < it->size(); ++i) {
      const std::string at = fmt::format("{}.choices[{}]", path, i);
      auto choice = one_choice((*it)[i], at, where);
      if (!choice) return choice.error();
      if (!seen.insert(choice->value).second) {
        return malformed(at, where + ": the choice \"" + choice->value + "\" twice");
      }
      out.push_back(std::move(*choice));
    }
    return out;
  }

  Result<Choice> one_choice(const json& c, const std::string& at, const std::string& where) {
    Choice choice;
    if (c.is_string()) {
      choice.value = c.get<std::string>();
      choice.text.by_lang["en"] = choice.value;
      return choice;
    }
    if (!c.is_object() || !c.contains("value") || !c.at("value").is_string()) {
      // A number would score differently from its text in the AIA tool; only text values are read.
      return malformed(at, where + ": a choice is not text or {\"value\": text, \"text\": ...}");
    }
    for (const char* key : {"visibleIf", "enableIf"}) {
      if (c.contains(key)) return unsupported_feature(at, where + ": a choice with a condition", key);
    }
    choice.value = c.at("value").get<std::string>();
    if (auto ok = optional_text(c, "text", at, choice.text); !ok) return ok.error();
    if (choice.text.empty()) choice.text.by_lang["en"] = choice.value;
    return choice;
  }

  static Result<std::string> name(const json& j, const std::string& path) {
    if (!j.is_string() || j.get_ref<const std::string&>().empty()) {
      return refusal(ErrorKind::malformed, "survey_missing_name", path,
                     path + ": the name is empty or not text");
    }
    const auto& s = j.get_ref<const std::string&>();
    if (s.size() > kMaxNameBytes)
      return malformed(path, fmt::format("a name longer than {} bytes", kMaxNameBytes));
    return s;
  }

  Status remember_name(const std::string& name, const std::string& path) {
    const auto [it, fresh] = names_.emplace(name, path);
    if (fresh) return ok_status();
    return refusal(ErrorKind::invalid, "survey_duplicate_name", path,
                   path + ": the name \"" + name + "\" is already used at " + it->second, {{"name", name}});
  }

  // j[key] into `out` when it is there.
  Status optional_text(const json& j, const char* key, const std::string& path, LocalText& out) {
    const auto it = j.find(key);
    if (it == j.end()) return ok_status();
    auto t = text(*it, path + "." + key);
    if (!t) return t.error();
    out = std::move(*t);
    return ok_status();
  }

  // A string is English; an object maps languages to strings, "default" being English.
  Result<LocalText> text(const json& j, const std::string& path) {
    LocalText t;
    if (j.is_string()) {
      t.by_lang["en"] = j.get<std::string>();
    } else if (j.is_object()) {
      for (const auto& [lang, value] : j.items()) {
        if (!value.is_string()) return malformed(path + "." + lang, "a text is not a string");
        if (lang.empty() || lang.size() > 16) return malformed(path, "a language code is empty or too long");
        t.by_lang[lang == "default" ? "en" : lang] = value.get<std::string>();
      }
    } else {
      return malformed(path, "a text is not a string or an object of languages");
    }
    for (const auto& [lang, value] : t.by_lang) languages_.insert(lang);
    return t;
  }

  Result<std::string> condition(const json& j, const std::string& path) {
    const auto it = j.find("visibleIf");
    if (it == j.end()) return std::string();
    if (!it->is_string()) return malformed(path + ".visibleIf", "\"visibleIf\" is not text");
    std::string c = it->get<std::string>();
    if (auto ok = check_condition(c); !ok) {
      return refusal(ErrorKind::invalid, "survey_condition_unsupported", path,
                     path + ": the condition cannot be evaluated: " + ok.error().params.at("reason"),
                     {{"condition", c}});
    }
    conditions_.push_back({path, c});
    return c;
  }

  // After the walk: a condition may name a question further on in the file.
  Status check_conditions() const {
    for (const auto& use : conditions_) {
      for (const auto& n : condition_names(use.condition)) {
        if (!names_.contains(n)) {
          return refusal(
              ErrorKind::invalid, "survey_condition_unknown_question", use.path,
              use.path + ": the condition names the question \"" + n + "\", which the file does not have",
              {{"name", n}, {"condition", use.condition}});
        }
      }
    }
    return ok_status();
  }
};

}  // namespace

Result<Questionnaire> import_surveyjs(std::string_view bytes, std::string kind, std::string version) {
  if (bytes.size() > kMaxSurveyBytes) {
    return Error{
        ErrorKind::invalid,
        "survey_too_large",
        "error.survey_too_large",
        {{"path", ""},
         {"reason", fmt::format("the file has {} bytes; at most {} are read", bytes.size(), kMaxSurveyBytes)},
         {"max", "4 MiB"}}};
  }
  json root;
  try {
    root = json::parse(bytes.begin(), bytes.end());
  } catch (const json::parse_error& e) {
    return Error{ErrorKind::malformed,
                 "survey_not_json",
                 "error.survey_not_json",
                 {{"path", ""}, {"reason", printable(e.what())}, {"offset", std::to_string(e.byte)}}};
  } catch (const json::exception& e) {
    // The parser's other refusal: a number beyond a double ("1e999"), reported without its offset.
    return Error{ErrorKind::malformed,
                 "survey_number_overflow",
                 "error.survey_number_overflow",
                 {{"path", ""}, {"reason", printable(e.what())}}};
  }
  auto q = Importer().read(root);
  if (!q) return q.error();
  q->kind = std::move(kind);
  q->version = version.empty() ? fnv_version(bytes) : std::move(version);
  return q;
}

}  // namespace forkant
