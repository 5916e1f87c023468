#pragma once
// The account as files for people who work on in a spreadsheet or a program. Field and column names
// are English machine names, values are the texts as entered (UTF-8); the translated, readable form
// is the web page.

#include <nlohmann/json.hpp>
#include <string>

#include "domain/decisions/account.hpp"

namespace forkant {

// RFC 4180: a header row, then one row per (question, entry), CRLF line ends, fields quoted when they
// hold a comma, quote, CR or LF, quotes doubled. Columns:
//   question,kind,date,id,title,rationale,alternatives,body,superseded_by,goal,result,learned,verdict
// kind is decided|deselected|postponed|lesson; a lesson's date is its evaluation date, its id the
// step's, its title the step's hypothesis. A text field that begins with = + - @ or a tab is prefixed
// with ' so that a spreadsheet shows it instead of evaluating it as a formula (CSV injection).
std::string account_to_csv(const Account& account);

// {"from": "YYYY-MM-DD", "to": ..., "questions": [{"question": 1, "decided": [...], "deselected":
// [...], "postponed": [...], "lessons": [...]}, ...]}; decision entries carry id, title, rationale,
// alternatives, body, decided_on, review_on, superseded_by (or null); lessons carry step_id, goal_id,
// goal, hypothesis, result, learned, verdict, evaluated_on.
nlohmann::json account_to_json(const Account& account);

}  // namespace forkant
