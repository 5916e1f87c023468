// Recording a meeting's minutes: who attended (one name a line), decisions, a step, follow-ups (each with
// an owner and a date) and reviewed decisions in one go, for the meeting the form names; the agenda as it
// stood is kept with them.
#include "domain/decisions/field_check.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

// Reads the minutes form; a decision block or the step counts when its main text was written.
Result<Minutes> read_minutes_form(Context& ctx, const OrgAccess& access, Date meeting_date,
                                  const std::string& body) {
  const auto& form = ctx.form();
  Minutes minutes;
  minutes.text = form.get("minutes");
  minutes.attendees = attendee_names({form.get("attendees")});
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
  // Follow-ups: a row counts when its text was written; its owner and date are then required (the
  // service refuses a row without them), a date that does not parse is refused here.
  for (int i = 1; i <= kMinuteFollowUps; ++i) {
    const std::string prefix = "f" + std::to_string(i) + "_";
    if (is_blank(form.get(prefix + "text"))) continue;
    Minutes::FollowUp follow_up{form.get(prefix + "text"), parse_id(form.get(prefix + "owner")),
                                std::nullopt};
    if (const auto due = form.get(prefix + "due_on"); !due.empty()) {
      follow_up.due_on = parse_iso_date(due);
      if (!follow_up.due_on)
        return Error::invalid("invalid_date", "error.invalid_date", {{"field", prefix + "due_on"}});
    }
    minutes.follow_ups.push_back(follow_up);
  }
  // The meeting the form was made for (a page loaded before another tab recorded its minutes says so).
  if (const auto date = form.get("meeting_date"); !date.empty()) {
    minutes.meeting_date = parse_iso_date(date);
    if (!minutes.meeting_date)
      return Error::invalid("invalid_date", "error.invalid_date", {{"field", "meeting_date"}});
  }
  for (const auto& id : form.all("reviewed")) {
    if (const auto decision = parse_id(id)) minutes.reviewed_decisions.push_back(*decision);
  }
  (void)access;
  return minutes;
}

}  // namespace

Response meeting_minutes(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto series = series_in_path(ctx, *access);
  if (!series) return error_response(ctx, series.error());
  auto& svc = *ctx.app.services().decisions;
  const auto next = svc.next_meeting(*series);
  auto minutes = read_minutes_form(ctx, *access, next.date, series->title);
  if (minutes) minutes->agenda_draft = agenda_text(ctx, next);
  if (!minutes) {
    return meeting_next_page(ctx, *access, *series, form_error(ctx, minutes.error()),
                             http_status(minutes.error()));
  }
  auto recorded = svc.record_minutes(*series, ctx.user->id, *minutes);
  if (!recorded) {
    return meeting_next_page(ctx, *access, *series, form_error(ctx, recorded.error()),
                             http_status(recorded.error()));
  }
  return redirect(series_path(*access, series->id) + "?recorded=1");
}

}  // namespace forkant::web::pages
