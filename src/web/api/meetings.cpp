// Recurring management meetings: list and create series per organisation; the next meeting's drafted
// digital-transformation item (each point with its source and why it is there), the coordinator's edited
// text, and minutes that record decisions, steps and follow-ups in one go.
#include "web/api/decisions_api.hpp"
#include "web/api/write_request.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"
#include "web/round_findings.hpp"
#include "web/waiting_initiatives.hpp"

namespace forkant::web::api {
namespace {

nlohmann::json series_to_json(const MeetingSeries& s, Date next) {
  return {{"id", s.id},
          {"title", s.title},
          {"cadence", std::string{to_string(s.cadence)}},
          {"interval_weeks", s.interval_weeks},
          {"first_meeting", format_iso_date(s.first_meeting)},
          {"next_meeting", format_iso_date(next)}};
}

Response agenda_response(Context& ctx, const MeetingSeries& series) {
  const auto next = ctx.app.services().decisions->next_meeting(series, round_findings(ctx, series.org_id),
                                                               agenda_initiatives(ctx, series.org_id));
  nlohmann::json points = nlohmann::json::array();
  for (const auto& p : next.draft.points) {
    nlohmann::json findings = nlohmann::json::array();
    for (const auto& f : p.findings) {
      findings.push_back(
          {{"text", ctx.t(f.text_key, f.params)},
           {"href", "/rounds/" + std::to_string(p.linked_id.value_or(0)) + "/results#" + f.anchor}});
    }
    points.push_back({{"findings", findings},
                      {"source", std::string{to_string(p.source)}},
                      {"text", ctx.t(p.text_key, p.params)},
                      {"why", ctx.t(p.why_key, p.params)},
                      {"linked_id", p.linked_id ? nlohmann::json(*p.linked_id) : nlohmann::json(nullptr)},
                      {"date", p.date ? nlohmann::json(format_iso_date(*p.date)) : nlohmann::json(nullptr)}});
  }
  const std::string edited = next.row ? next.row->agenda_text : "";
  const Translate translate = [&](std::string_view key, const std::map<std::string, std::string>& params) {
    return ctx.t(key, params);
  };
  return json_response(
      200, {{"series", series_to_json(series, next.date)},
            {"date", format_iso_date(next.date)},
            {"previous",
             next.previous ? nlohmann::json(format_iso_date(*next.previous)) : nlohmann::json(nullptr)},
            {"points", points},
            {"edited_text", edited.empty() ? nlohmann::json(nullptr) : nlohmann::json(edited)},
            {"text", agenda_to_text(next.draft, translate)}});
}

// Steps in minutes: [{"goal_id", "hypothesis", "success_criterion", "owner_id", "due_on"}].
Result<Step> read_step(const nlohmann::json& j) {
  if (!j.is_object()) return wrong_type("steps");
  FieldReader f(j);
  Step step;
  step.goal_id = f.integer("goal_id").value_or(0);
  step.hypothesis = f.string("hypothesis").value_or("");
  step.success_criterion = f.string("success_criterion", false).value_or("");
  step.owner_user_id = f.integer("owner_id").value_or(0);
  auto due = read_date(f, "due_on", true);
  if (auto e = f.finish()) return *e;
  if (!due) return due.error();
  step.due_on = due->value_or(Date{});
  return step;
}

Result<Minutes::FollowUp> read_follow_up(const nlohmann::json& j) {
  if (!j.is_object()) return wrong_type("follow_ups");
  FieldReader f(j);
  Minutes::FollowUp out;
  out.text = f.string("text").value_or("");
  out.owner_user_id = f.integer("owner_id", false);
  auto due = read_date(f, "due_on", false);
  if (auto e = f.finish()) return *e;
  if (!due) return due.error();
  out.due_on = *due;
  return out;
}

Result<Minutes> read_minutes(const nlohmann::json& body, Date meeting_date) {
  FieldReader f(body);
  Minutes minutes;
  minutes.text = f.string("minutes", false).value_or("");
  const auto* decisions = f.any("decisions", false);
  const auto* steps = f.any("steps", false);
  const auto* follow_ups = f.any("follow_ups", false);
  const auto* reviewed = f.any("reviewed_decision_ids", false);
  const auto* attendees = f.any("attendees", false);
  auto held_on = read_date(f, "meeting_date", false);
  if (auto e = f.finish()) return *e;
  if (!held_on) return held_on.error();
  minutes.meeting_date = *held_on;
  for (const auto* list : {decisions, steps, follow_ups, reviewed, attendees}) {
    if (list && !list->is_array()) return wrong_type("minutes");
  }
  DecisionDraft defaults;
  defaults.decided_on = meeting_date;
  for (const auto& d : decisions ? *decisions : nlohmann::json::array()) {
    if (!d.is_object()) return wrong_type("decisions");
    auto draft = read_draft(d, defaults, true);
    if (!draft) return draft.error();
    minutes.decisions.push_back(*draft);
  }
  for (const auto& s : steps ? *steps : nlohmann::json::array()) {
    auto step = read_step(s);
    if (!step) return step.error();
    minutes.steps.push_back(*step);
  }
  for (const auto& fu : follow_ups ? *follow_ups : nlohmann::json::array()) {
    auto follow_up = read_follow_up(fu);
    if (!follow_up) return follow_up.error();
    minutes.follow_ups.push_back(*follow_up);
  }
  for (const auto& id : reviewed ? *reviewed : nlohmann::json::array()) {
    auto n = integer_value<std::int64_t>(id, "reviewed_decision_ids");
    if (!n) return n.error();
    minutes.reviewed_decisions.push_back(*n);
  }
  std::vector<std::string> names;
  for (const auto& name : attendees ? *attendees : nlohmann::json::array()) {
    if (!name.is_string()) return wrong_type("attendees");
    names.push_back(name.get<std::string>());
  }
  minutes.attendees = attendee_names(names);
  return minutes;
}

}  // namespace

Response list_meeting_series(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  auto& svc = *ctx.app.services().decisions;
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : svc.series(org_id)) out.push_back(series_to_json(s, svc.next_meeting(s).date));
  return json_response(200, {{"series", out}});
}

Response create_meeting_series(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  const std::int64_t org_id = request->target.org_id;
  FieldReader f(request->body);
  MeetingSeries series;
  series.title = f.string("title").value_or("");
  const auto cadence = f.string("cadence", false).value_or("monthly");
  series.interval_weeks = f.integer<int>("interval_weeks", false).value_or(1);
  auto first = read_date(f, "first_meeting", true);
  if (auto e = f.finish()) return error_response(ctx, *e);
  if (!first) return error_response(ctx, first.error());
  series.first_meeting = first->value_or(Date{});
  const auto parsed = cadence_from_string(cadence);
  if (!parsed) {
    return error_response(ctx,
                          Error::invalid("unknown_cadence", "error.unknown_cadence", {{"cadence", cadence}}));
  }
  series.cadence = *parsed;
  auto& svc = *ctx.app.services().decisions;
  auto id = svc.create_series(org_id, ctx.user->id, series);
  if (!id) return error_response(ctx, id.error());
  const auto stored = *svc.find_series(*id);
  return json_response(201, series_to_json(stored, svc.next_meeting(stored).date));
}

Response get_agenda(Context& ctx) {
  auto series = series_in_path(ctx, Role::viewer);
  if (!series) return error_response(ctx, series.error());
  return agenda_response(ctx, *series);
}

Response put_agenda(Context& ctx) {
  auto request = with_body(ctx, series_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  auto& series = request->target;
  FieldReader f(request->body);
  const auto text = f.string("text");
  if (auto e = f.finish()) return error_response(ctx, *e);
  if (auto s = ctx.app.services().decisions->save_agenda(series, ctx.user->id, *text); !s) {
    return error_response(ctx, s.error());
  }
  return agenda_response(ctx, series);
}

Response record_minutes(Context& ctx) {
  auto request = with_body(ctx, series_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  auto& series = request->target;
  nlohmann::json& body = request->body;
  auto& svc = *ctx.app.services().decisions;
  const auto next = svc.next_meeting(series);
  auto minutes = read_minutes(body, next.date);
  if (!minutes) return error_response(ctx, minutes.error());
  const Translate translate = [&](std::string_view key, const std::map<std::string, std::string>& params) {
    return ctx.t(key, params);
  };
  minutes->agenda_draft = next.row && !next.row->agenda_text.empty() ? next.row->agenda_text
                                                                     : agenda_to_text(next.draft, translate);
  auto recorded = svc.record_minutes(series, ctx.user->id, *minutes);
  if (!recorded) return error_response(ctx, recorded.error());
  return json_response(201, {{"meeting_id", recorded->meeting_id},
                             {"decision_ids", recorded->decision_ids},
                             {"step_ids", recorded->step_ids}});
}

// The held meetings of a series, newest first, each with its agenda as sent, minutes, decisions taken,
// follow-ups (owner and date) and what happened since the meeting before it.
Response meeting_history(Context& ctx) {
  auto series = series_in_path(ctx, Role::viewer);
  if (!series) return error_response(ctx, series.error());
  auto& svc = *ctx.app.services().decisions;
  nlohmann::json meetings = nlohmann::json::array();
  for (const auto& row : svc.held_meetings(*series)) {
    const auto held = svc.held_meeting(*series, row.id);
    if (!held) continue;
    nlohmann::json decisions = nlohmann::json::array();
    for (const auto& d : held->decisions) decisions.push_back(d.id);
    nlohmann::json follow_ups = nlohmann::json::array();
    for (const auto& f : held->follow_ups) {
      follow_ups.push_back(
          {{"id", f.id},
           {"text", f.text},
           {"owner", f.owner ? nlohmann::json(*f.owner) : nlohmann::json(nullptr)},
           {"due_on", f.due_on ? nlohmann::json(format_iso_date(*f.due_on)) : nlohmann::json(nullptr)}});
    }
    const auto ids = [](const std::vector<Decision>& list) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& d : list) out.push_back(d.id);
      return out;
    };
    nlohmann::json evaluated = nlohmann::json::array();
    for (const auto& st : held->since.evaluated) evaluated.push_back(st.id);
    meetings.push_back({{"id", row.id},
                        {"held_on", format_iso_date(row.held_on)},
                        {"agenda_sent", row.agenda_sent},
                        {"minutes", row.minutes},
                        {"attendees", row.attendees},
                        {"decision_ids", decisions},
                        {"follow_ups", follow_ups},
                        {"since_previous",
                         {{"previous", held->previous ? nlohmann::json(format_iso_date(*held->previous))
                                                      : nlohmann::json(nullptr)},
                          {"decided_ids", ids(held->since.decided)},
                          {"deselected_ids", ids(held->since.deselected)},
                          {"evaluated_step_ids", evaluated},
                          {"reviewed_ids", ids(held->since.reviewed)}}}});
  }
  return json_response(200, {{"series_id", series->id}, {"meetings", meetings}});
}

}  // namespace forkant::web::api
