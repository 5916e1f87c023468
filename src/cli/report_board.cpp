// forkant report board: the board report of a closed round, written as a PDF for scheduled jobs. The
// command line is trusted like `user add`: it reads the round without a signed-in person and calls the
// same builder as GET /rounds/{round_id}/report.pdf, on a request that carries only the period.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/report_file.hpp"
#include "cli/web_app.hpp"
#include "reports/pdf_document.hpp"
#include "web/reports/board_report.hpp"
#include "web/respond.hpp"

namespace forkant::cli {

int report_board(const BoardReportOptions& options) {
  Environment env(options.db);
  WebApp web(env, {});
  const auto round = env.assessment.find_round(options.round_id);
  if (!round) {
    std::cerr << "forkant report board: there is no round " << options.round_id << "\n";
    return 1;
  }
  web::Request req;
  req.method = "GET";
  req.path = "/rounds/" + std::to_string(round->id) + "/report.pdf";
  if (!options.from.empty()) req.query = "from=" + options.from;
  if (!options.to.empty()) req.query += (req.query.empty() ? "to=" : "&to=") + options.to;
  req.target = req.path + (req.query.empty() ? "" : "?" + req.query);
  web::Context ctx(req, web.app);
  ctx.lang = options.lang;

  auto period = web::board_period(ctx, *round);
  if (!period) {
    std::cerr << "forkant report board: " << web::error_message(ctx, period.error()) << "\n";
    return 2;
  }
  auto document = web::board_report(ctx, *round, *period);
  if (!document) {
    std::cerr << "forkant report board: " << web::error_message(ctx, document.error()) << "\n";
    return 1;
  }
  if (!write_report_file(options.out, reports::render_pdf(*document), "report board")) return 1;
  std::cout << options.out << "\n";
  return 0;
}

}  // namespace forkant::cli
