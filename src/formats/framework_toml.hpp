#pragma once
// Reads a framework file (TOML, format in docs/framework-format.md) and validates it as a whole: the
// operator gets every problem at once, each with its line, instead of fixing one error per run.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/assessment/framework.hpp"

namespace forkant {

struct FrameworkProblem {
  int line = 1;        // 1-based line in the file
  std::string reason;  // plain English, for the operator
};

// Exactly one of the two is set: a valid framework, or the (non-empty) list of problems in line order.
struct FrameworkParse {
  std::optional<Framework> framework;
  std::vector<FrameworkProblem> problems;

  bool ok() const { return framework.has_value(); }
};

// `source_name` names the file in toml++'s diagnostics only; nothing is read from disk.
FrameworkParse parse_framework(std::string_view text, std::string_view source_name);

// Line-by-line checks made before toml++ sees a text, so that it only ever gets input it handles safely
// (invalid UTF-8, private-use characters, table headers and braces that toml++ 3.3.0 asserts on). Every
// reader of TOML runs them first.
std::vector<FrameworkProblem> toml_pre_parse_problems(std::string_view text);

// "FILE:LINE: reason", the format of `forkant framework validate`.
std::string format_problem(std::string_view source_name, const FrameworkProblem& problem);

}  // namespace forkant
