#include "formats/answers_json.hpp"

#include "formats/json_integer.hpp"

namespace forkant {

nlohmann::json answers_to_json(const ResponseAnswers& a) {
  return {{"v", a.values}, {"c", a.comments}, {"p", a.purposes}};
}

std::optional<ResponseAnswers> answers_from_json(const nlohmann::json& j) {
  if (!j.is_object()) return std::nullopt;
  try {
    ResponseAnswers a;
    if (j.contains("v")) a.values = j.at("v").get<std::map<std::string, int>>();
    if (j.contains("c")) a.comments = j.at("c").get<std::map<std::string, std::string>>();
    if (j.contains("p")) a.purposes = j.at("p").get<std::map<std::string, int>>();
    return a;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

namespace {

Error bad(const std::string& field) {
  return json_wrong_type(field);
}

// An int that fits (the domain then checks the scale or the points), or nullopt for null; wrong_type or
// value_out_of_range for anything else.
Result<std::optional<int>> small_int(const nlohmann::json& v, const std::string& field) {
  if (v.is_null()) return std::optional<int>();
  auto x = json_integer<int>(v, field);
  if (!x) return x.error();
  return std::optional<int>(*x);
}

}  // namespace

Result<AnswersPatch> patch_from_json(const nlohmann::json* answers, const nlohmann::json* comments,
                                     const nlohmann::json* purposes) {
  AnswersPatch patch;
  if (answers) {
    if (!answers->is_object()) return bad("answers");
    for (const auto& [k, v] : answers->items()) {
      auto x = small_int(v, k);
      if (!x) return x.error();
      patch.values[k] = *x;
    }
  }
  if (comments) {
    if (!comments->is_object()) return bad("comments");
    for (const auto& [k, v] : comments->items()) {
      if (v.is_null()) {
        patch.comments[k] = std::nullopt;
      } else if (v.is_string()) {
        patch.comments[k] = v.get<std::string>();
      } else {
        return bad(k);
      }
    }
  }
  if (purposes) {
    if (!purposes->is_object()) return bad("purposes");
    for (const auto& [k, v] : purposes->items()) {
      auto x = small_int(v, k);
      if (!x) return x.error();
      patch.purposes[k] = *x;
    }
  }
  return patch;
}

}  // namespace forkant
