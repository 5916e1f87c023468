#pragma once
// The board report (issue 11): a closed round's results and the register over a period, as one document
// for the board or the council — where we stand, where top management disagrees, the perception gaps,
// the priorities, the decisions and deliberate non-choices with their reasons, goals and steps, what is
// overdue and the next agenda item. Every figure comes from the results page's own view data
// (closed_results_view), so what the anonymity rules suppress there is absent here too; the register's
// parts come from the same services and domain functions as the overview and the meeting pages.
// Comments are left out: the report is read outside the organisation, and the page shows them only to
// its members.

#include "domain/date.hpp"
#include "domain/result.hpp"
#include "reports/document.hpp"
#include "services/assessment.hpp"
#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web {

// The period the report's register covers, both ends included.
struct BoardPeriod {
  Date from{};
  Date to{};
};

// ?from=&to= (YYYY-MM-DD). By default from the close of the round before `round` (the last report's
// round) or else twelve months back, to today. A date that does not parse or a period that ends before it
// starts is refused (400).
Result<BoardPeriod> board_period(Context& ctx, const RoundRow& round);

// The report of a closed round in the reader's language (ctx.lang). A round that is not closed is
// refused (409, "report_round_open"): while it is open only its counts may be seen, and a board report of
// counts says nothing. The caller has authorised the reader for the round's organisation.
Result<forkant::reports::Document> board_report(Context& ctx, const RoundRow& round,
                                                const BoardPeriod& period);

// "forkant-bestyrelsesrapport-<id>.pdf" / "forkant-board-report-<id>.pdf": a plain ASCII file name.
std::string board_report_filename(const Context& ctx, const RoundRow& round);

// GET /rounds/{round_id}/report.pdf and /api/v1/rounds/{round_id}/report.pdf (viewer and up; ?lang=da|en
// chooses the language): the report as a PDF download, or the refusal as a page or JSON.
Response board_report_pdf(Context& ctx);

}  // namespace forkant::web
