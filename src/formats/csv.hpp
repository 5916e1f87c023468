#pragma once
// RFC 4180 CSV: quoted fields, doubled quotes, separators and line breaks inside quotes, CRLF or LF.
// Rows are numbered as a spreadsheet numbers them: the header is row 1, and a quoted line break does not
// start a new row.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace forkant {

struct CsvRow {
  int row = 0;  // 1-based
  std::vector<std::string> fields;
};

// Splits `text` into rows; empty lines are skipped but counted. At most `max_rows` rows after the header.
// Errors: csv_unterminated_quote (row), csv_text_after_quote (row), csv_too_many_rows (max).
Result<std::vector<CsvRow>> parse_csv(std::string_view text, char separator, std::size_t max_rows);

// The separator a header line uses: ';' (Danish Excel) when it has more semicolons than commas, else ','.
char detect_separator(std::string_view text);

// One field for writing: quoted when it holds the separator, a quote or a line break.
std::string csv_field(std::string_view value, char separator);

// A text field that a spreadsheet must not take for a formula (OWASP "CSV injection"): a leading
// = + - @ or tab gets a ' in front.
std::string csv_text_field(std::string_view value, char separator);

}  // namespace forkant
