#include "formats/byor_csv.hpp"

#include <algorithm>
#include <optional>
#include <vector>

#include "domain/utf8.hpp"
#include "formats/csv.hpp"

namespace forkant {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

Error invalid(std::string code, std::map<std::string, std::string> params = {}) {
  std::string key = "error." + code;
  return Error::invalid(std::move(code), std::move(key), std::move(params));
}

std::string trimmed(std::string_view s) {
  // The header's names: what check_byor_columns compares, ASCII white space and the BOM dropped.
  if (s.starts_with(kBom)) s.remove_prefix(kBom.size());
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1));
}

bool only_blank(const CsvRow& row) {
  return std::all_of(row.fields.begin(), row.fields.end(), [](const std::string& f) {
    return f.find_first_not_of(" \t\r\n") == std::string::npos;
  });
}

}  // namespace

Result<ByorRadar> read_byor_csv(std::string_view text) {
  auto rows = parse_csv(text, ',', kMaxByorRows);
  if (!rows) return rows.error();
  if (rows->empty() || only_blank(rows->front())) return invalid("byor_empty");
  for (const CsvRow& row : *rows) {
    if (!std::all_of(row.fields.begin(), row.fields.end(), is_valid_utf8)) {
      return invalid("csv_invalid_utf8", {{"row", std::to_string(row.row)}});
    }
  }
  std::vector<std::string> header;
  for (const std::string& f : rows->front().fields) header.push_back(trimmed(f));
  if (auto s = check_byor_columns(header); !s) {
    if (header.size() == 1 && header[0].find(';') != std::string::npos) return invalid("byor_semicolons");
    return s.error();
  }
  // d3.csv makes an object per row: a later column of the same name wins, a missing field is empty.
  auto column = [&](std::string_view name) -> std::optional<std::size_t> {
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) found = i;
    }
    return found;
  };
  const auto c_name = column("name"), c_ring = column("ring"), c_quadrant = column("quadrant"),
             c_is_new = column("isNew"), c_status = column("status"), c_description = column("description");
  std::vector<ByorRow> data;
  for (std::size_t i = 1; i < rows->size(); ++i) {
    const CsvRow& row = (*rows)[i];
    if (only_blank(row)) continue;
    auto field = [&](std::optional<std::size_t> c) {
      return c && *c < row.fields.size() ? row.fields[*c] : std::string();
    };
    data.push_back({row.row, field(c_name), field(c_ring), field(c_quadrant), field(c_is_new),
                    field(c_status), field(c_description)});
  }
  return read_byor_rows(data);
}

std::string write_byor_csv(const ByorRadar& radar) {
  constexpr char kSep = ',';
  std::string out = "name,ring,quadrant,isNew,status,description\r\n";
  std::vector<const ByorBlip*> order;
  for (const ByorBlip& b : radar.blips) order.push_back(&b);
  std::stable_sort(order.begin(), order.end(),
                   [](const ByorBlip* a, const ByorBlip* b) { return a->quadrant < b->quadrant; });
  for (const ByorBlip* b : order) {
    const Movement m = b->movement.value_or(Movement::no_change);
    append_csv_record(
        out,
        {csv_text_field(byor_value_for(b->name), kSep), std::string(byor_ring_word(b->ring)),
         csv_text_field(byor_value_for(radar.quadrants[static_cast<std::size_t>(b->quadrant)]), kSep),
         m == Movement::new_entry ? "TRUE" : "FALSE", std::string(byor_status_word(m)),
         csv_text_field(byor_description_html(b->description), kSep)},
        kSep);
  }
  return out;
}

}  // namespace forkant
