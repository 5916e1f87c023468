// import_surveyjs (SurveyJS questionnaires: Canada's AIA) and the visibleIf conditions it accepts.
// Oracles: a refusal has a code, a path and a reason; an accepted file's every choice is a valid answer,
// it scores under both rules with a level 1..4 and maxima no smaller than the answers; visible_answers
// only ever drops answers; a condition check_condition refuses never holds.
#include <cstddef>
#include <cstdint>
#include <string>

#include "domain/impact/aia_scoring.hpp"
#include "domain/impact/answer_check.hpp"
#include "domain/impact/condition.hpp"
#include "domain/utf8.hpp"
#include "formats/surveyjs_json.hpp"
#include "fuzz_check.hpp"

namespace {

// Every question answered with its last choice (checkboxes: all of them), so conditions have answers.
forkant::Answers answer_everything(const forkant::Questionnaire& q) {
  forkant::Answers answers;
  for (const auto& ref : forkant::all_questions(q)) {
    const auto& e = *ref.element;
    if (e.choices.empty()) continue;
    if (e.type == forkant::ElementType::checkbox) {
      std::vector<std::string> all;
      for (const auto& c : e.choices) all.push_back(c.value);
      answers[e.name] = all;
    } else {
      answers[e.name] = e.choices.back().value;
    }
    FUZZ_CHECK(forkant::check_answer(q, e.name, answers[e.name]).ok(), "a choice of the file is refused");
  }
  return answers;
}

void check_scores(const forkant::Questionnaire& q, const forkant::Answers& answers) {
  for (int rule : {1, 2}) {
    const auto s = forkant::score_aia(q, answers, rule);
    FUZZ_CHECK(s.ok(), "a known rule refused");
    FUZZ_CHECK(s->level >= 1 && s->level <= 4, "level outside 1..4");
    FUZZ_CHECK(!(s->raw_risk > s->max_raw_risk) || s->max_raw_risk != s->max_raw_risk,
               "raw risk above its maximum");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  if (!forkant::check_condition(s).ok())
    FUZZ_CHECK(!forkant::condition_holds(s, {}), "a refused condition holds");
  const auto q = forkant::import_surveyjs(s, "aia", "fuzz");
  if (!q.ok()) {
    const auto& e = q.error();
    FUZZ_CHECK(!e.code.empty() && e.key == "error." + e.code, "refusal without code or key");
    FUZZ_CHECK(e.params.contains("path") && e.params.contains("reason"), "refusal without path or reason");
    for (const auto& [k, v] : e.params)
      FUZZ_CHECK(forkant::is_valid_utf8(v), "a refusal's text is not UTF-8");
    fuzz_sink(e.params.at("reason"));
    return 0;
  }
  FUZZ_CHECK(!q->pages.empty(), "a questionnaire without pages");
  const auto answers = answer_everything(*q);
  check_scores(*q, answers);
  const auto visible = forkant::visible_answers(*q, answers);
  FUZZ_CHECK(visible.size() <= answers.size(), "visible_answers added answers");
  for (const auto& [name, value] : visible)
    FUZZ_CHECK(answers.at(name) == value, "visible_answers changed one");
  check_scores(*q, visible);
  return 0;
}
