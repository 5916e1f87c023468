// Micro-benchmarks of the scoring code in src/domain/assessment/ (Google Benchmark): one respondent's
// dimension scores, the statistics of one sample, a closed round's results (aggregation, anonymity rules,
// trend against the previous round, as the results page needs them) for the 200-respondent round that
// bench/run measures over HTTP and for a big round, and the results as JSON. Each has a ceiling beside it
// (BM_Ceiling*): the least work the same answers need, one plain pass over them, so the ratio shows what
// the rules cost on top.
//
//   scoring_bench [--benchmark_filter=REGEX] [--benchmark_format=json]
#include <benchmark/benchmark.h>

#include <fstream>
#include <map>
#include <numeric>
#include <sstream>
#include <stdexcept>

#include "answer_model.hpp"
#include "domain/assessment/answer_table.hpp"
#include "domain/assessment/results.hpp"
#include "domain/assessment/scoring.hpp"
#include "domain/assessment/statistics.hpp"
#include "formats/framework_toml.hpp"
#include "formats/results_json.hpp"

namespace forkant::bench {
namespace {

constexpr int kMeasured = 200;  // the round bench/run measures
constexpr int kBig = 10000;     // a national round: fifty times the measured one

const Framework& framework() {
  static const Framework fw = [] {
    // The latest version of the built-in framework, the one new rounds use.
    const std::string path = std::string(FORKANT_SOURCE_DIR) + "/frameworks/ti-spoergsmaal-v2.toml";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    auto parsed = parse_framework(text.str(), path);
    if (!parsed.ok()) throw std::runtime_error(format_problem(path, parsed.problems.front()));
    return std::move(*parsed.framework);
  }();
  return fw;
}

// A round of `n` respondents and the same organisation's round a year earlier, from a fixed seed.
struct RoundFixture {
  RoundInput current;
  PreviousRound previous;
};

RoundInput draw_round(const AnswerModel& model, const OrgProfile& org, int n, double years, Rng& rng) {
  RoundInput round{standard_group_names(), {}, 3};
  const std::vector<int> counts = split_by_group(n);
  for (std::size_t g = 0; g < counts.size(); ++g) {
    for (int i = 0; i < counts[g]; ++i) {
      round.responses.push_back(
          {standard_groups()[g].name, model.draw(org, standard_groups()[g], years, rng)});
    }
  }
  return round;
}

const RoundFixture& round_of(int n) {
  static std::map<int, RoundFixture> fixtures;
  auto it = fixtures.find(n);
  if (it != fixtures.end()) return it->second;
  Rng rng(20261126 + static_cast<std::uint64_t>(n));
  const AnswerModel model(framework());
  const OrgProfile org = model.draw_org(rng);
  RoundFixture f{draw_round(model, org, n, 1, rng),
                 {framework().id, framework().version, draw_round(model, org, n * 9 / 10, 0, rng)}};
  return fixtures.emplace(n, std::move(f)).first->second;
}

// The sample the statistics see: respondents' scores of one dimension.
std::vector<double> scores_of(int n) {
  std::vector<double> xs;
  for (const auto& r : round_of(n).current.responses) {
    if (auto s = dimension_score(framework().dimensions.front(), r.answers)) xs.push_back(*s);
  }
  return xs;
}

void BM_DimensionScores(benchmark::State& state) {
  const auto& responses = round_of(kMeasured).current.responses;
  std::size_t i = 0;
  for (auto _ : state) {
    const ResponseAnswers& a = responses[i++ % responses.size()].answers;
    for (const Dimension& d : framework().dimensions) benchmark::DoNotOptimize(dimension_score(d, a));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DimensionScores);

// The same scores as compute_results gets them: the respondent's answers indexed into a row (one merge
// with the framework's ids; a table of one row, so its allocations count here), then the ten row scores.
void BM_RowScores(benchmark::State& state) {
  const auto& responses = round_of(kMeasured).current.responses;
  const AnswerLayout layout = answer_layout(framework());
  std::size_t i = 0;
  for (auto _ : state) {
    const AnswerTable table = index_answers(layout, {&responses[i++ % responses.size()], 1});
    for (const auto& d : layout.dimensions) benchmark::DoNotOptimize(row_score(d, table.row(0)));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RowScores);

// Ceiling: read every value of one respondent once.
void BM_CeilingRespondentPass(benchmark::State& state) {
  const auto& responses = round_of(kMeasured).current.responses;
  std::size_t i = 0;
  for (auto _ : state) {
    const ResponseAnswers& a = responses[i++ % responses.size()].answers;
    int sum = 0;
    for (const auto& [id, v] : a.values) sum += v;
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CeilingRespondentPass);

void BM_Summarize(benchmark::State& state) {
  const std::vector<double> xs = scores_of(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(summarize(xs));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(xs.size()));
}
BENCHMARK(BM_Summarize)->Arg(kMeasured)->Arg(kBig);

// Ceiling: the mean alone, one pass (summarize also selects the median in a copy).
void BM_CeilingMean(benchmark::State& state) {
  const std::vector<double> xs = scores_of(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(std::accumulate(xs.begin(), xs.end(), 0.0) / xs.size());
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(xs.size()));
}
BENCHMARK(BM_CeilingMean)->Arg(kMeasured)->Arg(kBig);

void BM_ComputeResults(benchmark::State& state) {
  const RoundFixture& f = round_of(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(compute_results(framework(), f.current, &f.previous));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(f.current.responses.size() +
                                                                         f.previous.round.responses.size()));
}
BENCHMARK(BM_ComputeResults)->Arg(kMeasured)->Arg(kBig)->Unit(benchmark::kMicrosecond);

// Ceiling: read every answer of both rounds once.
void BM_CeilingRoundPass(benchmark::State& state) {
  const RoundFixture& f = round_of(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    long sum = 0;
    for (const auto* round : {&f.current, &f.previous.round}) {
      for (const auto& r : round->responses) {
        for (const auto& [id, v] : r.answers.values) sum += v;
        for (const auto& [id, p] : r.answers.purposes) sum += p;
      }
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(f.current.responses.size() +
                                                                         f.previous.round.responses.size()));
}
BENCHMARK(BM_CeilingRoundPass)->Arg(kMeasured)->Arg(kBig)->Unit(benchmark::kMicrosecond);

// Ceiling that reads what any statistic per item needs at the least: every answer's id (its length and
// last byte: where the ids of one dimension differ) and value, once. BM_CeilingRoundPass reads the values
// alone, which tells nobody which item a value answers.
void BM_CeilingRoundRead(benchmark::State& state) {
  const RoundFixture& f = round_of(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    long sum = 0;
    for (const auto* round : {&f.current, &f.previous.round}) {
      for (const auto& r : round->responses) {
        for (const auto& [id, v] : r.answers.values) sum += v + static_cast<long>(id.size()) + id.back();
        for (const auto& [id, p] : r.answers.purposes) sum += p + static_cast<long>(id.size()) + id.back();
      }
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(f.current.responses.size() +
                                                                         f.previous.round.responses.size()));
}
BENCHMARK(BM_CeilingRoundRead)->Arg(kMeasured)->Arg(kBig)->Unit(benchmark::kMicrosecond);

// The index alone: both rounds' answers in flat rows, what compute_results reads the maps for (the rest
// of it reads the rows); beside BM_CeilingRoundRead.
void BM_IndexAnswers(benchmark::State& state) {
  const RoundFixture& f = round_of(static_cast<int>(state.range(0)));
  const AnswerLayout layout = answer_layout(framework());
  for (auto _ : state) {
    benchmark::DoNotOptimize(index_answers(layout, f.current.responses));
    benchmark::DoNotOptimize(index_answers(layout, f.previous.round.responses));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(f.current.responses.size() +
                                                                         f.previous.round.responses.size()));
}
BENCHMARK(BM_IndexAnswers)->Arg(kMeasured)->Arg(kBig)->Unit(benchmark::kMicrosecond);

void BM_ResultsJson(benchmark::State& state) {
  const RoundFixture& f = round_of(kMeasured);
  const RoundResults results = compute_results(framework(), f.current, &f.previous);
  for (auto _ : state) benchmark::DoNotOptimize(results_to_json(results).dump());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ResultsJson)->Unit(benchmark::kMicrosecond);

// Ceiling: serialising the same JSON, already built.
void BM_CeilingJsonDump(benchmark::State& state) {
  const RoundFixture& f = round_of(kMeasured);
  const nlohmann::json built = results_to_json(compute_results(framework(), f.current, &f.previous));
  for (auto _ : state) benchmark::DoNotOptimize(built.dump());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CeilingJsonDump)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace forkant::bench

BENCHMARK_MAIN();
