// The coordinator's actions on a round page: open, close, create private links (answered with a CSV
// download for mail merge: the tokens exist in clear only in this one response) and import responses
// collected on paper. A refused action shows the round page again with the reason.
#include "formats/links_csv.hpp"
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {
namespace {

std::string round_path(const RoundRow& round) {
  return "/rounds/" + std::to_string(round.id);
}

// [A-Za-z0-9_-] only, for a file name in Content-Disposition.
std::string file_part(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool keep =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (keep) out += c;
  }
  return out.empty() ? std::string("gruppe") : out;
}

Response state_change(Context& ctx, bool open) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  const Role role = found->access.role;
  auto& svc = *ctx.app.services().assessment;
  const Status done = open ? svc.open_round(round, ctx.user->id) : svc.close_round(round, ctx.user->id);
  if (!done) {
    return round_detail_page(ctx, round, role, {{"state_error", error_message(ctx, done.error())}},
                             http_status(done.error()));
  }
  return redirect(round_path(round));
}

}  // namespace

Response round_open(Context& ctx) {
  return state_change(ctx, true);
}
Response round_close(Context& ctx) {
  return state_change(ctx, false);
}

Response round_links(Context& ctx) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  const Role role = found->access.role;
  const std::string group = ctx.form().get("group");
  const std::string count_text = ctx.form().get("count");
  const auto count = parse_form_int(count_text);
  auto tokens =
      ctx.app.services().assessment->create_invitations(round, group, count.value_or(0), ctx.user->id);
  if (!tokens) {
    return round_detail_page(ctx, round, role,
                             {{"links_error", error_message(ctx, tokens.error())},
                              {"links_group", group},
                              {"links_count", count_text}},
                             http_status(tokens.error()));
  }
  const std::string base = site_base_url(ctx);
  std::vector<std::string> links;
  for (const auto& t : *tokens) links.push_back(base + "/r/" + t);
  return csv_response(
      links_to_csv(group, links, ctx.lang == "da" ? CsvDialect::danish_excel : CsvDialect::standard),
      "forkant-runde-" + std::to_string(round.id) + "-links-" + file_part(group) + ".csv");
}

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
