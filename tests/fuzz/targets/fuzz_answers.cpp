// validate_partial / validate_for_submit / merge_answers on answers built from the input, with ids drawn
// mostly from the built-in framework. Oracles: validate_for_submit implies validate_partial; a validated
// answer set keeps every value in range; merging a patch and then its inverse restores the answers.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "builtin_framework.hpp"
#include "domain/assessment/answers.hpp"
#include "fuzz_check.hpp"

namespace {

const std::vector<std::string>& ids() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> v;
    const auto& fw = builtin_framework();
    for (const auto& d : fw.dimensions) {
      v.push_back(d.id);
      for (const auto& i : d.items) v.push_back(i.id);
    }
    for (const auto& p : fw.purposes) v.push_back(p.id);
    return v;
  }();
  return all;
}

std::string pick_id(FuzzedDataProvider& in) {
  if (in.ConsumeIntegralInRange<int>(0, 15) == 0) return in.ConsumeRandomLengthString(12);
  return ids()[in.ConsumeIntegralInRange<std::size_t>(0, ids().size() - 1)];
}

int pick_value(FuzzedDataProvider& in) {
  if (in.ConsumeBool()) return in.ConsumeIntegralInRange<int>(-1, 101);
  return in.ConsumeIntegral<int>();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  const auto& fw = builtin_framework();
  forkant::ResponseAnswers answers;
  const int n = in.ConsumeIntegralInRange<int>(0, 24);
  for (int i = 0; i < n && in.remaining_bytes(); ++i) {
    switch (in.ConsumeIntegralInRange<int>(0, 2)) {
      case 0:
        answers.values[pick_id(in)] = pick_value(in);
        break;
      case 1:
        answers.comments[pick_id(in)] = in.ConsumeRandomLengthString(2100);
        break;
      default:
        answers.purposes[pick_id(in)] = pick_value(in);
        break;
    }
  }
  const auto partial = forkant::validate_partial(fw, answers);
  const auto submit = forkant::validate_for_submit(fw, answers);
  if (submit.ok()) FUZZ_CHECK(partial.ok(), "submit-valid but not partial-valid");
  if (partial.ok()) {
    for (const auto& [id, v] : answers.values) {
      FUZZ_CHECK(v == forkant::kDontKnow || (v >= forkant::kScaleMin && v <= forkant::kScaleMax),
                 "value out of range");
    }
    for (const auto& [id, p] : answers.purposes) FUZZ_CHECK(p >= 0 && p <= 100, "points out of range");
  } else {
    FUZZ_CHECK(partial.error().key == "error." + partial.error().code, "error key does not match its code");
  }

  // A patch that sets one value, then a patch that removes it again.
  forkant::AnswersPatch set, unset;
  const std::string id = pick_id(in);
  set.values[id] = pick_value(in);
  unset.values[id] = std::nullopt;
  auto merged = forkant::merge_answers(answers, set);
  FUZZ_CHECK(merged.values.at(id) == *set.values[id], "merge did not set the value");
  auto restored = forkant::merge_answers(merged, unset);
  auto expected = answers;
  expected.values.erase(id);
  std::erase_if(expected.comments, [](const auto& e) { return e.second.empty(); });
  FUZZ_CHECK(restored == expected, "set + unset did not restore the answers");
  return 0;
}
