// Creating private links for a group of a round (coordinators), answered with a CSV download for mail
// merge: the tokens exist in clear only in this one response.
#include "formats/links_csv.hpp"
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {
namespace {

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

}  // namespace

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
  links.reserve(tokens->size());
  for (const auto& t : *tokens) links.push_back(base + "/r/" + t);
  return csv_response(
      // The group by the label the round page shows ("Direktion"), not its internal code.
      links_to_csv(group_label(ctx, group), links,
                   ctx.lang == "da" ? CsvDialect::danish_excel : CsvDialect::standard),
      "forkant-runde-" + std::to_string(round.id) + "-links-" + file_part(group) + ".csv");
}

}  // namespace forkant::web::pages
