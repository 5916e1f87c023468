#include "formats/account_json.hpp"

namespace forkant {
namespace {

using nlohmann::json;

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
