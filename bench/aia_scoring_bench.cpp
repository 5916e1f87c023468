// Micro-benchmark of Canada's AIA scoring (src/domain/impact/aia_scoring.hpp) on the real questionnaire,
// read from ../shared/data/aia (not committed): one full, realistic answer set — every question a person
// could see answered, a comment where there is a box — scored under the current rule, alone and with the
// visibility pass a stored assessment needs first. Its ceiling reads every answer once.
#include <benchmark/benchmark.h>

#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>

#include "domain/impact/aia_scoring.hpp"
#include "domain/impact/answer_check.hpp"
#include "formats/surveyjs_json.hpp"

namespace forkant::bench {
namespace {

const std::string& aia_path() {
  static const std::string path = std::string(FORKANT_SOURCE_DIR) + "/../shared/data/aia/survey-enfr.json";
  return path;
}

// nullptr when the file is not beside the checkout: the AIA rows are then skipped, the others still run.
const Questionnaire* aia_or_null() {
  static const std::optional<Questionnaire> q = []() -> std::optional<Questionnaire> {
    std::ifstream in(aia_path(), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    auto imported = import_surveyjs(text.str(), "aia", "1.0.1");
    if (!imported) throw std::runtime_error(aia_path() + ": " + imported.error().params.at("reason"));
    return std::move(*imported);
  }();
  return q ? &*q : nullptr;
}

const Questionnaire& aia() {
  return *aia_or_null();
}

bool skipped(benchmark::State& state) {
  if (aia_or_null() != nullptr) return false;
  state.SkipWithError((aia_path() + " not found").c_str());
  return true;
}

// Every question answered from a fixed seed (a third of each checkbox's choices, a 200-character comment),
// then what a person could not have seen left out, as a stored assessment holds it.
const Answers& answers() {
  static const Answers a = [] {
    std::mt19937 rng(20261206);
    Answers all;
    for (const auto& ref : all_questions(aia())) {
      const Element& e = *ref.element;
      if (e.type == ElementType::checkbox) {
        std::vector<std::string> picked;
        for (const auto& c : e.choices) {
          if (rng() % 3 == 0) picked.push_back(c.value);
        }
        all[e.name] = picked;
      } else if (!e.choices.empty()) {
        all[e.name] = e.choices[rng() % e.choices.size()].value;
      } else if (e.type == ElementType::comment || e.type == ElementType::text) {
        all[e.name] = std::string(200, 'x');
      } else if (e.type == ElementType::boolean) {
        all[e.name] = true;
      }
    }
    return visible_answers(aia(), all);
  }();
  return a;
}

void BM_AiaScore(benchmark::State& state) {
  if (skipped(state)) return;
  for (auto _ : state) benchmark::DoNotOptimize(score_aia(aia(), answers(), kAiaLatestRule));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AiaScore);

// What recomputing a stored assessment costs: the visibility pass, then the score.
void BM_AiaScoreVisible(benchmark::State& state) {
  if (skipped(state)) return;
  for (auto _ : state) {
    benchmark::DoNotOptimize(score_aia(aia(), visible_answers(aia(), answers()), kAiaLatestRule));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AiaScoreVisible)->Unit(benchmark::kMicrosecond);

// Ceiling: read every answer's text once.
void BM_CeilingAiaAnswerPass(benchmark::State& state) {
  if (skipped(state)) return;
  for (auto _ : state) {
    std::size_t bytes = 0;
    for (const auto& [name, value] : answers()) {
      if (const auto* s = std::get_if<std::string>(&value)) bytes += s->size();
      if (const auto* l = std::get_if<std::vector<std::string>>(&value)) {
        for (const auto& v : *l) bytes += v.size();
      }
    }
    benchmark::DoNotOptimize(bytes);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CeilingAiaAnswerPass);

}  // namespace
}  // namespace forkant::bench
