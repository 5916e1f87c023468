#pragma once
// The account as JSON for people who work on in a program (the CSV is formats/account_csv.hpp). Field
// names are English machine names, values are the texts as entered (UTF-8); the translated, readable
// form is the web page.

#include <nlohmann/json.hpp>
#include <string>

#include "domain/decisions/account.hpp"

namespace forkant {

// {"from": "YYYY-MM-DD", "to": ..., "questions": [{"question": 1, "decided": [...], "deselected":
// [...], "postponed": [...], "lessons": [...]}, ...]}; decision entries carry id, title, rationale,
// alternatives, body, decided_on, review_on, superseded_by (or null); lessons carry step_id, goal_id,
// goal, hypothesis, result, learned, verdict, evaluated_on.
nlohmann::json account_to_json(const Account& account);

}  // namespace forkant
