#include "domain/assessment/answer_table.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "domain/assessment/scoring.hpp"
#include "fixtures.hpp"

namespace forkant {
namespace {

using testing::by_hand;
using testing::in_group;
using testing::small_framework;
using testing::values;

std::size_t slot_of(const AnswerLayout& layout, const std::string& id) {
  for (std::size_t slot = 0; slot < layout.items.size(); ++slot) {
    if (layout.items[slot]->id == id) return slot;
  }
  ADD_FAILURE() << "no slot for " << id;
  return 0;
}

TEST(AnswerTableTest, TheLayoutGivesEveryRatedItemASlotInFrameworkOrder) {
  const Framework fw = small_framework();
  const AnswerLayout layout = answer_layout(fw);
  std::vector<std::string> ids;
  for (const Item* item : layout.items) ids.push_back(item->id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a.s1", "a.s2", "a.position", "a.importance", "b.s1", "b.position",
                                           "b.importance", "c.s1", "c.s2", "c.importance"}))
      << "comments are no rated item";
  ASSERT_EQ(layout.dimensions.size(), 3u);
  EXPECT_EQ(layout.dimensions[0].scored, (std::vector<std::size_t>{0, 1, 2}))
      << "statements and the position";
  EXPECT_EQ(layout.dimensions[0].importance, 3u);
  EXPECT_EQ(layout.dimensions[0].position, 2u);
  EXPECT_FALSE(layout.dimensions[2].position);
  EXPECT_EQ(layout.purposes, 3u);
  ASSERT_EQ(layout.comment_keys.size(), 1u);
  EXPECT_EQ(layout.comment_keys[0].first, "a.comment");
  EXPECT_TRUE(std::is_sorted(layout.item_keys.begin(), layout.item_keys.end()));
}

TEST(AnswerTableTest, NoRespondentsGiveAnEmptyTable) {
  const Framework fw = small_framework();
  const AnswerTable table = index_answers(answer_layout(fw), {});
  EXPECT_EQ(table.width, 10u);
  EXPECT_TRUE(table.ratings.empty());
  EXPECT_TRUE(table.points.empty());
  EXPECT_TRUE(table.allocated.empty());
  EXPECT_TRUE(table.comments.empty());
}

TEST(AnswerTableTest, ARowHoldsRatingsDontKnowAndSkippedItems) {
  const Framework fw = small_framework();
  const AnswerLayout layout = answer_layout(fw);
  ResponseAnswers a = values({{"a.s1", 4}, {"a.s2", kDontKnow}, {"b.importance", 5}, {"c.s2", 1}});
  a.values["a.comment"] = 3;   // a value on a comment item: no rating
  a.values["zz.unknown"] = 2;  // not in the framework
  a.values["c.s1"] = 9;        // out of range: ignored, as rating() ignores it
  const std::vector<SubmittedResponse> responses{in_group("G", a)};
  const AnswerTable table = index_answers(layout, responses);
  const auto row = table.row(0);
  EXPECT_EQ(row[slot_of(layout, "a.s1")], 4);
  EXPECT_EQ(row[slot_of(layout, "a.s2")], kDontKnow);
  EXPECT_EQ(row[slot_of(layout, "a.position")], kNoAnswer) << "skipped";
  EXPECT_EQ(row[slot_of(layout, "b.importance")], 5);
  EXPECT_EQ(row[slot_of(layout, "c.s1")], kNoAnswer);
  EXPECT_EQ(row[slot_of(layout, "c.s2")], 1);
  EXPECT_EQ(rating_at(row, layout.dimensions[1].importance), 5);
  EXPECT_FALSE(rating_at(row, layout.dimensions[0].importance)) << "skipped";
  EXPECT_FALSE(rating_at(row, layout.dimensions[2].position)) << "no such item";
  EXPECT_FALSE(rating_at(row, slot_of(layout, "a.s2"))) << "don't know is no rating";
}

TEST(AnswerTableTest, PointsCommentsAndAllocationsFollowTheRespondents) {
  const Framework fw = small_framework();
  const AnswerLayout layout = answer_layout(fw);
  std::vector<SubmittedResponse> responses;
  responses.push_back(in_group("G", {.values = {{"a.s1", 3}}, .purposes = {{"p.y", 60}, {"p.z", 40}}}));
  responses.push_back(by_hand("G", {.values = {{"a.s1", 2}}, .comments = {{"a.comment", "På papir"}}}));
  // An allocation naming only an unknown purpose is still an allocation (has_allocation), of 0 points.
  responses.push_back(in_group("H", {.values = {{"b.s1", 2}},
                                     .comments = {{"a.comment", "Digitalt"}, {"b.unknown", "x"}},
                                     .purposes = {{"p.unknown", 100}}}));
  const AnswerTable table = index_answers(layout, responses);
  EXPECT_EQ(table.allocated, (std::vector<std::uint8_t>{1, 0, 1}));
  EXPECT_EQ(std::vector<int>(table.points_of(0).begin(), table.points_of(0).end()),
            (std::vector<int>{0, 60, 40}));
  EXPECT_EQ(std::vector<int>(table.points_of(1).begin(), table.points_of(1).end()),
            (std::vector<int>{0, 0, 0}));
  EXPECT_EQ(std::vector<int>(table.points_of(2).begin(), table.points_of(2).end()),
            (std::vector<int>{0, 0, 0}));
  ASSERT_EQ(table.comments.size(), 2u) << "only the dimensions' comment items";
  EXPECT_EQ(table.comments[0].respondent, 1u);
  EXPECT_EQ(*table.comments[0].text, "På papir");
  EXPECT_EQ(table.comments[1].respondent, 2u);
  EXPECT_EQ(table.comments[1].dimension, 0u);
  EXPECT_EQ(table.comments[1].text, &responses[2].answers.comments.at("a.comment"))
      << "points into the input";
}

// row_score is dimension_score on the row, for every dimension of many varied answers: skipped items,
// "don't know", ids of every length around the word sizes the merge compares.
TEST(AnswerTableTest, RowScoresEqualDimensionScoresOverVariedAnswers) {
  Framework fw = small_framework();
  const std::vector<std::string> long_ids{"d.a-statement-id", "d.an-even-longer-statement-id", "d.s",
                                          "d.s12345"};
  Dimension d{"d", 4, testing::text("D"), testing::text("D?"), {}};
  for (const std::string& id : long_ids) d.items.push_back({id, ItemKind::statement, testing::text(id)});
  d.items.push_back({"d.importance", ItemKind::importance, testing::text("imp")});
  fw.dimensions.push_back(d);
  const AnswerLayout layout = answer_layout(fw);
  std::mt19937_64 rng(13);
  std::vector<SubmittedResponse> responses;
  for (int r = 0; r < 300; ++r) {
    ResponseAnswers a;
    for (const Dimension& dimension : fw.dimensions) {
      for (const Item& item : dimension.items) {
        const auto roll = rng() % 10;
        if (is_rated(item.kind) && roll > 1) a.values[item.id] = static_cast<int>(roll % 6);  // 0: don't know
      }
    }
    responses.push_back(in_group("G", a));
  }
  const AnswerTable table = index_answers(layout, responses);
  for (std::size_t r = 0; r < responses.size(); ++r) {
    for (std::size_t i = 0; i < fw.dimensions.size(); ++i) {
      EXPECT_EQ(row_score(layout.dimensions[i], table.row(r)),
                dimension_score(fw.dimensions[i], responses[r].answers))
          << "respondent " << r << ", dimension " << fw.dimensions[i].id;
    }
  }
}

}  // namespace
}  // namespace forkant
