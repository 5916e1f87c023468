#include "formats/impact_answers_json.hpp"

namespace forkant {
namespace {

std::optional<AnswerValue> value_of(const nlohmann::json& v) {
  if (v.is_string()) return AnswerValue{v.get<std::string>()};
  if (v.is_boolean()) return AnswerValue{v.get<bool>()};
  if (v.is_array()) {
    std::vector<std::string> list;
    for (const auto& e : v) {
      if (!e.is_string()) return std::nullopt;
      list.push_back(e.get<std::string>());
    }
    return AnswerValue{std::move(list)};
  }
  return std::nullopt;
}

}  // namespace

nlohmann::json impact_answers_to_json(const Answers& answers) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& answer : answers) {
    // Not a structured binding: clang (clang-tidy) cannot capture one in a lambda before C++20's P1091.
    const std::string& name = answer.first;
    std::visit([&out, &name](const auto& v) { out[name] = v; }, answer.second);
  }
  return out;
}

std::optional<Answers> impact_answers_from_json(const nlohmann::json& j) {
  if (!j.is_object()) return std::nullopt;
  Answers out;
  for (const auto& [name, v] : j.items()) {
    auto value = value_of(v);
    if (!value) return std::nullopt;
    out.emplace(name, std::move(*value));
  }
  return out;
}

Result<Answers> impact_answers_patch(const nlohmann::json& j) {
  if (!j.is_object()) {
    return Error{ErrorKind::malformed, "wrong_type", "error.wrong_type", {{"field", "answers"}}};
  }
  Answers out;
  for (const auto& [name, v] : j.items()) {
    if (v.is_null()) {
      out.emplace(name, AnswerValue{std::string{}});
      continue;
    }
    auto value = value_of(v);
    if (!value) return Error::invalid("answer_type", "error.impact_answer_type", {{"question", name}});
    out.emplace(name, std::move(*value));
  }
  return out;
}

}  // namespace forkant
