#pragma once
// What the readers of frameworks/impact/*.toml share: parsing with toml++ behind the same guards as
// framework files, and a reader that collects every problem with its line and returns the first.

#include <toml++/toml.h>

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/impact/questionnaire.hpp"
#include "domain/result.hpp"

namespace forkant::impact_toml {

struct Problem {
  int line = 1;
  std::string code;
  std::map<std::string, std::string> params;
};

// The parsed document, or the syntax problem that stopped it.
struct Parsed {
  std::optional<toml::table> root;
  std::optional<Problem> problem;
};
Parsed parse(std::string_view text);

// An invalid Error: code, key "error.impact_file.<code>", params with {line}.
Error to_error(const Problem& problem);

int line_of(const toml::node& node);

class Reader {
 public:
  std::vector<Problem> problems;

  void problem(int line, std::string code, std::map<std::string, std::string> params = {});
  // The first problem in line order, as an Error; ok when there is none.
  Status status() const;

  void allow_keys(const toml::table& t, std::initializer_list<std::string_view> allowed);
  const std::string* string_at(const toml::table& t, std::string_view key, bool required);
  // An id of [a-z0-9][a-z0-9_-]*, at most 64 characters, unique within `seen` (which records its line).
  std::string id(const toml::table& t, std::string_view key, std::map<std::string, int>& seen);
  // key.da and key.en, both non-empty.
  LocalText text(const toml::table& t, std::string_view key, bool required);
  std::vector<const toml::table*> tables(const toml::table& t, std::string_view key, bool required);
  // A list of strings; each with its line.
  std::vector<std::pair<std::string, int>> strings(const toml::table& t, std::string_view key);
  std::optional<Date> date(const toml::table& t, std::string_view key);
  std::optional<int> positive_int(const toml::table& t, std::string_view key);
};

bool is_valid_id(std::string_view id);
std::string unshield(std::string_view text);

}  // namespace forkant::impact_toml
