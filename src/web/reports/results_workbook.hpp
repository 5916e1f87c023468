#pragma once
// The workbook of a round (GET /rounds/{id}/report.xlsx and /api/v1/rounds/{id}/report.xlsx): its
// results, the groups, the perception gaps, the comments and the trend, with the organisation's decision
// register and its goals' steps, one sheet each, in the reader's language. Built from what the results
// page is built from — AssessmentService::results(), whose RoundResults has applied the anonymity rules —
// so a suppressed set has no figure here either, comments appear only where the page shows them, and a
// round that is not closed gives the number of responses per group and nothing more.

#include <string>

#include "reports/xlsx_workbook.hpp"
#include "services/assessment.hpp"
#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web {

// The workbook of `round` (the caller has authorised the reader for its organisation).
Result<forkant::reports::XlsxWorkbook> results_workbook(Context& ctx, const RoundRow& round);

// The download for the round in the path (viewer and up; another organisation's round answers 404), as
// the page route and the API route both answer it.
Response round_report_xlsx_response(Context& ctx);

}  // namespace forkant::web
