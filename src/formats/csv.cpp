#include "formats/csv.hpp"

#include <algorithm>
#include <utility>

namespace forkant {
namespace {

Error csv_error(std::string code, std::string param, std::size_t value) {
  std::string key = "error." + code;
  return Error::invalid(std::move(code), std::move(key), {{std::move(param), std::to_string(value)}});
}

bool at_line_end(std::string_view text, std::size_t i) {
  return i < text.size() && (text[i] == '\n' || text[i] == '\r');
}

// Consumes "\n", "\r\n" or "\r" at `i`.
std::size_t skip_line_end(std::string_view text, std::size_t i) {
  if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') return i + 2;
  return i + 1;
}

// Reads the quoted field opening at `i`; returns the index after the closing quote or npos when unclosed.
std::size_t read_quoted(std::string_view text, std::size_t i, std::string& field) {
  for (++i; i < text.size(); ++i) {
    if (text[i] != '"') {
      field += text[i];
    } else if (i + 1 < text.size() && text[i + 1] == '"') {
      field += '"';
      ++i;
    } else {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

}  // namespace

Result<std::vector<CsvRow>> parse_csv(std::string_view text, char separator, std::size_t max_rows) {
  std::vector<CsvRow> rows;
  int row = 1;
  std::size_t i = 0;
  while (i < text.size()) {
    CsvRow record{row, {}};
    bool quoted_any = false;
    while (true) {
      std::string field;
      if (i < text.size() && text[i] == '"') {
        quoted_any = true;
        i = read_quoted(text, i, field);
        if (i == std::string_view::npos) return csv_error("csv_unterminated_quote", "row", row);
        if (i < text.size() && text[i] != separator && !at_line_end(text, i)) {
          return csv_error("csv_text_after_quote", "row", row);
        }
      } else {
        while (i < text.size() && text[i] != separator && !at_line_end(text, i)) field += text[i++];
      }
      record.fields.push_back(std::move(field));
      if (i < text.size() && text[i] == separator) {
        ++i;
        continue;
      }
      if (i < text.size()) i = skip_line_end(text, i);
      break;
    }
    const bool blank = !quoted_any && record.fields.size() == 1 && record.fields[0].empty();
    if (!blank) {
      if (rows.size() > max_rows) return csv_error("csv_too_many_rows", "max", max_rows);
      rows.push_back(std::move(record));
    }
    ++row;
  }
  return rows;
}

char detect_separator(std::string_view text) {
  const std::string_view header = text.substr(0, text.find('\n'));
  return std::count(header.begin(), header.end(), ';') > std::count(header.begin(), header.end(), ',') ? ';'
                                                                                                       : ',';
}

void append_csv_record(std::string& out, const std::vector<std::string>& fields, char separator) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += separator;
    out += fields[i];
  }
  out += "\r\n";
}

std::string csv_field(std::string_view value, char separator) {
  if (value.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string_view::npos) {
    return std::string(value);
  }
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

bool csv_formula_risk(std::string_view value) {
  if (value.empty()) return false;
  if (value.front() == '\t' || value.front() == '\r' || value.front() == '\n') return true;
  const auto first = value.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos &&
         std::string_view("=+-@").find(value[first]) != std::string_view::npos;
}

std::string csv_text_field(std::string_view value, char separator) {
  if (csv_formula_risk(value)) return csv_field("'" + std::string(value), separator);
  return csv_field(value, separator);
}

char csv_separator(CsvDialect dialect) {
  return dialect == CsvDialect::danish_excel ? ';' : ',';
}

std::string_view csv_preamble(CsvDialect dialect) {
  return dialect == CsvDialect::danish_excel ? "\xEF\xBB\xBF" : "";
}

}  // namespace forkant
