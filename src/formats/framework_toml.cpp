#include "formats/framework_toml.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <limits>
#include <map>
#include <utility>

#include "domain/utf8.hpp"
#include "formats/toml_shield.hpp"

namespace forkant {
namespace {

constexpr std::size_t kMaxIdLength = 64;

int line_of(const toml::node& node) {
  return std::max(1, static_cast<int>(node.source().begin.line));
}

bool is_valid_id(std::string_view id) {
  auto ok_char = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (id.empty() || id.size() > kMaxIdLength || !ok_char(id.front())) return false;
  return std::all_of(id.begin(), id.end(),
                     [&](char c) { return ok_char(c) || c == '.' || c == '_' || c == '-'; });
}

// Collects problems while walking the document; every check reports and carries on.
class Reader {
 public:
  std::vector<FrameworkProblem> problems;

  Framework framework(const toml::table& root) {
    Framework fw;
    allow_keys(root, {"id", "version", "title", "description", "source", "dimensions"});
    fw.id = id(root, "framework");
    fw.version = version(root);
    fw.title = text(root, "title", true);
    fw.description = text(root, "description", false);
    fw.source = text(root, "source", false);
    const auto tables = array_of_tables(root, "dimensions", true);
    for (std::size_t i = 0; i < tables.size(); ++i) {
      fw.dimensions.push_back(dimension(*tables[i], static_cast<int>(i) + 1, fw));
    }
    return fw;
  }

 private:
  std::map<std::string, int, std::less<>> id_lines_;  // dimension, item and purpose ids share one namespace
  int purposes_line_ = 0;

  void problem(int line, std::string reason) { problems.push_back({line, std::move(reason)}); }

  void allow_keys(const toml::table& t, std::initializer_list<std::string_view> allowed) {
    for (const auto& [key, node] : t) {
      if (std::find(allowed.begin(), allowed.end(), key.str()) == allowed.end()) {
        problem(line_of(node),
                fmt::format("unknown key '{}' (allowed: {})", key.str(), fmt::join(allowed, ", ")));
      }
    }
  }

  const std::string* string_at(const toml::table& t, std::string_view key, bool required) {
    const toml::node* node = t.get(key);
    if (!node) {
      if (required) problem(line_of(t), fmt::format("missing '{}'", key));
      return nullptr;
    }
    if (!node->is_string()) {
      problem(line_of(*node), fmt::format("'{}' must be a string", key));
      return nullptr;
    }
    return &node->as_string()->get();
  }

  std::string id(const toml::table& t, std::string_view what) {
    const std::string* value = string_at(t, "id", true);
    if (!value) return {};
    const int line = line_of(*t.get("id"));
    if (!is_valid_id(*value)) {
      problem(line, fmt::format("{} id '{}' must match [a-z0-9][a-z0-9._-]* and be at most {} characters",
                                what, *value, kMaxIdLength));
    } else if (*value == "group") {
      problem(line, "id 'group' is reserved for the group column of response CSV files");
    } else if (what != "framework") {
      auto [it, inserted] = id_lines_.emplace(*value, line);
      if (!inserted)
        problem(line, fmt::format("duplicate id '{}' (first defined on line {})", *value, it->second));
    }
    return *value;
  }

  int version(const toml::table& t) {
    const toml::node* node = t.get("version");
    if (!node) {
      problem(line_of(t), "missing 'version'");
      return 0;
    }
    const auto* v = node->as_integer();
    if (!v || v->get() < 1 || v->get() > std::numeric_limits<int>::max()) {
      problem(line_of(*node), "'version' must be a positive integer");
      return 0;
    }
    return static_cast<int>(v->get());
  }

  // A text in both languages: key.da and key.en, both required and non-empty.
  FrameworkText text(const toml::table& t, std::string_view key, bool required) {
    const toml::node* node = t.get(key);
    if (!node) {
      if (required) problem(line_of(t), fmt::format("missing '{}' (a Danish and an English text)", key));
      return {};
    }
    const toml::table* texts = node->as_table();
    if (!texts) {
      problem(line_of(*node),
              fmt::format("'{}' must have a Danish and an English text: {}.da and {}.en", key, key, key));
      return {};
    }
    allow_keys(*texts, {"da", "en"});
    FrameworkText result;
    constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kLanguages{
        {{"da", "Danish"}, {"en", "English"}}};
    for (const auto& [lang, language] : kLanguages) {
      const toml::node* value = texts->get(lang);
      std::string& out = lang == "da" ? result.da : result.en;
      if (!value) {
        problem(line_of(*node), fmt::format("missing {} text ({}.{})", language, key, lang));
      } else if (!value->is_string() || value->as_string()->get().empty()) {
        problem(line_of(*value),
                fmt::format("{} text ({}.{}) must be a non-empty string", language, key, lang));
      } else {
        out = toml_shield::unshield(value->as_string()->get());
      }
    }
    return result;
  }

  std::vector<const toml::table*> array_of_tables(const toml::table& t, std::string_view key, bool required) {
    const toml::node* node = t.get(key);
    if (!node) {
      if (required) problem(line_of(t), fmt::format("missing [[{}]]", key));
      return {};
    }
    const toml::array* array = node->as_array();
    if (!array || !array->is_array_of_tables()) {
      problem(line_of(*node), fmt::format("'{}' must be a list of tables written as [[{}]]", key, key));
      return {};
    }
    std::vector<const toml::table*> tables;
    for (const toml::node& element : *array) tables.push_back(element.as_table());
    return tables;
  }

  Dimension dimension(const toml::table& t, int number, Framework& fw) {
    Dimension d;
    d.number = number;
    allow_keys(t, {"id", "title", "question", "items", "purposes"});
    d.id = id(t, "dimension");
    d.title = text(t, "title", true);
    d.question = text(t, "question", true);
    std::map<ItemKind, int> first_line_of_kind;
    for (const toml::table* item_table : array_of_tables(t, "items", true)) {
      Item item = this->item(*item_table);
      auto [it, first] = first_line_of_kind.emplace(item.kind, line_of(*item_table));
      if (!first && item.kind != ItemKind::statement) {
        problem(line_of(*item_table),
                fmt::format("dimension '{}' has more than one {} item (first on line {})", d.id,
                            item_kind_name(item.kind), it->second));
      }
      d.items.push_back(std::move(item));
    }
    if (t.get("items") && !first_line_of_kind.contains(ItemKind::statement)) {
      problem(line_of(t), fmt::format("dimension '{}' has no statement items", d.id));
    }
    if (t.get("purposes")) purposes(t, d.id, fw);
    return d;
  }

  Item item(const toml::table& t) {
    Item item;
    allow_keys(t, {"id", "kind", "text"});
    item.id = id(t, "item");
    if (const std::string* kind = string_at(t, "kind", true)) {
      if (auto parsed = item_kind_from_name(*kind)) {
        item.kind = *parsed;
      } else {
        problem(line_of(*t.get("kind")),
                fmt::format("unknown item kind '{}' (expected statement, position, importance or comment)",
                            *kind));
      }
    }
    item.text = text(t, "text", true);
    return item;
  }

  void purposes(const toml::table& dimension_table, const std::string& dimension_id, Framework& fw) {
    const int line = line_of(*dimension_table.get("purposes"));
    if (purposes_line_ != 0) {
      problem(line, fmt::format("only one dimension may have purposes (first on line {})", purposes_line_));
      return;
    }
    purposes_line_ = line;
    fw.purpose_dimension_id = dimension_id;
    const auto tables = array_of_tables(dimension_table, "purposes", true);
    if (!tables.empty() && tables.size() < 2)
      problem(line, "a purpose allocation needs at least two purposes");
    for (const toml::table* t : tables) {
      allow_keys(*t, {"id", "label"});
      Purpose p;
      p.id = id(*t, "purpose");
      p.label = text(*t, "label", true);
      fw.purposes.push_back(std::move(p));
    }
  }
};

// toml++ would stop at the first bad byte; checking line by line reports every bad line.
// toml++ 3.3.0 (Debian) breaks an internal invariant on table headers that do not begin with a key, such
// as "[[#x]]" or "[=" (upstream fix: marzer/tomlplusplus#301; found by the framework fuzzer).
bool is_malformed_table_header(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  if (line.empty() || line.front() != '[') return false;
  std::size_t i = line.size() > 1 && line[1] == '[' ? 2 : 1;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  const char c = i < line.size() ? line[i] : '\0';
  return !(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '"' || c == '\'');
}

// The line of a '}' that stands where an array expects a value (after '[' or ','), outside strings and
// comments, or 0. toml++ 3.3.0 asserts on it instead of reporting it (fuzzer finding: `id =[ }`).
int misplaced_brace_line(std::string_view text) {
  enum class In { code, basic, literal, ml_basic, ml_literal, comment } in = In::code;
  char previous = 0;  // the last significant character outside strings and comments
  int line = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool triple = i + 2 < text.size() && text[i + 1] == c && text[i + 2] == c;
    if (c == '\n') ++line;
    switch (in) {
      case In::comment:
        if (c == '\n') in = In::code;
        continue;
      case In::basic:
        if (c == '\\') {
          ++i;
        } else if (c == '"' || c == '\n') {
          in = In::code;
        }
        continue;
      case In::literal:
        if (c == '\'' || c == '\n') in = In::code;
        continue;
      case In::ml_basic:
        if (c == '\\') {
          ++i;
        } else if (c == '"' && triple) {
          in = In::code, i += 2;
        }
        continue;
      case In::ml_literal:
        if (c == '\'' && triple) in = In::code, i += 2;
        continue;
      case In::code:
        break;
    }
    if (c == '#') {
      in = In::comment;
    } else if (c == '"') {
      in = triple ? In::ml_basic : In::basic;
      if (triple) i += 2;
      previous = c;
    } else if (c == '\'') {
      in = triple ? In::ml_literal : In::literal;
      if (triple) i += 2;
      previous = c;
    } else if (c == '}' && (previous == '[' || previous == ',')) {
      return line;
    } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
      previous = c;
    }
  }
  return 0;
}

}  // namespace

std::vector<FrameworkProblem> toml_pre_parse_problems(std::string_view text) {
  // toml++ skips a byte order mark; so must the line checks, or a malformed header on the first line
  // hides behind it (fuzzer finding: BOM + ` [`).
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::string_view whole = text;
  std::vector<FrameworkProblem> problems;
  int number = 1;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, end);
    if (!is_valid_utf8(line)) {
      problems.push_back({number, "invalid UTF-8"});
    } else if (const char32_t cp = toml_shield::first_private_use(line); cp != 0) {
      problems.push_back(
          {number, fmt::format("unsupported private-use character U+{:04X}", static_cast<unsigned>(cp))});
    } else if (is_malformed_table_header(line)) {
      problems.push_back({number, "malformed table header: expected a key after '['"});
    }
    text.remove_prefix(std::min(end + 1, text.size()));
    ++number;
  }
  if (problems.empty()) {
    if (const int line = misplaced_brace_line(whole); line > 0) {
      problems.push_back({line, "syntax error: '}' where a value was expected"});
    }
  }
  return problems;
}

FrameworkParse parse_framework(std::string_view text, std::string_view source_name) {
  FrameworkParse result;
  result.problems = toml_pre_parse_problems(text);
  if (!result.problems.empty()) return result;
  toml::table root;
  try {
    root = toml::parse(toml_shield::shield(text), source_name);
  } catch (const toml::parse_error& e) {
    result.problems.push_back({std::max(1, static_cast<int>(e.source().begin.line)),
                               toml_shield::unshield(fmt::format("syntax error: {}", e.description()))});
    return result;
  }
  Reader reader;
  Framework fw = reader.framework(root);
  result.problems = std::move(reader.problems);
  for (auto& p : result.problems) p.reason = toml_shield::unshield(p.reason);  // keys and values quoted
  std::stable_sort(result.problems.begin(), result.problems.end(),
                   [](const FrameworkProblem& a, const FrameworkProblem& b) { return a.line < b.line; });
  if (result.problems.empty()) result.framework = std::move(fw);
  return result;
}

std::string format_problem(std::string_view source_name, const FrameworkProblem& problem) {
  return fmt::format("{}:{}: {}", source_name, problem.line, problem.reason);
}

}  // namespace forkant
