#pragma once
// A workbook as plain data — sheets of typed cells under a header row, with native charts over their
// cells — and its printer on libxlsxwriter. The builders in src/web/reports/ fill one from the same
// results the pages show, so what the anonymity rules suppress is absent here too.
//
// Numbers are written as numbers, dates as dates and text always as text (never as a formula, whatever
// it starts with). Number formats are Excel format codes ("0.00", "0%"): the "." and "," in a code are
// placeholders that Excel shows in the reader's locale, so Danish Excel shows 3,40 and 12 %. Dates take
// the format the workbook names (the pages' table convention: dd-mm-yyyy in Danish, ISO in English).

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/date.hpp"

namespace forkant::reports {

// How a number is shown. The codes are in xlsx_workbook.cpp.
enum class NumberFormat {
  integer,         // 0
  decimal1,        // 0.0
  decimal2,        // 0.00
  signed_decimal,  // +0.00, -0.00 and 0.00
  percent,         // 0 %
};

struct XlsxNumber {
  double value = 0;
  NumberFormat format = NumberFormat::decimal2;
};

// An empty cell, a text (written as a string, even "=1+1"), a number or a date.
using XlsxCell = std::variant<std::monostate, std::string, XlsxNumber, Date>;

inline XlsxCell xlsx_number(double value, NumberFormat format = NumberFormat::decimal2) {
  return XlsxNumber{value, format};
}
inline XlsxCell xlsx_integer(long long value) {
  return XlsxNumber{static_cast<double>(value), NumberFormat::integer};
}
// A number that may be withheld: the empty cell when it is.
inline XlsxCell xlsx_optional(const std::optional<double>& value,
                              NumberFormat format = NumberFormat::decimal2) {
  return value ? xlsx_number(*value, format) : XlsxCell{};
}

struct XlsxColumn {
  std::string heading;
  double width = 12;  // in characters of the default font
  bool wrap = false;  // long text wraps in the cell instead of running on
};

// A chart over a block of the sheet's own table: one category per data row (the label in
// `category_column`), one series per column in `series_columns` (its name is that column's heading).
// `first_row` and `last_row` count data rows from 0 (the row under the header).
struct XlsxChart {
  enum class Kind { column, bar, line };
  Kind kind = Kind::column;
  std::string title;
  std::string value_axis;  // the value axis' name; may be empty
  int category_column = 0;
  std::vector<int> series_columns;
  int first_row = 0;
  int last_row = 0;
  std::optional<double> min, max;  // of the value axis; nullopt: Excel chooses
  NumberFormat format = NumberFormat::decimal2;
};

struct XlsxSheet {
  std::string name;  // made safe and unique by render_xlsx (xlsx_sheet_name)
  std::vector<XlsxColumn> columns;
  std::vector<std::vector<XlsxCell>> rows;  // under the header row; a row may be shorter than `columns`
  std::vector<std::string> notes;           // text lines under the table, after one empty row
  std::vector<XlsxChart> charts;            // placed to the right of the table, one under the other
};

struct XlsxWorkbook {
  std::string title;  // the file's document properties
  std::string subject;
  std::string date_format = "dd-mm-yyyy";  // an Excel format code for every date cell
  std::vector<XlsxSheet> sheets;
};

// Excel's limits on a cell's text and a sheet's name.
inline constexpr std::size_t kMaxCellChars = 32767;
inline constexpr std::size_t kMaxSheetNameChars = 31;

// `wanted` as a sheet name Excel accepts: without []:*?/\ (each becomes a space), without a leading or
// trailing apostrophe, at most 31 characters (cut at a character boundary), not empty, and not equal to
// any name in `taken` ignoring ASCII case (then " (2)", " (3)", ... is appended within the 31).
std::string xlsx_sheet_name(std::string_view wanted, const std::set<std::string>& taken);

// `text` cut to at most kMaxCellChars characters (UTF-16 units, as Excel counts) at a character boundary.
std::string xlsx_cell_text(std::string_view text);

// The .xlsx file's bytes. libxlsxwriter only writes files: the workbook goes to a private temporary file
// (mkstemp in the system's temp directory, mode 0600) that is read back and removed before returning,
// whether or not writing succeeded. Throws std::runtime_error when libxlsxwriter refuses.
std::string render_xlsx(const XlsxWorkbook& workbook);

}  // namespace forkant::reports
