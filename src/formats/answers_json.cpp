#include "formats/answers_json.hpp"

#include <limits>

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
  return Error{ErrorKind::malformed, "wrong_type", "error.wrong_type", {{"field", field}}};
}

// An int that fits, or nullopt for null; errors for anything else.
Result<std::optional<int>> small_int(const nlohmann::json& v, const std::string& field) {
  if (v.is_null()) return std::optional<int>();
  if (!v.is_number_integer()) return bad(field);
  const auto x = v.get<std::int64_t>();
  if (x < std::numeric_limits<int>::min() || x > std::numeric_limits<int>::max()) {
    return Error::invalid("value_out_of_range", "error.value_out_of_range",
                          {{"item", field}, {"value", std::to_string(x)}});
  }
  return std::optional<int>(static_cast<int>(x));
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
