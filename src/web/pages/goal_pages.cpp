// What the goal forms share: reading a goal's fields from a form.
#include "web/ids.hpp"
#include "web/pages/decisions_pages.hpp"

namespace forkant::web::pages {

Status read_goal_form(const Form& form, Goal& goal) {
  goal.title = form.get("title");
  goal.description = form.get("description");
  goal.horizon = parse_iso_date(form.get("horizon")).value_or(Date{});
  goal.questions.clear();
  std::optional<Error> problem;
  for (const auto& q : form.all("questions")) {
    const auto n = parse_number(q, 999);
    if (!n) {
      if (!problem) problem = Error::invalid("unknown_question", "error.unknown_question", {{"question", q}});
      continue;
    }
    goal.questions.insert(*n);
  }
  if (problem) return *problem;
  return ok_status();
}

}  // namespace forkant::web::pages
