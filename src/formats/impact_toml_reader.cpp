#include "formats/impact_toml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <utility>

#include "formats/framework_toml.hpp"
#include "formats/toml_shield.hpp"

namespace forkant::impact_toml {

constexpr std::size_t kMaxIdLength = 64;

int line_of(const toml::node& node) {
  return std::max(1, static_cast<int>(node.source().begin.line));
}

bool is_valid_id(std::string_view id) {
  auto ok_char = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (id.empty() || id.size() > kMaxIdLength || !ok_char(id.front())) return false;
  return std::all_of(id.begin(), id.end(), [&](char c) { return ok_char(c) || c == '_' || c == '-'; });
}

std::string unshield(std::string_view text) {
  return toml_shield::unshield(text);
}

Parsed parse(std::string_view text) {
  Parsed parsed;
  if (const auto pre = toml_pre_parse_problems(text); !pre.empty()) {
    parsed.problem = Problem{pre.front().line, "syntax", {{"reason", pre.front().reason}}};
    return parsed;
  }
  try {
    parsed.root = toml::parse(toml_shield::shield(text));
  } catch (const toml::parse_error& e) {
    parsed.problem = Problem{std::max(1, static_cast<int>(e.source().begin.line)),
                             "syntax",
                             {{"reason", unshield(e.description())}}};
  }
  return parsed;
}

Error to_error(const Problem& problem) {
  auto params = problem.params;
  params["line"] = std::to_string(problem.line);
  return Error::invalid(problem.code, "error.impact_file." + problem.code, std::move(params));
}

void Reader::problem(int line, std::string code, std::map<std::string, std::string> params) {
  params["line"] = std::to_string(line);
  problems.push_back({line, std::move(code), std::move(params)});
}

Status Reader::status() const {
  if (problems.empty()) return ok_status();
  const auto first = std::min_element(problems.begin(), problems.end(),
                                      [](const Problem& a, const Problem& b) { return a.line < b.line; });
  return to_error(*first);
}

void Reader::allow_keys(const toml::table& t, std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, node] : t) {
    if (std::find(allowed.begin(), allowed.end(), key.str()) == allowed.end()) {
      problem(line_of(node), "unknown_key",
              {{"key", unshield(key.str())}, {"allowed", fmt::format("{}", fmt::join(allowed, ", "))}});
    }
  }
}

const std::string* Reader::string_at(const toml::table& t, std::string_view key, bool required) {
  const toml::node* node = t.get(key);
  if (!node) {
    if (required) problem(line_of(t), "missing", {{"key", std::string(key)}});
    return nullptr;
  }
  if (!node->is_string()) {
    problem(line_of(*node), "wrong_type", {{"key", std::string(key)}, {"expected", "string"}});
    return nullptr;
  }
  return &node->as_string()->get();
}

std::string Reader::id(const toml::table& t, std::string_view key, std::map<std::string, int>& seen) {
  const std::string* value = string_at(t, key, true);
  if (!value) return {};
  std::string id = unshield(*value);
  const int line = line_of(*t.get(key));
  if (!is_valid_id(id)) {
    problem(line, "bad_id", {{"id", id}});
  } else if (auto [it, inserted] = seen.emplace(id, line); !inserted) {
    problem(line, "duplicate", {{"id", id}, {"first_line", std::to_string(it->second)}});
  }
  return id;
}

LocalText Reader::text(const toml::table& t, std::string_view key, bool required) {
  const toml::node* node = t.get(key);
  if (!node) {
    if (required) problem(line_of(t), "missing_text", {{"key", std::string(key)}, {"lang", "da"}});
    return {};
  }
  const toml::table* texts = node->as_table();
  if (!texts) {
    problem(line_of(*node), "wrong_type", {{"key", std::string(key)}, {"expected", "table"}});
    return {};
  }
  allow_keys(*texts, {"da", "en"});
  LocalText result;
  for (const std::string_view lang : {"da", "en"}) {
    const toml::node* value = texts->get(lang);
    if (!value || !value->is_string() || value->as_string()->get().empty()) {
      problem(value ? line_of(*value) : line_of(*node), "missing_text",
              {{"key", std::string(key)}, {"lang", std::string(lang)}});
    } else {
      result.by_lang[std::string(lang)] = unshield(value->as_string()->get());
    }
  }
  return result;
}

std::vector<const toml::table*> Reader::tables(const toml::table& t, std::string_view key, bool required) {
  const toml::node* node = t.get(key);
  if (!node) {
    if (required) problem(line_of(t), "missing", {{"key", std::string(key)}});
    return {};
  }
  const toml::array* array = node->as_array();
  if (!array || !array->is_array_of_tables()) {
    problem(line_of(*node), "wrong_type", {{"key", std::string(key)}, {"expected", "array of tables"}});
    return {};
  }
  std::vector<const toml::table*> out;
  for (const toml::node& element : *array) out.push_back(element.as_table());
  return out;
}

std::vector<std::pair<std::string, int>> Reader::strings(const toml::table& t, std::string_view key) {
  const toml::node* node = t.get(key);
  if (!node) return {};
  const toml::array* array = node->as_array();
  if (!array) {
    problem(line_of(*node), "wrong_type", {{"key", std::string(key)}, {"expected", "array of strings"}});
    return {};
  }
  std::vector<std::pair<std::string, int>> out;
  for (const toml::node& element : *array) {
    if (!element.is_string()) {
      problem(line_of(element), "wrong_type", {{"key", std::string(key)}, {"expected", "array of strings"}});
      continue;
    }
    out.emplace_back(unshield(element.as_string()->get()), line_of(element));
  }
  return out;
}

// A TOML date (2027-12-02) or the same as a string; toml++ itself refuses a day that does not exist.
std::optional<Date> Reader::date(const toml::table& t, std::string_view key) {
  const toml::node* node = t.get(key);
  if (!node) return std::nullopt;
  std::optional<Date> parsed;
  if (const auto* d = node->as_date()) {
    const toml::date v = d->get();
    parsed = parse_iso_date(fmt::format("{:04}-{:02}-{:02}", v.year, v.month, v.day));
  } else if (const auto* s = node->as_string()) {
    parsed = parse_iso_date(s->get());
  }
  if (!parsed) problem(line_of(*node), "bad_date", {{"key", std::string(key)}});
  return parsed;
}

std::optional<int> Reader::positive_int(const toml::table& t, std::string_view key) {
  const toml::node* node = t.get(key);
  if (!node) {
    problem(line_of(t), "missing", {{"key", std::string(key)}});
    return std::nullopt;
  }
  const auto* v = node->as_integer();
  if (!v || v->get() < 1 || v->get() > std::numeric_limits<int>::max()) {
    problem(line_of(*node), "wrong_type", {{"key", std::string(key)}, {"expected", "positive integer"}});
    return std::nullopt;
  }
  return static_cast<int>(v->get());
}

}  // namespace forkant::impact_toml
