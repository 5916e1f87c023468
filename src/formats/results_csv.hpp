#pragma once
// Export of aggregated round results as CSV: one row per set (whole round, then each group) and
// dimension. It carries exactly what the results page shows, never an individual answer: a suppressed
// set is a single row with its status and how many more submissions it needs. `top_management` is "yes"
// on the rows of the round's top-management group; `gap_to_top` is top management's score minus the
// group's score where both are shown (perception_gaps.hpp), else empty.

#include <string>
#include <string_view>

#include "domain/assessment/framework.hpp"
#include "domain/assessment/results.hpp"
#include "formats/csv.hpp"

namespace forkant {

// Dimension titles in `lang` ("da" or "en"); column names in English. Lines end in CRLF (RFC 4180).
std::string results_to_csv(const Framework& framework, const RoundResults& results, std::string_view lang,
                           CsvDialect dialect = CsvDialect::standard);

}  // namespace forkant
