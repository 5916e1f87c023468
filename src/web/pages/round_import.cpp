// Importing responses collected on paper (coordinators); a refused file shows the round page again.
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

Response round_import(Context& ctx) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  const Role role = found->access.role;
  const std::string csv = ctx.form().get("csv");
  auto imported = ctx.app.services().assessment->import_csv(round, csv, ctx.user->id);
  if (!imported) {
    return round_detail_page(ctx, round, role,
                             {{"import_error", error_message(ctx, imported.error())}, {"import_csv", csv}},
                             http_status(imported.error()));
  }
  return redirect(round_path(round) + "?imported=" + std::to_string(*imported));
}

}  // namespace forkant::web::pages
