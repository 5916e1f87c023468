// Rounds: create and list per organisation; open, close, invitation links, CSV import, results.
#include "formats/results_csv.hpp"
#include "formats/results_json.hpp"
#include "web/api/api.hpp"
#include "web/api/assessment_json.hpp"
#include "web/api/json_body.hpp"
#include "web/api/write_request.hpp"
#include "web/app.hpp"
#include "web/reports/board_report.hpp"
#include "web/reports/results_workbook.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {
namespace {

Response round_response(Context& ctx, int status, std::int64_t round_id) {
  auto& svc = *ctx.app.services().assessment;
  return json_response(status, round_to_json(*svc.find_round(round_id), svc.group_counts(round_id)));
}

}  // namespace

Response create_round(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, Role::coordinator));
  if (!request) return error_response(ctx, request.error());
  const std::int64_t org_id = request->target.org_id;
  FieldReader f(request->body);
  NewRound round;
  round.title = f.string("title").value_or("");
  round.framework = f.string("framework", false).value_or("ti-spoergsmaal");
  round.top_group = f.string("top_group", false).value_or("");
  const auto* groups = f.any("groups");
  const auto org = ctx.app.services().orgs->find(org_id);
  round.min_respondents = f.integer<int>("min_respondents", false).value_or(org->min_respondents);
  if (auto e = f.finish()) return error_response(ctx, *e);
  if (!groups->is_array()) {
    return error_response(
        ctx, Error{ErrorKind::malformed, "wrong_type", "error.wrong_type", {{"field", "groups"}}});
  }
  for (const auto& g : *groups) {
    if (!g.is_string()) {
      return error_response(
          ctx, Error{ErrorKind::malformed, "wrong_type", "error.wrong_type", {{"field", "groups"}}});
    }
    round.groups.push_back(g.get<std::string>());
  }
  auto id = ctx.app.services().assessment->create_round(org_id, org->min_respondents, ctx.user->id, round);
  if (!id) return error_response(ctx, id.error());
  return round_response(ctx, 201, *id);
}

// PUT: a draft round's title, groups and min_respondents (all three, as the edit form sends them), and
// optionally top_group (left out: direktion when the round has that group, else the first group).
Response update_round(Context& ctx) {
  auto request = with_body(ctx, round_in_path(ctx, Role::coordinator));
  if (!request) return error_response(ctx, request.error());
  const RoundRow& round = request->target.object;
  FieldReader f(request->body);
  RoundEdit edit;
  edit.title = f.string("title").value_or("");
  const auto* groups = f.any("groups");
  edit.min_respondents = f.integer<int>("min_respondents").value_or(0);
  edit.top_group = f.string("top_group", false).value_or("");
  if (auto e = f.finish()) return error_response(ctx, *e);
  if (!groups->is_array()) return error_response(ctx, wrong_type("groups"));
  for (const auto& g : *groups) {
    if (!g.is_string()) return error_response(ctx, wrong_type("groups"));
    edit.groups.push_back(g.get<std::string>());
  }
  const auto org = ctx.app.services().orgs->find(round.org_id);
  if (auto s = ctx.app.services().assessment->update_round(round, org ? org->min_respondents : 3,
                                                           ctx.user->id, edit);
      !s) {
    return error_response(ctx, s.error());
  }
  return round_response(ctx, 200, round.id);
}

// DELETE: a draft round, with its groups and links (204).
Response delete_round(Context& ctx) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  if (auto s = ctx.app.services().assessment->delete_round(found->object, ctx.user->id); !s) {
    return error_response(ctx, s.error());
  }
  Response res;
  res.status = 204;
  return res;
}

Response list_rounds(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  auto& svc = *ctx.app.services().assessment;
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : svc.rounds(org_id)) out.push_back(round_to_json(r, svc.group_counts(r.id)));
  return json_response(200, {{"rounds", out}});
}

Response get_round(Context& ctx) {
  auto found = round_in_path(ctx, Role::viewer);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  return round_response(ctx, 200, round.id);
}

namespace {

// POST /open and /close: the coordinator moves the round on; the service refuses a move from the wrong state.
Response move_round(Context& ctx, Status (AssessmentService::*move)(const RoundRow&, std::int64_t)) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  if (auto s = (ctx.app.services().assessment->*move)(round, ctx.user->id); !s) {
    return error_response(ctx, s.error());
  }
  return round_response(ctx, 200, round.id);
}

}  // namespace

Response open_round(Context& ctx) {
  return move_round(ctx, &AssessmentService::open_round);
}

Response close_round(Context& ctx) {
  return move_round(ctx, &AssessmentService::close_round);
}

Response create_invitations(Context& ctx) {
  auto request = with_body(ctx, round_in_path(ctx, Role::coordinator));
  if (!request) return error_response(ctx, request.error());
  const RoundRow& round = request->target.object;
  FieldReader f(request->body);
  const auto group = f.string("group");
  const auto count = f.integer<int>("count");
  if (auto e = f.finish()) return error_response(ctx, *e);
  auto tokens = ctx.app.services().assessment->create_invitations(round, *group, *count, ctx.user->id);
  if (!tokens) return error_response(ctx, tokens.error());
  nlohmann::json links = nlohmann::json::array();
  for (const auto& t : *tokens) links.push_back({{"token", t}, {"path", "/r/" + t}});
  return json_response(201, {{"group", *group}, {"links", links}});
}

Response import_responses(Context& ctx) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  const auto ct = ctx.req.header("content-type").value_or("");
  if (!ct.starts_with("text/csv")) {
    return error_response(ctx, 415, "unsupported_media_type", "error.unsupported_media_type_csv");
  }
  auto n = ctx.app.services().assessment->import_csv(round, ctx.req.body, ctx.user->id);
  if (!n) return error_response(ctx, n.error());
  return json_response(201, {{"imported", *n}});
}

Response round_results(Context& ctx) {
  auto found = round_in_path(ctx, Role::viewer);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  auto computed = ctx.app.services().assessment->results(round);
  if (!computed) return error_response(ctx, computed.error());
  const auto& results = *computed->results;
  const std::string group = ctx.query().get("group");
  // A closed round's results never change (see rendered_cache.hpp): serialise them once per group.
  const std::string cache_key = "results.json:" + std::to_string(round.id) + ":" + group;
  if (const auto cached = ctx.app.rendered_cache().find(cache_key))
    return json_body_response(200, cached->html);
  nlohmann::json out{{"round_id", round.id},
                     {"framework", round.framework_key},
                     {"framework_version", round.framework_version},
                     {"k", results.k}};
  if (group.empty()) {
    out.update(results_to_json(results));
    // The previous closed round the service found, and whether it gave the trends (same version only).
    out["trend_baseline"] = nullptr;
    if (const auto& p = computed->previous) {
      out["trend_baseline"] = {{"round_id", p->id},
                               {"title", p->title},
                               {"framework_version", p->framework_version},
                               {"comparable", computed->trend_comparable}};
    }
  } else {
    const auto it = std::find_if(results.groups.begin(), results.groups.end(),
                                 [&](const auto& s) { return s.group == group; });
    if (it == results.groups.end())
      return error_response(ctx, Error::invalid("unknown_group", "error.unknown_group", {{"group", group}}));
    out["group"] = group;
    out["results"] = set_to_json(*it);
  }
  Response res = json_response(200, out);
  ctx.app.rendered_cache().store(cache_key, {res.body, ""});
  return res;
}

Response round_results_csv(Context& ctx) {
  auto found = round_in_path(ctx, Role::viewer);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  auto computed = ctx.app.services().assessment->results(round);
  if (!computed) return error_response(ctx, computed.error());
  return csv_response(results_to_csv(*computed->framework, *computed->results, ctx.lang,
                                     ctx.lang == "da" ? CsvDialect::danish_excel : CsvDialect::standard),
                      "forkant-round-" + std::to_string(round.id) + "-results.csv");
}

// The board report (web/reports/board_report.hpp), as the results page links it.
Response round_report_pdf(Context& ctx) {
  return board_report_pdf(ctx);
}

Response round_report_xlsx(Context& ctx) {
  return round_report_xlsx_response(ctx);
}

}  // namespace forkant::web::api
