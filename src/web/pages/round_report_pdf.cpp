// The board report of a round as a PDF, linked from its results page (viewer and up); the API answers
// the same at /api/v1/rounds/{round_id}/report.pdf. board_report.hpp builds it.
#include "web/pages/assessment_pages.hpp"
#include "web/reports/board_report.hpp"

namespace forkant::web::pages {

Response round_report_pdf(Context& ctx) {
  return board_report_pdf(ctx);
}

}  // namespace forkant::web::pages
