#pragma once
// A radar as ThoughtWorks' Build Your Own Radar (BYOR, github.com/thoughtworks/build-your-own-radar)
// reads it, and the rules its CSV and its JSON share (byor_csv.hpp, byor_json.hpp). What BYOR does, and
// so what forkant refuses or writes (docs/radar.md has the table):
//   - columns: "name", "ring", "quadrant", "description" and at least one of "isNew" and "status";
//     names exact and case-sensitive after trimming (contentValidator.js); other columns are ignored;
//   - every key and value is trimmed (inputSanitizer.js); name, ring, quadrant, isNew and status lose
//     all HTML; description keeps b, i, em, strong, a, h1-h6, li, ul, br, p, u (forkant keeps text:
//     <br> and the ends of blocks become line breaks, other tags go, entities are decoded);
//   - four quadrants, named by the data in the order they first appear (radar.js: more than four and
//     fewer than four are refused); one to four rings (factory.js: a fifth is refused);
//   - isNew: "true" in any case is new; status (wins when not empty): New, Moved In, Moved Out,
//     No Change in any case (blip.js).
// forkant's own limits on top: rings are adopt, trial, assess, hold (any case; others are refused, not
// mapped by position: hold means something), a name, a quadrant and a known status are required, a
// name appears once, lengths are bounded.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/radar/radar.hpp"
#include "domain/result.hpp"

namespace forkant {

struct ByorBlip {
  std::string name;
  Ring ring = Ring::assess;
  int quadrant = 0;                  // index into ByorRadar::quadrants
  std::string description;           // plain text, line breaks as "\n"
  std::optional<Movement> movement;  // read: what the file states (nullopt: compute it); write: required
  bool operator==(const ByorBlip&) const = default;
};

struct ByorRadar {
  QuadrantNames quadrants;
  std::vector<ByorBlip> blips;
  bool operator==(const ByorRadar&) const = default;
};

inline constexpr std::size_t kMaxByorRows = 1000;

// One data row as either file gives it: the number people see (a CSV line as a spreadsheet numbers it,
// or a JSON array position from 1), and the raw values of the known columns (absent = empty).
struct ByorRow {
  int row = 0;
  std::string name, ring, quadrant, is_new, status, description;
};

// The header check of contentValidator.js over the trimmed column names. Errors: byor_missing_header
// (header), byor_missing_movement_header.
Status check_byor_columns(std::span<const std::string> columns);

// The rows as a radar. Errors, each with key "error.<code>" and the row where a row is to blame:
// byor_no_rows, byor_name_required (row), byor_name_too_long (row, max), byor_name_markup (row),
// byor_duplicate_name (row, name), byor_description_too_long (row, max), byor_quadrant_required (row),
// byor_quadrant_too_long (row, max), byor_too_many_quadrants (row, quadrant), byor_too_few_quadrants
// (found), byor_too_many_rings (row, ring), byor_unknown_ring (row, ring), byor_unknown_status (row,
// status).
Result<ByorRadar> read_byor_rows(std::span<const ByorRow> rows);

// sanitize-html with no tag allowed (name, ring, quadrant, isNew, status), as text: tags dropped (script,
// style, textarea and option with their content), entities decoded, trimmed.
std::string byor_plain_value(std::string_view value);
// The description's HTML as forkant's plain text (see above).
std::string byor_description_text(std::string_view html);

// For writing: a value BYOR shows as `text` ("&" before something that looks like an entity escaped);
// a description also has <, > escaped and its line breaks as <br>.
std::string byor_value_for(std::string_view text);
std::string byor_description_html(std::string_view text);

// The words BYOR reads: "adopt", ...; "new", "moved in", "moved out", "no change".
std::string_view byor_ring_word(Ring ring);
std::string_view byor_status_word(Movement movement);

// A radar's quadrants in the positions of `known` (an organisation's names, compared as BYOR's new UI
// does: case-insensitive, "and" = "&") when the file names the same four, else unchanged; the blips
// follow their quadrant.
ByorRadar align_quadrants(ByorRadar radar, const QuadrantNames& known);

}  // namespace forkant
