#include "domain/decisions/account_export.hpp"

#include <initializer_list>
#include <string_view>

namespace forkant {
namespace {

using nlohmann::json;

std::string csv_field(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    return std::string{field};
  }
  std::string out = "\"";
  for (const char c : field) {
    if (c == '"') {
      out += '"';
    }
    out += c;
  }
  return out + '"';
}

// Free text only: numbers, dates and enum names never start with these characters by construction.
std::string text(std::string_view field) {
  if (!field.empty() && std::string_view{"=+-@\t"}.find(field.front()) != std::string_view::npos) {
    return csv_field("'" + std::string{field});
  }
  return csv_field(field);
}

void append_row(std::string& csv, std::initializer_list<std::string> fields) {
  bool first = true;
  for (const auto& field : fields) {
    if (!first) {
      csv += ',';
    }
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

json optional_date(const std::optional<Date>& date) {
  return date ? json(format_iso_date(*date)) : json(nullptr);
}

json decisions_json(const std::vector<Decision>& decisions) {
  json list = json::array();
  for (const auto& d : decisions) {
    const DecisionDraft& c = d.content;
    list.push_back({{"id", d.id},
                    {"title", c.title},
                    {"rationale", c.rationale},
                    {"alternatives", c.alternatives},
                    {"body", c.body},
                    {"decided_on", format_iso_date(c.decided_on)},
                    {"review_on", optional_date(c.review_on)},
                    {"superseded_by", d.superseded_by_id ? json(*d.superseded_by_id) : json(nullptr)}});
  }
  return list;
}

json lessons_json(const std::vector<Lesson>& lessons) {
  json list = json::array();
  for (const auto& l : lessons) {
    list.push_back({{"step_id", l.step_id},
                    {"goal_id", l.goal_id},
                    {"goal", l.goal_title},
                    {"hypothesis", l.hypothesis},
                    {"result", l.result},
                    {"learned", l.learned},
                    {"verdict", to_string(l.verdict)},
                    {"evaluated_on", format_iso_date(l.evaluated_on)}});
  }
  return list;
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

json account_to_json(const Account& account) {
  json questions = json::array();
  for (const auto& qa : account.questions) {
    questions.push_back({{"question", qa.question},
                         {"decided", decisions_json(qa.decided)},
                         {"deselected", decisions_json(qa.deselected)},
                         {"postponed", decisions_json(qa.postponed)},
                         {"lessons", lessons_json(qa.lessons)}});
  }
  return {
      {"from", format_iso_date(account.from)}, {"to", format_iso_date(account.to)}, {"questions", questions}};
}

}  // namespace forkant
