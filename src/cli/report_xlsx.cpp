// forkant report xlsx: the round's workbook written to a file, for scheduled jobs — the same workbook as
// GET /rounds/{id}/report.xlsx (web/reports/results_workbook.hpp), built by the same code from the same
// results, so the anonymity rules hold here too. Whoever runs it has the database, so no sign-in.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/environment.hpp"
#include "render/i18n.hpp"
#include "render/templates.hpp"
#include "reports/xlsx_workbook.hpp"
#include "web/app.hpp"
#include "web/reports/results_workbook.hpp"
#include "web/respond.hpp"

namespace forkant::cli {

int report_xlsx(const std::string& db, std::int64_t round_id, const std::string& out,
                const std::string& lang) {
  Environment env(db);
  const auto round = env.assessment.find_round(round_id);
  if (!round) {
    std::cerr << "forkant report xlsx: no round " << round_id << "\n";
    return 1;
  }
  Translator translator(env.paths.locale_dir);
  Templates templates(env.paths.share_dir + "/templates", translator);
  web::Services services;
  services.accounts = &env.accounts;
  services.orgs = &env.orgs;
  services.audit = env.backend.audit.get();
  services.transactor = env.backend.transactor.get();
  services.assessment = &env.assessment;
  services.decisions = &env.decisions;
  web::App app(services, translator, templates, web::StaticFiles(env.paths.share_dir + "/static"), {});
  web::Request req;
  web::Context ctx(req, app);
  ctx.lang = lang;
  auto book = web::results_workbook(ctx, *round);
  if (!book) {
    std::cerr << "forkant report xlsx: " << web::error_message(ctx, book.error()) << "\n";
    return 1;
  }
  const std::string bytes = reports::render_xlsx(*book);
  // Written beside the target and renamed into place, so a scheduled job never leaves half a file.
  const std::string partial = out + ".partial";
  {
    std::ofstream file(partial, std::ios::binary | std::ios::trunc);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!file) {
      std::cerr << "forkant report xlsx: cannot write " << out << "\n";
      std::filesystem::remove(partial);
      return 1;
    }
  }
  std::filesystem::rename(partial, out);
  return 0;
}

}  // namespace forkant::cli
