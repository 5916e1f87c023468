#pragma once
// A small framework for hand-computed tests: three dimensions, a purpose allocation on the first.
//   a: a.s1, a.s2 (statements), a.position, a.importance, a.comment; purposes p.x, p.y, p.z
//   b: b.s1, b.position, b.importance
//   c: c.s1, c.s2, c.importance

#include <initializer_list>
#include <string>
#include <utility>

#include "domain/assessment/answers.hpp"
#include "domain/assessment/framework.hpp"

namespace forkant::testing {

inline FrameworkText text(const std::string& s) {
  return {s + " (da)", s + " (en)"};
}

inline Framework small_framework(int version = 1) {
  auto item = [](std::string id, ItemKind kind) { return Item{id, kind, text(id)}; };
  Framework fw{.id = "small", .version = version, .title = text("Small")};
  fw.dimensions.push_back(
      {"a",
       1,
       text("A"),
       text("A?"),
       {item("a.s1", ItemKind::statement), item("a.s2", ItemKind::statement),
        item("a.position", ItemKind::position), item("a.importance", ItemKind::importance),
        item("a.comment", ItemKind::comment)}});
  fw.dimensions.push_back({"b",
                           2,
                           text("B"),
                           text("B?"),
                           {item("b.s1", ItemKind::statement), item("b.position", ItemKind::position),
                            item("b.importance", ItemKind::importance)}});
  fw.dimensions.push_back({"c",
                           3,
                           text("C"),
                           text("C?"),
                           {item("c.s1", ItemKind::statement), item("c.s2", ItemKind::statement),
                            item("c.importance", ItemKind::importance)}});
  fw.purposes = {{"p.x", text("X")}, {"p.y", text("Y")}, {"p.z", text("Z")}};
  fw.purpose_dimension_id = "a";
  return fw;
}

inline ResponseAnswers values(std::initializer_list<std::pair<const std::string, int>> v) {
  return ResponseAnswers{.values = v};
}

inline SubmittedResponse in_group(std::string group, ResponseAnswers answers) {
  return {std::move(group), std::move(answers), std::nullopt};
}

// A paper form typed in by `who`.
inline SubmittedResponse by_hand(std::string group, ResponseAnswers answers,
                                 std::string who = "Koordinator") {
  return {std::move(group), std::move(answers), std::move(who)};
}

}  // namespace forkant::testing
