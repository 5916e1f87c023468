#include "formats/response_csv.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "domain/utf8.hpp"
#include "formats/csv.hpp"

namespace forkant {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::size_t kMaxEchoedValue = 40;  // keeps an error message readable when a cell is huge

enum class ColumnKind { rating, comment, purpose };

struct Column {
  std::string id;
  ColumnKind kind = ColumnKind::rating;
};

using Params = std::map<std::string, std::string>;

Error invalid(std::string code, Params params = {}) {
  std::string key = "error." + code;
  return Error::invalid(std::move(code), std::move(key), std::move(params));
}

std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

// A cell quoted in an error message, cut short when huge (on a code point boundary).
std::string echo(const std::string& cell) {
  if (cell.size() <= kMaxEchoedValue) return cell;
  std::size_t end = kMaxEchoedValue;
  while (end > 0 && (static_cast<unsigned char>(cell[end]) & 0xC0) == 0x80) --end;
  return cell.substr(0, end) + "…";
}

std::string lower_ascii(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::optional<int> parse_int(std::string_view s) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return v;
}

Result<std::vector<Column>> read_header(const CsvRow& header, const Framework& fw) {
  const std::string first = header.fields.empty() ? "" : lower_ascii(trim(header.fields[0]));
  if (first != "group" && first != "gruppe") return invalid("csv_missing_group_column");
  std::vector<Column> columns;
  std::set<std::string> seen;
  for (std::size_t c = 1; c < header.fields.size(); ++c) {
    const std::string id = trim(header.fields[c]);
    if (!seen.insert(id).second) return invalid("csv_duplicate_column", {{"column", echo(id)}});
    if (const Item* item = fw.find_item(id)) {
      const ColumnKind kind = item->kind == ItemKind::comment ? ColumnKind::comment : ColumnKind::rating;
      columns.push_back({id, kind});
    } else if (fw.find_purpose(id)) {
      columns.push_back({id, ColumnKind::purpose});
    } else {
      return invalid("csv_unknown_column", {{"column", echo(id)}});
    }
  }
  return columns;
}

std::optional<int> parse_cell(const Column& column, const std::string& cell) {
  if (column.kind == ColumnKind::purpose) {
    auto points = parse_int(cell);
    return points && *points >= 0 && *points <= kAllocationTotal ? points : std::nullopt;
  }
  // Every rated item takes "don't know", importance too: paper forms bring it.
  const std::string word = lower_ascii(cell);
  if (word == "dk" || word == "ved ikke") return kDontKnow;
  auto value = parse_int(cell);
  return value && *value >= kScaleMin && *value <= kScaleMax ? value : std::nullopt;
}

// Adds one cell to `answers`; an empty cell is an unanswered item.
Status read_cell(const Column& column, const std::string& raw, int row, ResponseAnswers& answers) {
  const std::string cell = trim(raw);
  if (cell.empty()) return ok_status();
  if (column.kind == ColumnKind::comment) {
    answers.comments[column.id] = cell;
    return ok_status();
  }
  const std::optional<int> value = parse_cell(column, cell);
  if (!value) {
    return invalid("csv_bad_value",
                   {{"row", std::to_string(row)}, {"column", column.id}, {"value", echo(cell)}});
  }
  auto& target = column.kind == ColumnKind::purpose ? answers.purposes : answers.values;
  target[column.id] = *value;
  return ok_status();
}

// The answer rules of answers.hpp, reported with the row.
Error row_error(Error e, int row) {
  if (e.code == "allocation_sum" || e.code == "comment_too_long" || e.code == "no_rated_answer") {
    e.code = "csv_" + e.code;
    e.key = "error." + e.code;
  }
  if (auto item = e.params.extract("item")) e.params["column"] = std::move(item.mapped());
  e.params["row"] = std::to_string(row);
  return e;
}

Result<SubmittedResponse> read_row(const CsvRow& row, const std::vector<Column>& columns, const Framework& fw,
                                   std::span<const std::string> groups) {
  const std::string r = std::to_string(row.row);
  if (row.fields.size() != columns.size() + 1) {
    return invalid("csv_field_count", {{"row", r},
                                       {"expected", std::to_string(columns.size() + 1)},
                                       {"found", std::to_string(row.fields.size())}});
  }
  SubmittedResponse response{trim(row.fields[0]), {}};
  if (std::find(groups.begin(), groups.end(), response.group) == groups.end()) {
    return invalid("csv_unknown_group", {{"row", r}, {"group", echo(response.group)}});
  }
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (auto s = read_cell(columns[c], row.fields[c + 1], row.row, response.answers); !s) return s.error();
  }
  if (auto s = validate_for_submit(fw, response.answers); !s) return row_error(s.error(), row.row);
  return response;
}

}  // namespace

Result<std::vector<SubmittedResponse>> import_responses_csv(std::string_view text, const Framework& framework,
                                                            std::span<const std::string> groups) {
  if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
  auto rows = parse_csv(text, detect_separator(text), kMaxImportRows);
  if (!rows) return rows.error();
  if (rows->empty()) return invalid("csv_no_header");
  for (const CsvRow& row : *rows) {
    if (!std::all_of(row.fields.begin(), row.fields.end(), is_valid_utf8)) {
      return invalid("csv_invalid_utf8", {{"row", std::to_string(row.row)}});
    }
  }
  auto columns = read_header(rows->front(), framework);
  if (!columns) return columns.error();
  if (rows->size() == 1) return invalid("csv_no_rows");
  std::vector<SubmittedResponse> responses;
  for (std::size_t i = 1; i < rows->size(); ++i) {
    auto response = read_row((*rows)[i], *columns, framework, groups);
    if (!response) return response.error();
    responses.push_back(std::move(*response));
  }
  return responses;
}

}  // namespace forkant
