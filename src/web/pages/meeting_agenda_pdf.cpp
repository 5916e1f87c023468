// The next meeting's agenda as a PDF, from the data the print view shows.
#include "reports/pdf_document.hpp"
#include "web/app.hpp"
#include "web/pages/meeting_print_view.hpp"
#include "web/reports/meeting_reports.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response meeting_agenda_pdf(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto next = next_meeting_print_in_path(ctx, *access);
  if (!next) return error_response(ctx, next.error());
  const auto& print = next->print;
  return pdf_response(reports::render_pdf(meeting_agenda_report(ctx, print)),
                      ctx.t("meeting.pdf.agenda_file") + "-" + print.iso_date + ".pdf");
}

}  // namespace forkant::web::pages
