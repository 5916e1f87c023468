#include "formats/screening_toml.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "domain/impact/condition.hpp"
#include "formats/impact_toml_reader.hpp"

namespace forkant {
namespace {

using impact_toml::line_of;

bool has_choices(ElementType type) {
  return type == ElementType::radiogroup || type == ElementType::checkbox || type == ElementType::dropdown;
}

// References are checked once the whole file is read, so that sections may come in any order.
struct Reference {
  std::string name;
  int line = 1;
};

class ScreeningReader : public impact_toml::Reader {
 public:
  std::map<std::string, Obligation> obligations;
  std::map<std::string, Finding> findings;

  void read_findings(const toml::table& root) {
    std::map<std::string, int> ids;
    std::vector<std::pair<std::string, std::vector<std::pair<std::string, int>>>> wanted;
    for (const toml::table* t : tables(root, "obligations", false)) {
      allow_keys(*t, {"id", "title", "article", "applies_from", "checklist"});
      Obligation o;
      o.id = id(*t, "id", ids);
      o.title = text(*t, "title", true);
      if (const std::string* article = string_at(*t, "article", true))
        o.article = impact_toml::unshield(*article);
      o.applies_from = date(*t, "applies_from");
      o.checklist = checklist(*t);
      obligations[o.id] = std::move(o);
    }
    std::map<std::string, int> keys;
    for (const toml::table* t : tables(root, "findings", true)) {
      allow_keys(*t, {"key", "title", "obligations"});
      Finding f;
      f.key = id(*t, "key", keys);
      f.title = text(*t, "title", true);
      for (const auto& [ob, line] : strings(*t, "obligations")) {
        const auto it = obligations.find(ob);
        if (it == obligations.end()) {
          problem(line, "unknown_obligation", {{"obligation", ob}});
        } else {
          f.obligations.push_back(it->second);
        }
      }
      findings[f.key] = std::move(f);
    }
  }

  Questionnaire questionnaire(const toml::table& root) {
    Questionnaire q;
    if (const std::string* id = string_at(root, "id", true)) {
      q.kind = impact_toml::unshield(*id);
      if (!impact_toml::is_valid_id(q.kind)) problem(line_of(*root.get("id")), "bad_id", {{"id", q.kind}});
    }
    if (const std::string* version = string_at(root, "version", true)) {
      q.version = impact_toml::unshield(*version);
      if (q.version.empty()) problem(line_of(*root.get("version")), "missing", {{"key", "version"}});
    }
    q.title = text(root, "title", true);
    q.languages = {"da", "en"};
    for (const toml::table* t : tables(root, "pages", true)) q.pages.push_back(page(*t));
    for (const Reference& ref : condition_refs_) {
      if (!questions_.contains(ref.name)) problem(ref.line, "unknown_question", {{"name", ref.name}});
    }
    for (const Reference& ref : finding_refs_) {
      if (!findings.contains(ref.name)) problem(ref.line, "unknown_finding", {{"finding", ref.name}});
    }
    return q;
  }

 private:
  std::map<std::string, int> names_;      // pages and questions share one namespace
  std::map<std::string, int> questions_;  // the names conditions may refer to
  std::vector<Reference> condition_refs_;
  std::vector<Reference> finding_refs_;

  std::vector<LocalText> checklist(const toml::table& t) {
    std::vector<LocalText> items;
    const toml::node* node = t.get("checklist");
    if (!node) return items;
    const toml::array* array = node->as_array();
    if (!array) {
      problem(line_of(*node), "wrong_type", {{"key", "checklist"}, {"expected", "array of tables"}});
      return items;
    }
    for (const toml::node& element : *array) {
      const toml::table* item = element.as_table();
      if (!item) {
        problem(line_of(element), "wrong_type", {{"key", "checklist"}, {"expected", "array of tables"}});
        continue;
      }
      allow_keys(*item, {"da", "en"});
      LocalText text;
      for (const std::string_view lang : {"da", "en"}) {
        const toml::node* value = item->get(lang);
        if (!value || !value->is_string() || value->as_string()->get().empty()) {
          problem(line_of(value ? *value : element), "missing_text",
                  {{"key", "checklist"}, {"lang", std::string(lang)}});
        } else {
          text.by_lang[std::string(lang)] = impact_toml::unshield(value->as_string()->get());
        }
      }
      items.push_back(std::move(text));
    }
    return items;
  }

  std::string visible_if(const toml::table& t) {
    const std::string* value = string_at(t, "visible_if", false);
    if (!value) return {};
    std::string condition = impact_toml::unshield(*value);
    const int line = line_of(*t.get("visible_if"));
    if (const Status checked = check_condition(condition); !checked.ok()) {
      const auto& params = checked.error().params;
      const auto reason = params.find("reason");
      problem(
          line, "condition",
          {{"reason", reason == params.end() ? std::string() : reason->second}, {"condition", condition}});
      return condition;
    }
    for (std::string& name : condition_names(condition)) condition_refs_.push_back({std::move(name), line});
    return condition;
  }

  Page page(const toml::table& t) {
    allow_keys(t, {"name", "title", "visible_if", "questions"});
    Page p;
    p.name = id(t, "name", names_);
    p.title = text(t, "title", true);
    p.visible_if = visible_if(t);
    for (const toml::table* q : tables(t, "questions", true)) p.elements.push_back(element(*q));
    return p;
  }

  Element element(const toml::table& t) {
    allow_keys(t, {"type", "name", "title", "description", "html", "visible_if", "required", "choices"});
    Element e;
    if (const std::string* type = string_at(t, "type", true)) {
      // A screening's pages hold questions and text, no panels.
      const auto known = element_type_from_string(*type);
      if (!known || *known == ElementType::panel) {
        problem(line_of(*t.get("type")), "unknown_type", {{"type", impact_toml::unshield(*type)}});
      } else {
        e.type = *known;
      }
    }
    e.name = id(t, "name", names_);
    questions_.emplace(e.name, line_of(t));
    if (e.type == ElementType::html) {
      e.html = text(t, "html", true);
    } else {
      e.title = text(t, "title", true);
    }
    e.description = text(t, "description", false);
    e.visible_if = visible_if(t);
    if (const toml::node* required = t.get("required")) {
      if (!required->is_boolean()) {
        problem(line_of(*required), "wrong_type", {{"key", "required"}, {"expected", "boolean"}});
      } else {
        e.required = required->as_boolean()->get();
      }
    }
    const auto choices = tables(t, "choices", false);
    if (has_choices(e.type) && choices.empty() && !t.get("choices")) {
      problem(line_of(t), "no_choices", {{"question", e.name}});
    } else if (!has_choices(e.type) && t.get("choices")) {
      problem(line_of(*t.get("choices")), "choices_not_allowed", {{"question", e.name}});
    }
    std::map<std::string, int> values;
    for (const toml::table* c : choices) e.choices.push_back(choice(*c, values));
    return e;
  }

  Choice choice(const toml::table& t, std::map<std::string, int>& values) {
    allow_keys(t, {"value", "text", "findings"});
    Choice c;
    c.value = id(t, "value", values);
    c.text = text(t, "text", true);
    for (auto& [key, line] : strings(t, "findings")) {
      finding_refs_.push_back({key, line});
      c.findings.push_back(std::move(key));
    }
    return c;
  }
};

}  // namespace

Result<Screening> read_screening_toml(std::string_view text) {
  auto parsed = impact_toml::parse(text);
  if (parsed.problem) return impact_toml::to_error(*parsed.problem);
  const toml::table& root = *parsed.root;
  ScreeningReader reader;
  reader.allow_keys(root, {"id", "version", "rule", "title", "obligations", "findings", "pages"});
  Screening screening;
  screening.rule = reader.positive_int(root, "rule").value_or(1);
  reader.read_findings(root);
  screening.questionnaire = reader.questionnaire(root);
  if (Status status = reader.status(); !status.ok()) return status.error();
  screening.findings = std::move(reader.findings);
  return screening;
}

Result<std::map<std::string, Finding>> read_findings_toml(std::string_view text) {
  auto parsed = impact_toml::parse(text);
  if (parsed.problem) return impact_toml::to_error(*parsed.problem);
  ScreeningReader reader;
  reader.allow_keys(*parsed.root, {"obligations", "findings"});
  reader.read_findings(*parsed.root);
  if (Status status = reader.status(); !status.ok()) return status.error();
  return std::move(reader.findings);
}

}  // namespace forkant
