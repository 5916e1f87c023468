// The next meeting's agenda as a PDF, from the data the print view shows.
#include "reports/pdf_document.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/meeting_print_view.hpp"
#include "web/reports/meeting_reports.hpp"
#include "web/respond.hpp"
#include "web/round_findings.hpp"
#include "web/waiting_initiatives.hpp"

namespace forkant::web::pages {

Response meeting_agenda_pdf(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto series = series_in_path(ctx, *access);
  if (!series) return error_response(ctx, series.error());
  const auto next = ctx.app.services().decisions->next_meeting(*series, round_findings(ctx, access->org_id),
                                                               agenda_initiatives(ctx, access->org_id));
  const auto print = next_meeting_print(ctx, next);
  return pdf_response(reports::render_pdf(meeting_agenda_report(ctx, print)),
                      ctx.t("meeting.pdf.agenda_file") + "-" + print.iso_date + ".pdf");
}

}  // namespace forkant::web::pages
