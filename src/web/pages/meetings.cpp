// Recurring management meetings: the series of an organisation (and creating one), and the next
// meeting's page: the drafted digital-transformation item with the reason for every point, the
// coordinator's edited text, a print view (one or two A4 pages), a plain-text export for a calendar
// invitation, and the minutes form that records decisions, a step and follow-ups in one go.
#include "domain/decisions/field_check.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

constexpr int kMinuteDecisions = 2;

std::string series_path(const OrgAccess& access, std::int64_t series_id) {
  return "/orgs/" + std::to_string(access.org_id) + "/meetings/" + std::to_string(series_id);
}

Translate translator(Context& ctx) {
  return [&ctx](std::string_view key, const std::map<std::string, std::string>& params) {
    return ctx.t(key, params);
  };
}

// The text the coordinator works on: the saved edit, else the draft as text.
std::string agenda_text(Context& ctx, const NextMeeting& next) {
  if (next.row && !next.row->agenda_text.empty()) return next.row->agenda_text;
  return agenda_to_text(next.draft, translator(ctx));
}

nlohmann::json points_view(Context& ctx, const NextMeeting& next) {
  nlohmann::json points = nlohmann::json::array();
  for (const auto& p : next.draft.points) {
    points.push_back({{"source", ctx.t("agenda.source." + std::string{to_string(p.source)})},
                      {"text", ctx.t(p.text_key, p.params)},
                      {"why", ctx.t(p.why_key, p.params)}});
  }
  return points;
}

Response series_page(Context& ctx, const OrgAccess& access, const MeetingSeries& input,
                     const std::string& error, int status) {
  auto& svc = *ctx.app.services().decisions;
  nlohmann::json list = nlohmann::json::array();
  for (const auto& s : svc.series(access.org_id)) {
    list.push_back({{"title", s.title},
                    {"href", series_path(access, s.id)},
                    {"cadence", ctx.t("cadence." + std::string{to_string(s.cadence)},
                                      {{"weeks", std::to_string(s.interval_weeks)}})},
                    {"next", format_iso_date(svc.next_meeting(s).date)}});
  }
  nlohmann::json cadences = nlohmann::json::array();
  for (const auto c : {Cadence::monthly, Cadence::weekly, Cadence::every_n_weeks}) {
    const std::string name{to_string(c)};
    cadences.push_back(
        {{"value", name}, {"label", ctx.t("cadence.choice." + name)}, {"selected", input.cadence == c}});
  }
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"series", list},
                      {"empty", list.empty()},
                      {"can_write", role_at_least(access.role, Role::leader)},
                      {"title", input.title},
                      {"cadences", cadences},
                      {"interval", std::to_string(input.interval_weeks)},
                      {"first_meeting", input.first_meeting.ok() ? format_iso_date(input.first_meeting) : ""},
                      {"error", or_null(error)}};
  return page(ctx, "meetings_list", view, ctx.t("meeting.list.title"), status);
}

Response next_page(Context& ctx, const OrgAccess& access, const MeetingSeries& series,
                   const std::string& error, int status) {
  auto& svc = *ctx.app.services().decisions;
  const auto next = svc.next_meeting(series);
  DecisionDraft draft;
  draft.owner_user_id = ctx.user->id;
  draft.decided_on = next.date;
  draft.body = series.title;
  nlohmann::json blocks = nlohmann::json::array();
  for (int i = 1; i <= kMinuteDecisions; ++i) {
    const std::string prefix = "m" + std::to_string(i) + "_";
    DecisionDraft block = draft;
    if (i == 2) block.kind = DecisionKind::deselected;
    if (!error.empty()) (void)read_draft_form(ctx.form(), prefix, block);  // keep what was typed
    blocks.push_back(
        {{"number", std::to_string(i)}, {"fields", decision_fields_html(ctx, access.org_id, block, prefix)}});
  }
  nlohmann::json reviews = nlohmann::json::array();
  for (const auto& p : next.draft.points) {
    if (p.source == AgendaSource::review_due && p.linked_id) {
      reviews.push_back({{"id", std::to_string(*p.linked_id)}, {"title", p.params.at("title")}});
    }
  }
  nlohmann::json goals = nlohmann::json::array();
  for (const auto& g : svc.goals(access.org_id))
    goals.push_back({{"value", std::to_string(g.id)}, {"label", g.title}});
  const std::string base = series_path(access, series.id);
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"title", series.title},
                      {"date", format_iso_date(next.date)},
                      {"previous", or_null(next.previous ? format_iso_date(*next.previous) : "")},
                      {"points", points_view(ctx, next)},
                      {"agenda_text", agenda_text(ctx, next)},
                      {"edited", next.row && !next.row->agenda_text.empty()},
                      {"base", base},
                      {"can_write", role_at_least(access.role, Role::leader)},
                      {"blocks", blocks},
                      {"reviews", reviews},
                      {"has_reviews", !reviews.empty()},
                      {"goals", goals},
                      {"has_goals", !goals.empty()},
                      {"owners", member_options(ctx, access.org_id, ctx.user->id)},
                      {"minutes", ctx.form().get("minutes")},
                      {"follow_ups", ctx.form().get("follow_ups")},
                      {"recorded", ctx.query().get("recorded") == "1"},
                      {"error", or_null(error)}};
  return page(ctx, "meetings_next", view, series.title + " " + format_iso_date(next.date), status);
}

// Reads the minutes form; a decision block or the step counts when its main text was written.
Result<Minutes> read_minutes_form(Context& ctx, const OrgAccess& access, Date meeting_date,
                                  const std::string& body) {
  const auto& form = ctx.form();
  Minutes minutes;
  minutes.text = form.get("minutes");
  for (int i = 1; i <= kMinuteDecisions; ++i) {
    const std::string prefix = "m" + std::to_string(i) + "_";
    if (is_blank(form.get(prefix + "title")) && is_blank(form.get(prefix + "rationale"))) continue;
    DecisionDraft draft;
    draft.decided_on = meeting_date;
    draft.body = body;
    if (auto s = read_draft_form(form, prefix, draft); !s) return s.error();
    minutes.decisions.push_back(draft);
  }
  if (!is_blank(form.get("s_hypothesis"))) {
    Step step;
    step.goal_id = parse_id(form.get("s_goal")).value_or(0);
    step.owner_user_id = parse_id(form.get("s_owner")).value_or(0);
    step.hypothesis = form.get("s_hypothesis");
    step.success_criterion = form.get("s_criterion");
    step.due_on = parse_iso_date(form.get("s_due_on")).value_or(Date{});
    minutes.steps.push_back(step);
  }
  std::string line;
  for (const char c : form.get("follow_ups") + "\n") {
    if (c != '\n') {
      if (c != '\r') line += c;
      continue;
    }
    if (!is_blank(line)) minutes.follow_ups.push_back({line, std::nullopt});
    line.clear();
  }
  for (const auto& id : form.all("reviewed")) {
    if (const auto decision = parse_id(id)) minutes.reviewed_decisions.push_back(*decision);
  }
  (void)access;
  return minutes;
}

}  // namespace

Response meetings_list(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  MeetingSeries input;
  input.title = ctx.t("meeting.default_title");
  return series_page(ctx, *access, input, "", 200);
}

Response meeting_series_create(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  const auto& form = ctx.form();
  MeetingSeries series;
  series.title = form.get("title");
  const auto cadence = cadence_from_string(form.get("cadence"));
  series.cadence = cadence.value_or(Cadence::monthly);
  if (!cadence) {
    const Error e =
        Error::invalid("unknown_cadence", "error.unknown_cadence", {{"cadence", form.get("cadence")}});
    return series_page(ctx, *access, series, form_error(ctx, e), http_status(e));
  }
  series.interval_weeks = parse_number(form.get("interval_weeks"), 999)
                              .value_or(series.cadence == Cadence::every_n_weeks ? 0 : 1);
  series.first_meeting = parse_iso_date(form.get("first_meeting")).value_or(Date{});
  auto id = ctx.app.services().decisions->create_series(access->org_id, ctx.user->id, series);
  if (!id) return series_page(ctx, *access, series, form_error(ctx, id.error()), http_status(id.error()));
  return redirect(series_path(*access, *id));
}

Response meeting_next(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto series = series_in_path(ctx, *access);
  if (!series) return error_response(ctx, series.error());
  return next_page(ctx, *access, *series, "", 200);
}

Response meeting_agenda_save(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto series = series_in_path(ctx, *access);
  if (!series) return error_response(ctx, series.error());
  if (auto s = ctx.app.services().decisions->save_agenda(*series, ctx.user->id, ctx.form().get("agenda"));
      !s) {
    return next_page(ctx, *access, *series, form_error(ctx, s.error()), http_status(s.error()));
  }
  return redirect(series_path(*access, series->id) + "#agenda");
}

Response meeting_print(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto series = series_in_path(ctx, *access);
  if (!series) return error_response(ctx, series.error());
  const auto next = ctx.app.services().decisions->next_meeting(*series);
  const bool edited = next.row && !next.row->agenda_text.empty();
  nlohmann::json view{{"org", org_view(ctx, access->org_id, access->role)},
                      {"title", series->title},
                      {"date", format_iso_date(next.date)},
                      {"back", series_path(*access, series->id)},
                      {"edited", edited},
                      {"agenda_text", edited ? next.row->agenda_text : ""},
                      {"points", points_view(ctx, next)}};
  return page(ctx, "meetings_print", view,
              series->title + " " + format_iso_date(next.date) + " – " + ctx.t("meeting.print"));
}

Response meeting_agenda_text(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto series = series_in_path(ctx, *access);
  if (!series) return error_response(ctx, series.error());
  const auto next = ctx.app.services().decisions->next_meeting(*series);
  Response res{200, {}, agenda_text(ctx, next), ""};
  res.set_header("Content-Type", "text/plain; charset=utf-8");
  res.set_header("Content-Disposition",
                 "attachment; filename=\"agenda-" + format_iso_date(next.date) + ".txt\"");
  return res;
}

Response meeting_minutes(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto series = series_in_path(ctx, *access);
  if (!series) return error_response(ctx, series.error());
  auto& svc = *ctx.app.services().decisions;
  auto minutes = read_minutes_form(ctx, *access, svc.next_meeting(*series).date, series->title);
  if (!minutes)
    return next_page(ctx, *access, *series, form_error(ctx, minutes.error()), http_status(minutes.error()));
  auto recorded = svc.record_minutes(*series, ctx.user->id, *minutes);
  if (!recorded)
    return next_page(ctx, *access, *series, form_error(ctx, recorded.error()), http_status(recorded.error()));
  return redirect(series_path(*access, series->id) + "?recorded=1");
}

}  // namespace forkant::web::pages
