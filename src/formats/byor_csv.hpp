#pragma once
// A radar as the CSV file BYOR reads (rules in byor_radar.hpp): comma-separated (d3.csv), a header row,
// RFC 4180 quoting; a UTF-8 byte order mark is allowed (JavaScript's trim drops it from the header).

#include <span>
#include <string>
#include <string_view>

#include "domain/result.hpp"
#include "formats/byor_radar.hpp"

namespace forkant {

// Errors: byor_empty, byor_semicolons (a header split by ';', as Danish Excel saves: BYOR reads only
// commas), csv_unterminated_quote (row), csv_text_after_quote (row), csv_too_many_rows (max),
// csv_invalid_utf8 (row), the header's and the rows' errors of byor_radar.hpp. Rows are numbered as a
// spreadsheet numbers them (the header is row 1).
Result<ByorRadar> read_byor_csv(std::string_view text);

// name,ring,quadrant,isNew,status,description — both movement columns, so that BYOR versions before
// `status` read it too; blips in quadrant order (so that the quadrants appear in their order), then as
// given. Text that a spreadsheet could take for a formula gets a ' in front (csv_text_field); reading it
// back takes it off.
std::string write_byor_csv(const ByorRadar& radar);

}  // namespace forkant
