#pragma once
// A radar as the JSON file BYOR reads (rules in byor_radar.hpp): an array of objects whose values are
// strings. BYOR checks the header on the first object's keys only (factory.js) and trims every value
// (inputSanitizer.js), which fails on a number, true/false, null, an array or an object, so those are
// refused; a key a later object lacks is empty.

#include <string>
#include <string_view>

#include "domain/result.hpp"
#include "formats/byor_radar.hpp"

namespace forkant {

// Errors: byor_json_malformed (bad UTF-8 too), byor_json_not_array, byor_empty (an empty array),
// byor_json_not_object (row), byor_json_not_string (row, field), csv_too_many_rows (max), and the
// errors of byor_radar.hpp. Rows are the array's positions from 1.
Result<ByorRadar> read_byor_json(std::string_view text);

// [{"name", "ring", "quadrant", "isNew", "status", "description"}, ...], all strings, blips in quadrant
// order then as given, pretty-printed.
std::string write_byor_json(const ByorRadar& radar);

}  // namespace forkant
