#include "domain/assessment/answer_table.hpp"

#include <algorithm>
#include <cstring>

#include "domain/assessment/scoring.hpp"

namespace forkant {
namespace {

void sort_keys(AnswerLayout::Keys& keys) {
  std::sort(keys.begin(), keys.end());
}

// Whether two ids are equal, for ids of up to 16 bytes with two overlapping word loads and no loop:
// in a respondent's answers nearly every id is the framework's next one, and a loop over the bytes (or a
// call to memcmp) costs a branch mispredicted per id.
template <typename Word>
bool same_ends(const char* a, const char* b, std::size_t n) {
  Word x1, x2, y1, y2;
  std::memcpy(&x1, a, sizeof(Word));
  std::memcpy(&y1, b, sizeof(Word));
  std::memcpy(&x2, a + n - sizeof(Word), sizeof(Word));
  std::memcpy(&y2, b + n - sizeof(Word), sizeof(Word));
  return ((x1 ^ y1) | (x2 ^ y2)) == 0;
}

// Inlined: a call per id costs as much as the comparison.
[[gnu::always_inline]] inline bool same_id(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  if (n >= 8 && n <= 16) return same_ends<std::uint64_t>(a.data(), b.data(), n);
  if (n >= 4 && n < 8) return same_ends<std::uint32_t>(a.data(), b.data(), n);
  return a == b;
}

// Calls found(index, value) for every entry of `map` whose id is in `keys` (once per key entry: an id
// the framework lists twice fills both places, as two lookups would). Both are sorted by id, with the
// same order (std::string's), so one merge finds them all.
template <typename Map, typename Found>
void merge(const AnswerLayout::Keys& keys, const Map& map, Found found) {
  auto key = keys.begin();
  auto entry = map.begin();
  while (key != keys.end() && entry != map.end()) {
    if (same_id(entry->first, key->first)) {
      // The map's ids are unique: the next entry comes after this id, so its keys are done too.
      const std::string_view id = key->first;
      for (; key != keys.end() && same_id(key->first, id); ++key) found(key->second, entry->second);
      ++entry;
      continue;
    }
    if (std::string_view(entry->first) < key->first) {
      ++entry;
    } else {
      ++key;
    }
  }
}

}  // namespace

AnswerLayout answer_layout(const Framework& framework) {
  AnswerLayout layout;
  for (std::size_t d = 0; d < framework.dimensions.size(); ++d) {
    const Dimension& dimension = framework.dimensions[d];
    AnswerLayout::DimensionSlots& slots = layout.dimensions.emplace_back();
    for (const Item& item : dimension.items) {
      if (!is_rated(item.kind)) continue;
      const std::size_t slot = layout.items.size();
      layout.items.push_back(&item);
      layout.item_keys.emplace_back(item.id, slot);
      if (is_scored(item.kind)) slots.scored.push_back(slot);
    }
    // The dimension's first item of each kind, as Dimension::item_of_kind finds it.
    auto slot_of = [&](ItemKind kind) -> std::optional<std::size_t> {
      const Item* item = dimension.item_of_kind(kind);
      if (!item) return std::nullopt;
      return static_cast<std::size_t>(std::find(layout.items.begin(), layout.items.end(), item) -
                                      layout.items.begin());
    };
    slots.importance = slot_of(ItemKind::importance);
    slots.position = slot_of(ItemKind::position);
    if (const Item* comment = dimension.item_of_kind(ItemKind::comment)) {
      layout.comment_keys.emplace_back(comment->id, d);
    }
  }
  for (std::size_t p = 0; p < framework.purposes.size(); ++p) {
    layout.purpose_keys.emplace_back(framework.purposes[p].id, p);
  }
  layout.purposes = framework.purposes.size();
  sort_keys(layout.item_keys);
  sort_keys(layout.purpose_keys);
  sort_keys(layout.comment_keys);
  return layout;
}

AnswerTable index_answers(const AnswerLayout& layout, std::span<const SubmittedResponse> responses) {
  AnswerTable table{.width = layout.items.size(), .purposes = layout.purposes};
  table.ratings.assign(responses.size() * table.width, kNoAnswer);
  table.points.assign(responses.size() * table.purposes, 0);
  table.allocated.assign(responses.size(), 0);
  for (std::size_t r = 0; r < responses.size(); ++r) {
    const ResponseAnswers& answers = responses[r].answers;
    std::int8_t* row = table.ratings.data() + r * table.width;
    merge(layout.item_keys, answers.values, [&](std::size_t slot, int value) {
      if (value >= kDontKnow && value <= kScaleMax) row[slot] = static_cast<std::int8_t>(value);
    });
    table.allocated[r] = has_allocation(answers);
    int* points = table.points.data() + r * table.purposes;
    merge(layout.purpose_keys, answers.purposes,
          [&](std::size_t column, int value) { points[column] = value; });
    merge(layout.comment_keys, answers.comments, [&](std::size_t dimension, const std::string& text) {
      table.comments.push_back({r, dimension, &text});
    });
  }
  return table;
}

std::optional<double> row_score(const AnswerLayout::DimensionSlots& dimension,
                                std::span<const std::int8_t> row) {
  int sum = 0;
  int count = 0;
  for (std::size_t slot : dimension.scored) {
    const bool rated = row[slot] >= kScaleMin;  // without a branch: which items are rated is random
    sum += rated ? row[slot] : 0;
    count += rated ? 1 : 0;
  }
  if (count == 0) return std::nullopt;
  return static_cast<double>(sum) / count;
}

}  // namespace forkant
