#include "formats/account_csv.hpp"

#include <initializer_list>
#include <string_view>

#include "formats/csv.hpp"

namespace forkant {
namespace {

constexpr char kSeparator = ',';

// Free text that people typed.
std::string text(std::string_view field) {
  return csv_text_field(field, kSeparator);
}

void append_row(std::string& csv, std::initializer_list<std::string> fields) {
  bool first = true;
  for (const auto& field : fields) {
    if (!first) csv += kSeparator;
    csv += field;
    first = false;
  }
  csv += "\r\n";
}

void append_decisions(std::string& csv, int question, const std::vector<Decision>& decisions) {
  for (const auto& d : decisions) {
    const DecisionDraft& c = d.content;
    append_row(csv,
               {std::to_string(question), std::string{to_string(c.kind)}, format_iso_date(c.decided_on),
                std::to_string(d.id), text(c.title), text(c.rationale), text(c.alternatives), text(c.body),
                d.superseded_by_id ? std::to_string(*d.superseded_by_id) : "", "", "", "", ""});
  }
}

void append_lessons(std::string& csv, int question, const std::vector<Lesson>& lessons) {
  for (const auto& l : lessons) {
    append_row(csv, {std::to_string(question), "lesson", format_iso_date(l.evaluated_on),
                     std::to_string(l.step_id), text(l.hypothesis), "", "", "", "", text(l.goal_title),
                     text(l.result), text(l.learned), std::string{to_string(l.verdict)}});
  }
}

}  // namespace

std::string account_to_csv(const Account& account) {
  std::string csv;
  append_row(csv, {"question", "kind", "date", "id", "title", "rationale", "alternatives", "body",
                   "superseded_by", "goal", "result", "learned", "verdict"});
  for (const auto& qa : account.questions) {
    append_decisions(csv, qa.question, qa.decided);
    append_decisions(csv, qa.question, qa.deselected);
    append_decisions(csv, qa.question, qa.postponed);
    append_lessons(csv, qa.question, qa.lessons);
  }
  return csv;
}

}  // namespace forkant
