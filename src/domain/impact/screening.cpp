#include "domain/impact/screening.hpp"

#include <algorithm>
#include <variant>

#include "domain/impact/answer_check.hpp"

namespace forkant {
namespace {

bool chosen(const AnswerValue& answer, const std::string& value) {
  if (const auto* one = std::get_if<std::string>(&answer)) return *one == value;
  if (const auto* many = std::get_if<std::vector<std::string>>(&answer))
    return std::find(many->begin(), many->end(), value) != many->end();
  return false;  // a boolean names no choice
}

}  // namespace

// Choices in file order, not answer order, so that the same answers always give the same list.
std::vector<Finding> screening_findings(const Screening& screening, const Answers& answers) {
  const Answers visible = visible_answers(screening.questionnaire, answers);
  std::vector<Finding> findings;
  for (const QuestionRef& ref : all_questions(screening.questionnaire)) {
    const auto answer = visible.find(ref.element->name);
    if (answer == visible.end()) continue;
    for (const Choice& choice : ref.element->choices) {
      if (!chosen(answer->second, choice.value)) continue;
      for (const std::string& key : choice.findings) {
        const auto known = screening.findings.find(key);
        const bool seen =
            std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.key == key; });
        if (known == screening.findings.end() || seen) continue;
        Finding finding = known->second;
        finding.source = ref.element->name;
        findings.push_back(std::move(finding));
      }
    }
  }
  return findings;
}

}  // namespace forkant
