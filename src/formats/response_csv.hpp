#pragma once
// Import of responses collected on paper (format in docs/csv-import.md). The file is validated as a whole:
// one bad row rejects it, with the row number, so nothing half-imported is ever stored.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/assessment/answers.hpp"
#include "domain/assessment/framework.hpp"
#include "domain/result.hpp"

namespace forkant {

inline constexpr std::size_t kMaxImportRows = 10000;

// `groups` are the round's groups. Errors (code, params), each with key "error.<code>":
//   csv_no_header, csv_no_rows, csv_missing_group_column, csv_unknown_column (column),
//   csv_duplicate_column (column), csv_unterminated_quote (row), csv_text_after_quote (row),
//   csv_too_many_rows (max), csv_invalid_utf8 (row), csv_field_count (row, expected, found),
//   csv_unknown_group (row, group), csv_bad_value (row, column, value),
//   csv_comment_too_long (row, column, max), csv_allocation_sum (row, sum).
Result<std::vector<SubmittedResponse>> import_responses_csv(std::string_view text, const Framework& framework,
                                                            std::span<const std::string> groups);

}  // namespace forkant
