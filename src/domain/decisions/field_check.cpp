#include "domain/decisions/field_check.hpp"

#include <algorithm>
#include <string>

#include "domain/utf8.hpp"

namespace forkant {

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

Status check_text(std::string_view field, std::string_view value, std::size_t max_chars, bool required) {
  const std::string name{field};
  if (!is_valid_utf8(value)) {
    return Error::invalid("invalid_utf8", "error.invalid_utf8", {{"field", name}});
  }
  if (required && is_blank(value)) {
    return Error::invalid(name + "_required", "error." + name + "_required");
  }
  if (utf8_length(value) > max_chars) {
    return Error::invalid(name + "_too_long", "error." + name + "_too_long",
                          {{"max", std::to_string(max_chars)}});
  }
  return ok_status();
}

Status check_questions(const std::set<int>& questions, bool required) {
  if (required && questions.empty()) {
    return Error::invalid("question_required", "error.question_required");
  }
  for (const int q : questions) {
    if (q < 1 || q > 10) {
      return Error::invalid("unknown_question", "error.unknown_question", {{"question", std::to_string(q)}});
    }
  }
  return ok_status();
}

}  // namespace forkant
