// parse_csv (RFC 4180). Oracles: row numbers increase; writing the parsed rows back with csv_field and
// parsing again gives the same fields; csv_text_field never starts a cell with a formula character.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "formats/csv.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  const char sep = forkant::detect_separator(s);
  FUZZ_CHECK(sep == ';' || sep == ',', "odd separator");
  auto rows = forkant::parse_csv(s, sep, 50);
  if (!rows) return 0;
  FUZZ_CHECK(rows->size() <= 51, "more rows than max_rows after the header");
  int last = 0;
  std::string again;
  for (const auto& row : *rows) {
    FUZZ_CHECK(row.row > last, "row numbers do not increase");
    last = row.row;
    FUZZ_CHECK(!row.fields.empty(), "row without fields");
    for (std::size_t i = 0; i < row.fields.size(); ++i) {
      if (i) again += sep;
      // A lone empty field would be a blank line, which the parser skips: quote it.
      again += (row.fields.size() == 1 && row.fields[0].empty()) ? std::string("\"\"")
                                                                 : forkant::csv_field(row.fields[i], sep);
      const std::string text = forkant::csv_text_field(row.fields[i], sep);
      const std::string_view cell =
          !text.empty() && text.front() == '"' ? std::string_view(text).substr(1) : text;
      FUZZ_CHECK(cell.empty() || std::string_view("=+-@\t").find(cell.front()) == std::string_view::npos,
                 "csv_text_field lets a formula through");
    }
    again += "\r\n";
  }
  auto reparsed = forkant::parse_csv(again, sep, 50);
  FUZZ_CHECK(reparsed.ok(), "written CSV does not parse");
  FUZZ_CHECK(reparsed->size() == rows->size(), "row count changed in a write/read round trip");
  for (std::size_t r = 0; r < rows->size(); ++r) {
    FUZZ_CHECK((*reparsed)[r].fields == (*rows)[r].fields, "fields changed in a write/read round trip");
  }
  return 0;
}
