// The results JSON of two fixed, varied rounds on the built-in framework, pinned byte for byte
// (tests/unit/formats/expected/results_pinned.json): whatever compute_results does inside, what the API
// and the pages show must not change unnoticed. The rounds hold what the aggregation has to get right
// together: "don't know", skipped items, comments, purpose allocations and their absence, paper forms
// typed in by two people and by someone unknown, a group under k, a group left out of the whole round, a
// group missing from the round's list, top management, and a previous round for the trends.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "formats/framework_toml.hpp"
#include "formats/results_json.hpp"

namespace forkant {
namespace {

const std::string kFrameworkPath = std::string(FORKANT_SOURCE_DIR) + "/frameworks/ti-spoergsmaal-v2.toml";
const std::string kExpectedPath =
    std::string(FORKANT_SOURCE_DIR) + "/tests/unit/formats/expected/results_pinned.json";

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Framework builtin() {
  FrameworkParse parsed = parse_framework(read_file(kFrameworkPath), kFrameworkPath);
  EXPECT_TRUE(parsed.ok());
  return parsed.ok() ? *parsed.framework : Framework{};
}

// The raw output of mt19937_64 is fixed by the standard (its distributions are not), so the rounds are
// the same with every standard library.
class Draw {
 public:
  explicit Draw(std::uint64_t seed) : rng_(seed) {}
  int below(int n) { return static_cast<int>(rng_() % static_cast<std::uint64_t>(n)); }

  // `level` 1..5: the rating the respondent leans to; 6 % "don't know", 2 % skipped.
  ResponseAnswers respondent(const Framework& fw, int level, int number) {
    ResponseAnswers a;
    for (const Dimension& d : fw.dimensions) {
      const int lean = std::clamp(level + below(3) - 1, kScaleMin, kScaleMax);
      for (const Item& item : d.items) {
        const int roll = below(100);
        if (item.kind == ItemKind::comment) {
          if (roll < 10) a.comments[item.id] = "Kommentar " + std::to_string(number) + " til " + d.id;
          continue;
        }
        if (roll < 2) continue;
        a.values[item.id] = roll < 8 ? kDontKnow : std::clamp(lean + below(3) - 1, kScaleMin, kScaleMax);
      }
    }
    if (below(100) < 85) {  // the allocation: 100 points in steps of 10 over a few purposes
      for (int left = 10; left > 0; --left) a.purposes[fw.purposes[below(3)].id] += 10;
    }
    return a;
  }

  void add(RoundInput& round, const Framework& fw, const std::string& group, int count, int level,
           const char* typed_by = nullptr) {
    for (int i = 0; i < count; ++i) {
      SubmittedResponse r{group, respondent(fw, level, static_cast<int>(round.responses.size())), {}};
      if (typed_by) r.entered_by = typed_by;
      round.responses.push_back(std::move(r));
    }
  }

 private:
  std::mt19937_64 rng_;
};

nlohmann::json pinned_results() {
  const Framework fw = builtin();
  nlohmann::json out = nlohmann::json::array();
  {
    // k = 3, every group shown, top management marked, a previous round without one of the groups.
    Draw draw(20261206);
    RoundInput round{{"direktion", "chefer", "medarbejdere", "politikere"}, {}, 3, "direktion"};
    draw.add(round, fw, "medarbejdere", 30, 2);
    draw.add(round, fw, "direktion", 5, 4);
    draw.add(round, fw, "chefer", 11, 3);
    draw.add(round, fw, "direktion", 2, 4, "Anne");
    draw.add(round, fw, "medarbejdere", 3, 2, "Bo");
    draw.add(round, fw, "medarbejdere", 1, 3, "");
    draw.add(round, fw, "politikere", 4, 3);
    PreviousRound previous{fw.id, fw.version, {{"direktion", "chefer", "medarbejdere"}, {}, 3, "direktion"}};
    draw.add(previous.round, fw, "medarbejdere", 25, 2);
    draw.add(previous.round, fw, "chefer", 9, 2);
    draw.add(previous.round, fw, "direktion", 6, 4);
    out.push_back(results_to_json(compute_results(fw, round, &previous)));
  }
  {
    // k = 5: a group of 2 (left out of the whole), a group of paper forms alone, a group not in the
    // round's list, a previous round whose group of 3 is suppressed.
    Draw draw(7);
    RoundInput round{{"direktion", "chefer", "medarbejdere"}, {}, 5, "direktion"};
    draw.add(round, fw, "medarbejdere", 14, 3);
    draw.add(round, fw, "direktion", 2, 5);
    draw.add(round, fw, "chefer", 6, 1, "Anne");
    draw.add(round, fw, "borgere", 7, 2);
    PreviousRound previous{fw.id, fw.version, {{"direktion", "chefer", "medarbejdere"}, {}, 5, "direktion"}};
    draw.add(previous.round, fw, "medarbejdere", 12, 2);
    draw.add(previous.round, fw, "chefer", 3, 2);
    draw.add(previous.round, fw, "borgere", 8, 3);
    out.push_back(results_to_json(compute_results(fw, round, &previous)));
  }
  return out;
}

TEST(ResultsPinnedTest, TwoVariedRoundsGiveExactlyThePinnedJson) {
  const std::string expected = read_file(kExpectedPath);
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(pinned_results().dump(1) + "\n", expected);
}

}  // namespace
}  // namespace forkant
