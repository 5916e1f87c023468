// A held meeting's minutes as a PDF, from the data the print view shows.
#include "reports/pdf_document.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/meeting_print_view.hpp"
#include "web/reports/meeting_reports.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response meeting_minutes_pdf(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto held = held_meeting_in_path(ctx, *access);
  if (!held) return error_response(ctx, held.error());
  const auto print = held_meeting_print(ctx, *held);
  return pdf_response(reports::render_pdf(meeting_minutes_report(ctx, print)),
                      ctx.t("meeting.pdf.minutes_file") + "-" + print.iso_date + ".pdf");
}

}  // namespace forkant::web::pages
