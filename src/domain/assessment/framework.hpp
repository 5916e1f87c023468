#pragma once
// The framework model: a versioned questionnaire of dimensions (one per question of the op-ed for the
// built-in framework), each holding rated statements, one position statement, one importance rating and
// an optional comment. One dimension may also carry a purpose allocation (100 points spread over purposes).
// Frameworks are data (see docs/framework-format.md); this file only models and looks them up.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace forkant {

// Scales shared by every framework; the UI labels them through the translation catalogues.
inline constexpr int kScaleMin = 1;
inline constexpr int kScaleMax = 5;
// "Don't know": an answer to any rated item (statement, position, importance), but never a rating: it
// counts in no mean, score or priority, and a submission of "don't know" alone is refused (answers.hpp).
inline constexpr int kDontKnow = 0;

// Not "LocalText": that name is the impact questionnaires' text in any number of languages
// (domain/impact/questionnaire.hpp), and two classes of one name in one program break the ODR.
struct FrameworkText {
  std::string da;
  std::string en;

  // English when `lang` is "en", Danish otherwise (Danish is the default language).
  const std::string& get(std::string_view lang) const { return lang == "en" ? en : da; }
};

enum class ItemKind { statement, position, importance, comment };

std::string_view item_kind_name(ItemKind kind);
std::optional<ItemKind> item_kind_from_name(std::string_view name);

// Statement and position items count towards the dimension score.
inline bool is_scored(ItemKind kind) {
  return kind == ItemKind::statement || kind == ItemKind::position;
}
// Items answered with a number 1..5 or "don't know" (everything but the free-text comment).
inline bool is_rated(ItemKind kind) {
  return kind != ItemKind::comment;
}

struct Item {
  std::string id;
  ItemKind kind = ItemKind::statement;
  FrameworkText text;
};

struct Dimension {
  std::string id;
  int number = 0;  // 1-based position in the framework; the op-ed's question number for the built-in
  FrameworkText title;
  FrameworkText question;
  std::vector<Item> items;

  // The dimension's position / importance / comment item, if any (a valid framework has at most one).
  const Item* item_of_kind(ItemKind kind) const;
};

struct Purpose {
  std::string id;
  FrameworkText label;
};

struct Framework {
  std::string id;
  int version = 0;
  FrameworkText title;
  FrameworkText description;
  FrameworkText source;
  std::vector<Dimension> dimensions;
  std::vector<Purpose> purposes;     // empty when the framework has no purpose allocation
  std::string purpose_dimension_id;  // the dimension whose page asks for the allocation

  const Dimension* find_dimension(std::string_view id) const;
  const Item* find_item(std::string_view id) const;
  // The dimension that holds item `item_id`, or nullptr.
  const Dimension* dimension_of_item(std::string_view item_id) const;
  const Purpose* find_purpose(std::string_view id) const;
};

}  // namespace forkant
