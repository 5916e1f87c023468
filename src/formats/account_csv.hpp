#pragma once
// The account (what management decided, deliberately did not pursue, postponed and learned, per question)
// as CSV for people who work on in a spreadsheet. Column names are English machine names, values the
// texts as entered (UTF-8); the translated, readable form is the web page, the JSON form
// formats/account_json.hpp.

#include <string>

#include "domain/decisions/account.hpp"

namespace forkant {

// RFC 4180: a header row, then one row per (question, entry), CRLF line ends, fields quoted when they
// hold a comma, quote, CR or LF, quotes doubled. Columns:
//   question,kind,date,id,title,rationale,alternatives,body,superseded_by,goal,result,learned,verdict
// kind is decided|deselected|postponed|lesson; a lesson's date is its evaluation date, its id the
// step's, its title the step's hypothesis. Every text field goes through csv_text_field, so one that a
// spreadsheet could take for a formula gets a ' in front (CSV injection).
std::string account_to_csv(const Account& account);

}  // namespace forkant
