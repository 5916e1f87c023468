#pragma once
// The account (what management decided, deliberately did not pursue, postponed and learned, per question)
// as CSV for people who work on in a spreadsheet. The downloads use the labelled form below (the reader's
// language, the dialect of results.csv); the form with English machine names stays for programs and
// tests. The JSON form is formats/account_json.hpp.

#include <array>
#include <map>
#include <string>

#include "domain/decisions/account.hpp"
#include "formats/csv.hpp"

namespace forkant {

// RFC 4180: a header row, then one row per (question, entry), CRLF line ends, fields quoted when they
// hold a comma, quote, CR or LF, quotes doubled. Columns:
//   question,kind,date,id,title,rationale,alternatives,body,superseded_by,goal,result,learned,verdict
// kind is decided|deselected|postponed|lesson; a lesson's date is its evaluation date, its id the
// step's, its title the step's hypothesis. Every text field goes through csv_text_field, so one that a
// spreadsheet could take for a formula gets a ' in front (CSV injection).
std::string account_to_csv(const Account& account);

// The same rows for people in a spreadsheet, in the dialect of results.csv (CsvDialect: ';', UTF-8 BOM in
// Danish) and in the reader's language: the header, the kind, the question and the verdict are the
// labels given here, never the machine names. Dates stay ISO 8601, which every spreadsheet reads as a date.
struct AccountCsvLabels {
  std::array<std::string, 13> columns;  // the header, in the column order above
  std::string decided, deselected, postponed, lesson;
  std::map<int, std::string> questions;     // 1..10 -> "2. Title"; a missing one is written as its number
  std::map<Verdict, std::string> verdicts;  // a missing one is written as its machine name
};
std::string account_to_csv(const Account& account, const AccountCsvLabels& labels, CsvDialect dialect);

}  // namespace forkant
