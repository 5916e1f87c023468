#include "web/reports/board_report.hpp"

#include "render/format.hpp"
#include "reports/pdf_document.hpp"
#include "services/decisions.hpp"
#include "web/access.hpp"
#include "web/account_period.hpp"
#include "web/app.hpp"
#include "web/pages/latest_round.hpp"
#include "web/pages/results_view.hpp"
#include "web/reports/board_sections.hpp"
#include "web/respond.hpp"

namespace forkant::web {
namespace {

// The close of the organisation's round that closed last before `round`: where the previous report's
// story ended.
std::optional<Date> previous_close(Context& ctx, const RoundRow& round) {
  std::optional<std::int64_t> at;
  for (const auto& r : ctx.app.services().assessment->rounds(round.org_id)) {
    if (r.id == round.id || r.state != RoundState::closed || !r.closed_at) continue;
    if (round.closed_at && *r.closed_at >= *round.closed_at) continue;
    if (!at || *r.closed_at > *at) at = r.closed_at;
  }
  if (!at) return std::nullopt;
  return utc_day(*at);
}

}  // namespace

Result<BoardPeriod> board_period(Context& ctx, const RoundRow& round) {
  // The account's reading of ?from=&to= (its default: twelve months up to today).
  // A query that does not parse is a malformed request (400), as with the audit log's filters.
  auto range = account_period(ctx);
  if (!range) return Error{ErrorKind::malformed, range.error().code, range.error().key, range.error().params};
  BoardPeriod out{range->from, range->to};
  if (ctx.query().get("from").empty()) {
    if (const auto since = previous_close(ctx, round)) out.from = *since;
  }
  if (out.to < out.from) return Error{ErrorKind::malformed, "invalid_period", "error.invalid_period", {}};
  return out;
}

Result<forkant::reports::Document> board_report(Context& ctx, const RoundRow& round,
                                                const BoardPeriod& period) {
  if (round.state != RoundState::closed)
    return Error::conflict("report_round_open", "error.report_round_open");
  auto computed = ctx.app.services().assessment->results(round);
  if (!computed) return computed.error();

  // The whole round's page, exactly as a member sees it (with the previous round on the radar).
  const std::string whole;
  const SetResult& set = computed->results->whole;
  const auto previous = pages::overlay_results(ctx, *computed, set);
  const nlohmann::json view = pages::closed_results_view(
      ctx, {round, *computed, whole, set, previous ? &previous->results->whole : nullptr});

  const auto org = ctx.app.services().orgs->find(round.org_id);
  const std::string org_name = org ? org->name : std::string();
  const Date today = ctx.app.services().decisions->today();

  forkant::reports::Document doc;
  doc.lang = ctx.lang;
  doc.title = ctx.t("board.document_title", {{"round", round.title}});
  doc.author = org_name;
  doc.subject = ctx.t("board.subject");
  doc.has_title_page = true;
  doc.title_page.organisation = org_name;
  doc.title_page.title = ctx.t("board.title");
  doc.title_page.subtitle = ctx.t("board.subtitle", {{"round", round.title},
                                                     {"from", format_date_text(period.from, ctx.lang)},
                                                     {"to", format_date_text(period.to, ctx.lang)}});
  doc.title_page.date_line = ctx.t("board.made_on", {{"date", format_date_text(today, ctx.lang)}});
  doc.table_of_contents = true;
  doc.contents_heading = ctx.t("board.contents");
  doc.page_footer = ctx.t("board.footer");
  doc.running_header = org_name + " \u00b7 " + doc.title;
  board::results_sections(ctx, view, doc.blocks);
  board::register_sections(ctx, round.org_id, period, doc.blocks);
  board::radar_sections(ctx, round.org_id, doc.blocks);
  board::competence_sections(ctx, round.org_id, doc.blocks);
  return doc;
}

std::string board_report_filename(const Context& ctx, const RoundRow& round) {
  return std::string(ctx.lang == "en" ? "forkant-board-report-" : "forkant-bestyrelsesrapport-") +
         std::to_string(round.id) + ".pdf";
}

Response board_report_pdf(Context& ctx) {
  // ?lang= chooses the report's language (a report is often made for someone else); else the reader's.
  const std::string lang = ctx.query().get("lang");
  if (lang == "da" || lang == "en") ctx.lang = lang;
  auto found = round_in_path(ctx, Role::viewer);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  auto period = board_period(ctx, round);
  if (!period) return error_response(ctx, period.error());
  auto document = board_report(ctx, round, *period);
  if (!document) return error_response(ctx, document.error());
  return pdf_response(forkant::reports::render_pdf(*document), board_report_filename(ctx, round));
}

}  // namespace forkant::web
