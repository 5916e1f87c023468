// The round's workbook (XLSX) for everyone in the organisation (viewer and up), linked from the results
// page beside the CSV export: the same download as GET /api/v1/rounds/{id}/report.xlsx.
#include "web/pages/assessment_pages.hpp"
#include "web/reports/results_workbook.hpp"

namespace forkant::web::pages {

Response round_report_xlsx(Context& ctx) {
  return round_report_xlsx_response(ctx);
}

}  // namespace forkant::web::pages
