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

// The CSV files forkant writes come in two dialects.
enum class CsvDialect {
  standard,      // ',' between fields, '.' in numbers, no BOM
  danish_excel,  // ';' between fields, ',' in numbers, UTF-8 BOM so Excel reads æ, ø and å
};
char csv_separator(CsvDialect dialect);
// The UTF-8 byte order mark for danish_excel, else "".
std::string_view csv_preamble(CsvDialect dialect);

// One field for writing: quoted when it holds the separator, a quote or a line break. For numbers, dates,
// ids and machine names; text that people typed goes through csv_text_field.
std::string csv_field(std::string_view value, char separator);

// Appends one record of already written fields (csv_field, csv_text_field) to `out`: the fields joined by
// `separator`, ended by CR LF as RFC 4180 has it.
void append_csv_record(std::string& out, const std::vector<std::string>& fields, char separator);

// Whether a spreadsheet could take `value` for a formula (OWASP "CSV injection"): it begins with
// = + - @, tab, CR or LF, or with spaces, tabs, CRs and LFs followed by = + - @.
bool csv_formula_risk(std::string_view value);

// A text field as csv_field, with a ' in front when csv_formula_risk(value), so that a spreadsheet shows
// it instead of evaluating it. The one guard of every CSV forkant writes (results, account, links).
std::string csv_text_field(std::string_view value, char separator);

}  // namespace forkant
