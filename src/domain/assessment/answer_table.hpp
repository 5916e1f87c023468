#pragma once
// A round's answers indexed once, for the aggregation (results.cpp). Every rated item of the framework
// gets a dense slot and every purpose a column; each respondent's ratings then sit in one flat row of
// small integers, found by one merge of the respondent's sorted answers with the framework's sorted ids.
// The statistics read positions in rows instead of looking strings up in each respondent's maps once per
// statistic.
//
// Only what the results read is kept: a value outside 0..5, an answer to an id the framework does not
// rate and a comment on anything but a dimension's comment item are left out, as the lookups by id left
// them out.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/assessment/answers.hpp"
#include "domain/assessment/framework.hpp"

namespace forkant {

inline constexpr std::int8_t kNoAnswer = -1;  // in a row: skipped (or out of range)

// Where a framework's answers go. Built once per framework; refers to the framework's strings.
struct AnswerLayout {
  struct DimensionSlots {
    std::vector<std::size_t> scored;        // statement and position slots, framework order
    std::optional<std::size_t> importance;  // the dimension's importance item
    std::optional<std::size_t> position;    // the dimension's position item
  };
  using Keys = std::vector<std::pair<std::string_view, std::size_t>>;  // sorted by id

  std::vector<const Item*> items;  // slot -> rated item, framework order
  std::vector<DimensionSlots> dimensions;
  std::size_t purposes = 0;
  Keys item_keys;     // rated item id -> slot
  Keys purpose_keys;  // purpose id -> column
  Keys comment_keys;  // a dimension's comment item id -> dimension index
};

AnswerLayout answer_layout(const Framework& framework);

// One comment, in respondent order.
struct TableComment {
  std::size_t respondent = 0;
  std::size_t dimension = 0;
  const std::string* text = nullptr;  // in the responses the table was built from
};

// The answers of a list of responses, one row each, in their order.
struct AnswerTable {
  std::size_t width = 0;                // slots per row
  std::size_t purposes = 0;             // columns per row of points
  std::vector<std::int8_t> ratings;     // row-major; kDontKnow, 1..5 or kNoAnswer
  std::vector<int> points;              // row-major; 0 where a purpose got no points
  std::vector<std::uint8_t> allocated;  // per row: any purpose points given at all (has_allocation)
  std::vector<TableComment> comments;

  std::span<const std::int8_t> row(std::size_t r) const { return {ratings.data() + r * width, width}; }
  std::span<const int> points_of(std::size_t r) const { return {points.data() + r * purposes, purposes}; }
};

// The table of `responses`, which must outlive it (comments point into them).
AnswerTable index_answers(const AnswerLayout& layout, std::span<const SubmittedResponse> responses);

// A rating 1..5 in `row` at `slot`, or nothing (unanswered, "don't know", no such item).
inline std::optional<int> rating_at(std::span<const std::int8_t> row, std::optional<std::size_t> slot) {
  if (!slot || row[*slot] < kScaleMin) return std::nullopt;
  return row[*slot];
}

// dimension_score (scoring.hpp) on a row: the mean of the dimension's statement and position ratings.
std::optional<double> row_score(const AnswerLayout::DimensionSlots& dimension,
                                std::span<const std::int8_t> row);

}  // namespace forkant
