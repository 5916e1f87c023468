#include "reports/xlsx_workbook.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>

namespace forkant::reports {
namespace {

// Excel format codes; Excel shows "." and "," in the reader's locale (Danish: 3,40 and 1.234).
const char* format_code(NumberFormat f) {
  switch (f) {
    case NumberFormat::integer:
      return "0";
    case NumberFormat::decimal1:
      return "0.0";
    case NumberFormat::decimal2:
      return "0.00";
    case NumberFormat::signed_decimal:
      return "+0.00;-0.00;0.00";
    case NumberFormat::percent:
      return "0%";
  }
  return "General";
}

// The length of a UTF-8 sequence from its lead byte (1 for a stray continuation byte, so it advances).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// `text` cut to at most `max_units` characters at a character boundary, counting a character outside
// the BMP as two (UTF-16, as Excel does) when `utf16` is set.
std::string cut_characters(std::string_view text, std::size_t max_units, bool utf16) {
  std::size_t units = 0, i = 0;
  while (i < text.size()) {
    const std::size_t len = std::min(sequence_length(static_cast<unsigned char>(text[i])), text.size() - i);
    const std::size_t cost = utf16 && len == 4 ? 2 : 1;
    if (units + cost > max_units) break;
    units += cost;
    i += len;
  }
  return std::string(text.substr(0, i));
}

std::string ascii_lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A private file for libxlsxwriter to write into, removed whatever happens.
class TempFile {
 public:
  TempFile() {
    std::error_code ec;
    auto dir = std::filesystem::temp_directory_path(ec);
    if (ec) dir = "/tmp";
    dir_ = dir.string();
    std::string pattern = (dir / "forkant-xlsx-XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("xlsx: cannot create a temporary file");
    ::close(fd);
    path_ = pattern;
  }
  ~TempFile() { ::unlink(path_.c_str()); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }
  const std::string& dir() const { return dir_; }

  std::string read() const {
    std::ifstream in(path_, std::ios::binary);
    if (!in) throw std::runtime_error("xlsx: cannot read the workbook back");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }

 private:
  std::string path_;
  std::string dir_;
};

// The formats a workbook uses, made once each (libxlsxwriter owns them).
class Formats {
 public:
  Formats(lxw_workbook* wb, const std::string& date_format) : wb_(wb) {
    header_ = workbook_add_format(wb);
    format_set_bold(header_);
    format_set_text_wrap(header_);
    format_set_align(header_, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(header_, LXW_BORDER_THIN);
    date_ = workbook_add_format(wb);
    format_set_num_format(date_, date_format.c_str());
    format_set_align(date_, LXW_ALIGN_VERTICAL_TOP);
    wrap_ = workbook_add_format(wb);
    format_set_text_wrap(wrap_);
    format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
    text_ = workbook_add_format(wb);
    format_set_align(text_, LXW_ALIGN_VERTICAL_TOP);
  }
  lxw_format* header() const { return header_; }
  lxw_format* date() const { return date_; }
  lxw_format* text(bool wrap) const { return wrap ? wrap_ : text_; }
  lxw_format* number(NumberFormat f) {
    auto it = numbers_.find(f);
    if (it != numbers_.end()) return it->second;
    lxw_format* fmt = workbook_add_format(wb_);
    format_set_num_format(fmt, format_code(f));
    format_set_align(fmt, LXW_ALIGN_VERTICAL_TOP);
    numbers_[f] = fmt;
    return fmt;
  }

 private:
  lxw_workbook* wb_;
  lxw_format* header_;
  lxw_format* date_;
  lxw_format* wrap_;
  lxw_format* text_;
  std::map<NumberFormat, lxw_format*> numbers_;
};

void check(lxw_error err, const char* what) {
  if (err != LXW_NO_ERROR) throw std::runtime_error(std::string("xlsx: ") + what + ": " + lxw_strerror(err));
}

void write_cell(lxw_worksheet* ws, Formats& formats, lxw_row_t row, lxw_col_t col, const XlsxCell& cell,
                bool wrap) {
  if (const auto* text = std::get_if<std::string>(&cell)) {
    // Always a string: text that starts with "=" stays text (never worksheet_write_formula).
    check(worksheet_write_string(ws, row, col, xlsx_cell_text(*text).c_str(), formats.text(wrap)),
          "write_string");
  } else if (const auto* number = std::get_if<XlsxNumber>(&cell)) {
    if (!std::isfinite(number->value)) return;  // "nan" in the sheet's XML would make the file unreadable
    check(worksheet_write_number(ws, row, col, number->value, formats.number(number->format)),
          "write_number");
  } else if (const auto* date = std::get_if<Date>(&cell)) {
    if (!date->ok()) return;
    // Excel's dates start in 1900: an earlier day is written as its ISO text rather than a wrong number.
    if (date->year() < std::chrono::year{1900}) {
      check(worksheet_write_string(ws, row, col, format_iso_date(*date).c_str(), formats.text(wrap)),
            "write_string");
      return;
    }
    lxw_datetime dt{static_cast<int>(date->year()),
                    static_cast<int>(static_cast<unsigned>(date->month())),
                    static_cast<int>(static_cast<unsigned>(date->day())),
                    0,
                    0,
                    0};
    check(worksheet_write_datetime(ws, row, col, &dt, formats.date()), "write_datetime");
  }
}

lxw_chart* add_chart(lxw_workbook* wb, const std::string& sheet_name, const XlsxChart& spec) {
  const uint8_t type = spec.kind == XlsxChart::Kind::bar    ? LXW_CHART_BAR
                       : spec.kind == XlsxChart::Kind::line ? LXW_CHART_LINE
                                                            : LXW_CHART_COLUMN;
  lxw_chart* chart = workbook_add_chart(wb, type);
  if (!chart) throw std::runtime_error("xlsx: cannot add a chart");
  // Data rows start under the header row (sheet row 1).
  const auto first = static_cast<lxw_row_t>(spec.first_row + 1);
  const auto last = static_cast<lxw_row_t>(spec.last_row + 1);
  const auto cat = static_cast<lxw_col_t>(spec.category_column);
  for (const int column : spec.series_columns) {
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    if (!series) throw std::runtime_error("xlsx: cannot add a chart series");
    const auto col = static_cast<lxw_col_t>(column);
    // Ranges, not copies: the chart follows the cells (the sheet name is quoted by the library).
    chart_series_set_categories(series, sheet_name.c_str(), first, cat, last, cat);
    chart_series_set_values(series, sheet_name.c_str(), first, col, last, col);
    chart_series_set_name_range(series, sheet_name.c_str(), 0, col);
    // A line shows its points too: a round is a point, not a stretch of time.
    if (spec.kind == XlsxChart::Kind::line) chart_series_set_marker_type(series, LXW_CHART_MARKER_AUTOMATIC);
  }
  if (!spec.title.empty()) chart_title_set_name(chart, xlsx_cell_text(spec.title).c_str());
  if (!spec.value_axis.empty()) chart_axis_set_name(chart->y_axis, xlsx_cell_text(spec.value_axis).c_str());
  if (spec.min) chart_axis_set_min(chart->y_axis, *spec.min);
  if (spec.max) chart_axis_set_max(chart->y_axis, *spec.max);
  chart_axis_set_num_format(chart->y_axis, format_code(spec.format));
  if (spec.series_columns.size() < 2) chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  return chart;
}

void write_sheet(lxw_workbook* wb, Formats& formats, const std::string& name, const XlsxSheet& sheet) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) throw std::runtime_error("xlsx: cannot add the sheet " + name);
  for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    check(worksheet_set_column(ws, col, col, sheet.columns[c].width, nullptr), "set_column");
    check(worksheet_write_string(ws, 0, col, xlsx_cell_text(sheet.columns[c].heading).c_str(),
                                 formats.header()),
          "write_string");
  }
  worksheet_freeze_panes(ws, 1, 0);
  lxw_row_t row = 1;
  for (const auto& cells : sheet.rows) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const bool wrap = c < sheet.columns.size() && sheet.columns[c].wrap;
      write_cell(ws, formats, row, static_cast<lxw_col_t>(c), cells[c], wrap);
    }
    ++row;
  }
  if (!sheet.notes.empty()) ++row;
  for (const auto& note : sheet.notes) {
    check(worksheet_write_string(ws, row++, 0, xlsx_cell_text(note).c_str(), formats.text(false)),
          "write_string");
  }
  // Charts to the right of the table, one under the other (about 16 rows each at the default size).
  const auto chart_col = static_cast<lxw_col_t>(sheet.columns.size() + 1);
  lxw_row_t chart_row = 1;
  for (const auto& spec : sheet.charts) {
    if (spec.series_columns.empty() || spec.last_row < spec.first_row) continue;
    lxw_chart* chart = add_chart(wb, name, spec);
    lxw_chart_options options{};
    options.x_scale = 1.5;
    options.y_scale = 1.5;
    std::string alt = xlsx_cell_text(spec.title);  // the chart's text alternative
    options.description = alt.data();
    check(worksheet_insert_chart_opt(ws, chart_row, chart_col, chart, &options), "insert_chart");
    chart_row += 24;
  }
}

}  // namespace

std::string xlsx_sheet_name(std::string_view wanted, const std::set<std::string>& taken) {
  std::string name;
  for (const char c : wanted) {
    name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : ' ';
  }
  // Excel refuses a name that starts or ends with an apostrophe (it quotes names with them).
  while (!name.empty() && name.front() == '\'') name.erase(0, 1);
  while (!name.empty() && name.back() == '\'') name.pop_back();
  if (name.empty()) name = "Sheet";
  std::set<std::string> lower;
  for (const auto& t : taken) lower.insert(ascii_lower(t));
  std::string candidate = cut_characters(name, kMaxSheetNameChars, false);
  for (int n = 2; lower.count(ascii_lower(candidate)) != 0; ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    candidate = cut_characters(name, kMaxSheetNameChars - suffix.size(), false) + suffix;
  }
  return candidate;
}

std::string xlsx_cell_text(std::string_view text) {
  return cut_characters(text, kMaxCellChars, true);
}

std::string render_xlsx(const XlsxWorkbook& workbook) {
  TempFile file;
  std::string tmpdir = file.dir();
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  options.tmpdir = tmpdir.data();
  lxw_workbook* wb = workbook_new_opt(file.path().c_str(), &options);
  if (!wb) throw std::runtime_error("xlsx: cannot start a workbook");

  std::string error;
  try {
    lxw_doc_properties properties{};
    std::string title = xlsx_cell_text(workbook.title), subject = xlsx_cell_text(workbook.subject);
    std::string creator = "forkant";
    properties.title = title.data();
    properties.subject = subject.data();
    properties.author = creator.data();
    check(workbook_set_properties(wb, &properties), "set_properties");
    Formats formats(wb, workbook.date_format);
    std::set<std::string> taken;
    for (const auto& sheet : workbook.sheets) {
      const std::string name = xlsx_sheet_name(sheet.name, taken);
      taken.insert(name);
      write_sheet(wb, formats, name, sheet);
    }
  } catch (const std::exception& e) {
    error = e.what();
  }
  // workbook_close frees the workbook in every case (and writes the file, which TempFile removes).
  const lxw_error closed = workbook_close(wb);
  if (!error.empty()) throw std::runtime_error(error);
  check(closed, "close");
  return file.read();
}

}  // namespace forkant::reports
