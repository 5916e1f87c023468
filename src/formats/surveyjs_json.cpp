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

namespace forkant {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxNameBytes = 200;

// Keys that change what is asked, shown or scored; forkant would silently answer a different
// questionnaire if it ignored them.
constexpr std::array<std::string_view, 5> kRefusedSurveyKeys = {"triggers", "calculatedValues", "questions",
                                                                "questionsOnPageMode", "elements"};
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

// A refusal on its way out: the first one found wins, the walk stops there.
struct Refusal {
  Error error;
};

[[noreturn]] void refuse(ErrorKind kind, const std::string& code, const std::string& path, std::string reason,
                         std::map<std::string, std::string> params = {}) {
  params["path"] = path;
  params["reason"] = std::move(reason);
  throw Refusal{Error{kind, code, "error." + code, std::move(params)}};
}

[[noreturn]] void malformed(const std::string& path, std::string reason) {
  refuse(ErrorKind::malformed, "survey_malformed", path, path + ": " + reason);
}

std::string fnv_version(std::string_view bytes) {
  std::uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return fmt::format("fnv-{:016x}", h);
}

class Importer {
 public:
  Questionnaire read(const json& root) {
    if (!root.is_object()) malformed("", "the file is not a JSON object");
    Questionnaire q;
    for (const auto& [key, value] : root.items()) {
      if (std::find(kRefusedSurveyKeys.begin(), kRefusedSurveyKeys.end(), key) != kRefusedSurveyKeys.end()) {
        refuse(ErrorKind::invalid, "survey_unsupported_feature", key,
               "the survey key \"" + key + "\" is not supported", {{"key", key}});
      }
    }
    if (root.contains("title")) q.title = text(root.at("title"), "title");
    const auto pages = root.find("pages");
    if (pages == root.end() || !pages->is_array() || pages->empty())
      malformed("pages", "the file has no pages");
    for (std::size_t i = 0; i < pages->size(); ++i) q.pages.push_back(page((*pages)[i], i));
    check_conditions();
    q.languages.assign(languages_.begin(), languages_.end());
    std::stable_partition(q.languages.begin(), q.languages.end(),
                          [](const std::string& l) { return l == "en"; });
    return q;
  }

 private:
  std::map<std::string, std::string> names_;  // question name -> its path
  std::vector<ConditionUse> conditions_;
  std::set<std::string> languages_;

  Page page(const json& j, std::size_t index) {
    const std::string path = fmt::format("pages[{}]", index);
    if (!j.is_object()) malformed(path, "a page is not a JSON object");
    Page p;
    // SurveyJS names an unnamed page "page1", "page2", ...
    p.name = j.contains("name") ? name(j.at("name"), path) : fmt::format("page{}", index + 1);
    if (j.contains("title")) p.title = text(j.at("title"), path + ".title");
    p.visible_if = condition(j, path);
    p.elements = elements(j, path, 1);
    return p;
  }

  std::vector<Element> elements(const json& parent, const std::string& path, int depth) {
    std::vector<Element> out;
    const auto it = parent.find("elements");
    if (it == parent.end()) return out;
    if (!it->is_array()) malformed(path + ".elements", "\"elements\" is not a list");
    for (std::size_t i = 0; i < it->size(); ++i) {
      out.push_back(element((*it)[i], fmt::format("{}.elements[{}]", path, i), depth));
    }
    return out;
  }

  Element element(const json& j, const std::string& path, int depth) {
    if (!j.is_object()) malformed(path, "an element is not a JSON object");
    if (!j.contains("name")) {
      refuse(ErrorKind::malformed, "survey_missing_name", path, path + ": the element has no name");
    }
    Element e;
    e.name = name(j.at("name"), path);
    const std::string where = path + " (" + e.name + ")";
    e.type = type(j, path, where);
    for (auto key : kRefusedElementKeys) {
      if (j.contains(key)) {
        refuse(ErrorKind::invalid, "survey_unsupported_feature", path,
               where + ": the key \"" + std::string(key) + "\" is not supported",
               {{"key", std::string(key)}});
      }
    }
    if (j.contains("visible") && j.at("visible") != json(true)) {
      refuse(ErrorKind::invalid, "survey_unsupported_feature", path, where + ": \"visible\" other than true",
             {{"key", "visible"}});
    }
    if (j.contains("title")) e.title = text(j.at("title"), path + ".title");
    if (j.contains("description")) e.description = text(j.at("description"), path + ".description");
    if (j.contains("help") && e.description.empty()) e.description = text(j.at("help"), path + ".help");
    if (j.contains("html")) e.html = text(j.at("html"), path + ".html");
    if (j.contains("isRequired")) {
      if (!j.at("isRequired").is_boolean())
        malformed(path + ".isRequired", where + ": \"isRequired\" is not true or false");
      e.required = j.at("isRequired").get<bool>();
    }
    e.visible_if = condition(j, path);
    if (e.type == ElementType::panel) {
      if (depth > kMaxSurveyPanelDepth) {
        refuse(ErrorKind::invalid, "survey_too_deep", path,
               fmt::format("{}: panels nested deeper than {}", where, kMaxSurveyPanelDepth),
               {{"max", std::to_string(kMaxSurveyPanelDepth)}});
      }
      e.elements = elements(j, path, depth + 1);
    } else if (e.type != ElementType::html) {
      // html blocks take no answer; the AIA file repeats one ("consultation-intro") on two pages.
      remember_name(e.name, path);
    }
    if (e.type == ElementType::radiogroup || e.type == ElementType::checkbox ||
        e.type == ElementType::dropdown) {
      e.choices = choices(j, path, where);
    }
    return e;
  }

  ElementType type(const json& j, const std::string& path, const std::string& where) {
    static const std::map<std::string, ElementType, std::less<>> kTypes = {
        {"radiogroup", ElementType::radiogroup},
        {"checkbox", ElementType::checkbox},
        {"dropdown", ElementType::dropdown},
        {"comment", ElementType::comment},
        {"text", ElementType::text},
        {"boolean", ElementType::boolean},
        {"html", ElementType::html},
        {"panel", ElementType::panel}};
    const auto t = j.find("type");
    if (t == j.end() || !t->is_string()) malformed(path, where + ": the element has no type");
    const auto& name = t->get_ref<const std::string&>();
    const auto known = kTypes.find(name);
    if (known == kTypes.end()) {
      refuse(ErrorKind::invalid, "survey_unsupported_type", path,
             where + ": the question type \"" + name + "\" is not supported", {{"type", name}});
    }
    return known->second;
  }

  std::vector<Choice> choices(const json& j, const std::string& path, const std::string& where) {
    std::vector<Choice> out;
    const auto it = j.find("choices");
    if (it == j.end() || !it->is_array() || it->empty())
      malformed(path + ".choices", where + ": the question has no choices");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < it->size(); ++i) {
      const std::string at = fmt::format("{}.choices[{}]", path, i);
      const json& c = (*it)[i];
      Choice choice;
      if (c.is_string()) {
        choice.value = c.get<std::string>();
        choice.text.by_lang["en"] = choice.value;
      } else if (c.is_object() && c.contains("value") && c.at("value").is_string()) {
        if (c.contains("visibleIf") || c.contains("enableIf")) {
          refuse(ErrorKind::invalid, "survey_unsupported_feature", at, where + ": a choice with a condition",
                 {{"key", c.contains("visibleIf") ? "visibleIf" : "enableIf"}});
        }
        choice.value = c.at("value").get<std::string>();
        if (c.contains("text")) choice.text = text(c.at("text"), at + ".text");
        if (choice.text.empty()) choice.text.by_lang["en"] = choice.value;
      } else {
        // A number would score differently from its text in the AIA tool; only text values are read.
        malformed(at, where + ": a choice is not text or {\"value\": text, \"text\": ...}");
      }
      if (!seen.insert(choice.value).second)
        malformed(at, where + ": the choice \"" + choice.value + "\" twice");
      out.push_back(std::move(choice));
    }
    return out;
  }

  std::string name(const json& j, const std::string& path) {
    if (!j.is_string() || j.get_ref<const std::string&>().empty()) {
      refuse(ErrorKind::malformed, "survey_missing_name", path, path + ": the name is empty or not text");
    }
    const auto& s = j.get_ref<const std::string&>();
    if (s.size() > kMaxNameBytes) malformed(path, fmt::format("a name longer than {} bytes", kMaxNameBytes));
    return s;
  }

  void remember_name(const std::string& name, const std::string& path) {
    const auto [it, fresh] = names_.emplace(name, path);
    if (!fresh) {
      refuse(ErrorKind::invalid, "survey_duplicate_name", path,
             path + ": the name \"" + name + "\" is already used at " + it->second, {{"name", name}});
    }
  }

  // A string is English; an object maps languages to strings, "default" being English.
  LocalText text(const json& j, const std::string& path) {
    LocalText t;
    if (j.is_string()) {
      t.by_lang["en"] = j.get<std::string>();
    } else if (j.is_object()) {
      for (const auto& [lang, value] : j.items()) {
        if (!value.is_string()) malformed(path + "." + lang, "a text is not a string");
        if (lang.empty() || lang.size() > 16) malformed(path, "a language code is empty or too long");
        t.by_lang[lang == "default" ? "en" : lang] = value.get<std::string>();
      }
    } else {
      malformed(path, "a text is not a string or an object of languages");
    }
    for (const auto& [lang, value] : t.by_lang) languages_.insert(lang);
    return t;
  }

  std::string condition(const json& j, const std::string& path) {
    const auto it = j.find("visibleIf");
    if (it == j.end()) return {};
    if (!it->is_string()) malformed(path + ".visibleIf", "\"visibleIf\" is not text");
    std::string c = it->get<std::string>();
    if (auto ok = check_condition(c); !ok) {
      refuse(ErrorKind::invalid, "survey_condition_unsupported", path,
             path + ": the condition cannot be evaluated: " + ok.error().params.at("reason"),
             {{"condition", c}});
    }
    conditions_.push_back({path, c});
    return c;
  }

  // After the walk: a condition may name a question further on in the file.
  void check_conditions() const {
    for (const auto& use : conditions_) {
      for (const auto& n : condition_names(use.condition)) {
        if (!names_.contains(n)) {
          refuse(ErrorKind::invalid, "survey_condition_unknown_question", use.path,
                 use.path + ": the condition names the question \"" + n + "\", which the file does not have",
                 {{"name", n}, {"condition", use.condition}});
        }
      }
    }
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
                 {{"path", ""}, {"reason", e.what()}, {"offset", std::to_string(e.byte)}}};
  } catch (const json::exception& e) {
    // The parser's other refusal: a number beyond a double ("1e999"), reported without its offset.
    return Error{ErrorKind::malformed,
                 "survey_number_overflow",
                 "error.survey_number_overflow",
                 {{"path", ""}, {"reason", e.what()}}};
  }
  try {
    Questionnaire q = Importer().read(root);
    q.kind = std::move(kind);
    q.version = version.empty() ? fnv_version(bytes) : std::move(version);
    return q;
  } catch (Refusal& r) {
    return std::move(r.error);
  }
}

}  // namespace forkant
