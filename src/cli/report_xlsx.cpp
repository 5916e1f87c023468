// forkant report xlsx: the round's workbook written to a file, for scheduled jobs — the same workbook as
// GET /rounds/{id}/report.xlsx (web/reports/results_workbook.hpp), built by the same code from the same
// results, so the anonymity rules hold here too. Whoever runs it has the database, so no sign-in.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/report_file.hpp"
#include "cli/web_app.hpp"
#include "reports/xlsx_workbook.hpp"
#include "web/reports/results_workbook.hpp"
#include "web/respond.hpp"

namespace forkant::cli {

int report_xlsx(const std::string& db, std::int64_t round_id, const std::string& out,
                const std::string& lang) {
  Environment env(db);
  WebApp web(env, {});
  const auto round = env.assessment.find_round(round_id);
  if (!round) {
    std::cerr << "forkant report xlsx: no round " << round_id << "\n";
    return 1;
  }
  web::Request req;
  web::Context ctx(req, web.app);
  ctx.lang = lang;
  auto book = web::results_workbook(ctx, *round);
  if (!book) {
    std::cerr << "forkant report xlsx: " << web::error_message(ctx, book.error()) << "\n";
    return 1;
  }
  return write_report_file(out, reports::render_xlsx(*book), "report xlsx") ? 0 : 1;
}

}  // namespace forkant::cli
