#include "services/decisions.hpp"

#include <algorithm>
#include <utility>

#include "domain/date.hpp"
#include "domain/decisions/field_check.hpp"
#include "services/assessment.hpp"
#include "services/network_library.hpp"

namespace forkant {
namespace {

constexpr const char* kBuiltInFramework = "ti-spoergsmaal";

std::string object(const char* kind, std::int64_t id) {
  return std::string(kind) + ":" + std::to_string(id);
}

Error follow_up_required(Verdict verdict) {
  return Error::invalid("follow_up_decision_required", "error.follow_up_decision_required",
                        {{"verdict", std::string{to_string(verdict)}}});
}

Error not_found_step() {
  return Error::not_found();
}

}  // namespace

Date DecisionService::today() const {
  return utc_day(clock_.now());
}

void DecisionService::audit(std::int64_t org_id, std::int64_t actor, const std::string& action,
                            const std::string& obj, const std::string& detail) {
  audit_.append_audit({org_id, actor, action, obj, detail}, clock_.now());
}

ValidationContext DecisionService::validation_context(std::int64_t org_id) {
  ValidationContext context{store_.member_ids(org_id), store_.round_ids(org_id), store_.goal_ids(org_id), {}};
  if (const auto framework = assessment_.framework_by_key(kBuiltInFramework)) {
    for (const auto& purpose : framework->purposes) context.purpose_ids.insert(purpose.id);
  }
  return context;
}

// ---- The register ---------------------------------------------------------------------------------------

std::int64_t DecisionService::insert_decision_tx(std::int64_t org_id, std::int64_t actor,
                                                 const DecisionDraft& draft, const std::string& action) {
  Decision decision{0, org_id, draft, 1, std::nullopt, std::nullopt, std::nullopt};
  decision.id = store_.insert_decision(decision, actor, clock_.now());
  store_.insert_version(org_id, first_version(decision, actor, today()));
  audit(org_id, actor, action, object("decision", decision.id),
        std::string{to_string(draft.kind)} + ": " + draft.title);
  return decision.id;
}

Result<std::int64_t> DecisionService::create_decision(std::int64_t org_id, std::int64_t actor,
                                                      const DecisionDraft& draft) {
  if (auto status = validate(draft, validation_context(org_id)); !status) return status.error();
  std::int64_t id = 0;
  tx_.transaction([&] { id = insert_decision_tx(org_id, actor, draft, "decision.created"); });
  return id;
}

std::vector<Decision> DecisionService::list_decisions(std::int64_t org_id, const DecisionFilter& filter) {
  // A search loads only its hits; the other filters then narrow those.
  std::vector<Decision> loaded;
  if (!filter.search) {
    loaded = store_.decisions(org_id);
  } else if (const auto match = fts_match_expression(*filter.search)) {
    loaded = store_.decisions_with_ids(org_id, store_.search_decisions(org_id, *match));
  }
  auto out = filter_decisions(loaded, filter);
  sort_decisions(out, filter.sort, filter.descending);
  return out;
}

DecisionDetail DecisionService::detail(const Decision& decision) {
  DecisionDetail out{decision,
                     store_.versions(decision.org_id, decision.id),
                     {},
                     store_.notes(decision.org_id, decision.id)};
  out.history = history(out.versions);
  return out;
}

Result<Decision> DecisionService::edit_decision(const Decision& current, std::int64_t actor, int base_version,
                                                const DecisionDraft& content) {
  auto edited =
      apply_edit(current, {base_version, content, actor, today()}, validation_context(current.org_id));
  if (!edited) return edited.error();
  bool stale = false;
  tx_.transaction([&] {
    stale = false;
    // Compare-and-set on the version: an edit that raced this one since `current` was read loses.
    if (!store_.update_decision(edited->decision, current.version)) {
      stale = true;
      return;
    }
    store_.insert_version(current.org_id, edited->version);
    const auto changed = diff(current.content, content);
    std::string fields;
    for (const auto field : changed) fields += (fields.empty() ? "" : ",") + std::string{to_string(field)};
    audit(current.org_id, actor, "decision.edited", object("decision", current.id),
          "version " + std::to_string(edited->decision.version) + ": " + fields);
  });
  if (stale) {
    const auto now = store_.find_decision(current.id);
    return Error::conflict("stale_version", "error.stale_version",
                           {{"current", std::to_string(now ? now->version : current.version)}});
  }
  return edited->decision;
}

Result<std::int64_t> DecisionService::supersede_decision(const Decision& old_decision, std::int64_t actor,
                                                         const DecisionDraft& successor) {
  if (auto status = validate(successor, validation_context(old_decision.org_id)); !status)
    return status.error();
  std::optional<Error> error;
  std::int64_t id = 0;
  tx_.transaction([&] {
    error.reset();
    id = 0;
    const auto fresh = store_.find_decision(old_decision.id);
    // A placeholder successor lets the domain check the pair before anything is written.
    const Decision probe{-1, old_decision.org_id, successor, 1, std::nullopt, std::nullopt, std::nullopt};
    auto checked = supersede(fresh.value_or(old_decision), probe);
    if (!checked) {
      error = checked.error();
      return;
    }
    id = insert_decision_tx(old_decision.org_id, actor, successor, "decision.created");
    store_.set_supersession(old_decision.org_id, old_decision.id, id);
    audit(old_decision.org_id, actor, "decision.superseded", object("decision", old_decision.id),
          "by decision:" + std::to_string(id));
  });
  if (error) return *error;
  return id;
}

Result<std::int64_t> DecisionService::add_note(const Decision& decision, std::int64_t actor,
                                               const std::string& text) {
  auto note = make_follow_up_note(decision, text, actor, today());
  if (!note) return note.error();
  std::int64_t id = 0;
  std::optional<Error> error;
  tx_.transaction([&] {
    error.reset();
    id = 0;
    if (const auto fresh = store_.find_decision(decision.id); fresh) {
      if (auto again = make_follow_up_note(*fresh, text, actor, today()); !again) {
        error = again.error();
        return;
      }
    }
    id = store_.insert_note(decision.org_id, *note, clock_.now());
    audit(decision.org_id, actor, "decision.note_added", object("decision", decision.id), object("note", id));
  });
  if (error) return *error;
  return id;
}

Status DecisionService::mark_reviewed(const Decision& decision, std::int64_t actor) {
  const Date day = today();
  std::optional<Error> error;
  tx_.transaction([&] {
    error.reset();
    // A superseded decision is no longer in force: its review is the successor's (read in the write,
    // so a supersession since the page was loaded counts).
    const auto fresh = store_.find_decision(decision.id);
    if (fresh && fresh->is_superseded()) {
      error = Error::conflict("already_superseded", "error.already_superseded",
                              {{"successor", std::to_string(*fresh->superseded_by_id)}});
      return;
    }
    store_.set_reviewed(decision.org_id, decision.id, day);
    audit(decision.org_id, actor, "decision.reviewed", object("decision", decision.id), format_iso_date(day));
  });
  if (error) return *error;
  return ok_status();
}

// ---- Goals and steps ------------------------------------------------------------------------------------

Result<std::int64_t> DecisionService::create_goal(std::int64_t org_id, std::int64_t actor, Goal goal) {
  goal.org_id = org_id;
  if (auto status = validate(goal); !status) return status.error();
  std::int64_t id = 0;
  tx_.transaction([&] {
    id = store_.insert_goal(goal, actor, clock_.now());
    goal.id = id;
    store_.insert_goal_version(org_id, first_goal_version(goal, actor, today()));
    audit(org_id, actor, "goal.created", object("goal", id), goal.title);
  });
  return id;
}

GoalDetail DecisionService::goal_detail(const Goal& goal) {
  std::vector<Step> own;
  for (auto& step : store_.steps(goal.org_id)) {
    if (step.goal_id == goal.id) own.push_back(std::move(step));
  }
  return {goal,
          timeline(own),
          overdue_steps(own, today()),
          lessons_learned(goal, own),
          goal_history(store_.goal_versions(goal.org_id, goal.id)),
          step_history(store_.step_versions(goal.org_id, goal.id))};
}

namespace {

std::string changed_fields(const std::vector<EditEntry>& history, int version) {
  std::string out;
  for (const auto& entry : history) {
    if (entry.version != version) continue;
    for (const auto field : entry.changed) out += (out.empty() ? "" : ",") + std::string{field};
  }
  return out;
}

}  // namespace

Result<Goal> DecisionService::edit_goal(const Goal& current, std::int64_t actor, int base_version,
                                        const Goal& content) {
  std::optional<Error> error;
  Goal out;
  tx_.transaction([&] {
    error.reset();
    out = {};
    const auto fresh = store_.find_goal(current.id);
    if (!fresh || fresh->org_id != current.org_id) {
      error = Error::not_found();
      return;
    }
    auto edited = apply_goal_edit(*fresh, {base_version, content, actor, today()});
    if (!edited) {
      error = edited.error();
      return;
    }
    // Compare-and-set on the version as well: the read above and this write are one transaction.
    if (!store_.update_goal(edited->goal, fresh->version)) {
      error =
          Error::conflict("stale_version", "error.stale_edit", {{"current", std::to_string(fresh->version)}});
      return;
    }
    store_.insert_goal_version(current.org_id, edited->version);
    GoalVersion before = first_goal_version(*fresh, 0, {});
    before.version = fresh->version;
    const auto entries = goal_history({before, edited->version});
    audit(current.org_id, actor, "goal.edited", object("goal", current.id),
          "version " + std::to_string(edited->goal.version) + ": " +
              changed_fields(entries, edited->goal.version));
    out = edited->goal;
  });
  if (error) return *error;
  return out;
}

Result<Step> DecisionService::edit_step(const StepRow& row, std::int64_t actor, int base_version,
                                        const Step& content) {
  const auto context = validation_context(row.org_id);
  std::optional<Error> error;
  Step out;
  tx_.transaction([&] {
    error.reset();
    out = {};
    const auto fresh = store_.find_step(row.step.id);
    if (!fresh || fresh->org_id != row.org_id) {
      error = not_found_step();
      return;
    }
    auto edited = apply_step_edit(fresh->step, {base_version, content, actor, today()}, context);
    if (!edited) {
      error = edited.error();
      return;
    }
    if (!store_.update_step_content(row.org_id, edited->step, fresh->step.version)) {
      error = Error::conflict("stale_version", "error.stale_edit",
                              {{"current", std::to_string(fresh->step.version)}});
      return;
    }
    store_.insert_step_version(row.org_id, edited->version);
    StepVersion before = first_step_version(fresh->step, 0, {});
    before.version = fresh->step.version;
    const auto entries = step_history({before, edited->version});
    audit(row.org_id, actor, "step.edited", object("step", row.step.id),
          "version " + std::to_string(edited->step.version) + ": " +
              changed_fields(entries, edited->step.version));
    out = edited->step;
  });
  if (error) return *error;
  return out;
}

Result<std::int64_t> DecisionService::add_step(const Goal& goal, std::int64_t actor, Step step) {
  step.goal_id = goal.id;
  step.status = StepStatus::planned;
  step.evaluation.reset();
  step.drop_reason.clear();
  if (auto status = validate(step, validation_context(goal.org_id)); !status) return status.error();
  std::int64_t id = 0;
  tx_.transaction([&] {
    id = store_.insert_step(goal.org_id, step, clock_.now());
    step.id = id;
    store_.insert_step_version(goal.org_id, first_step_version(step, actor, today()));
    audit(goal.org_id, actor, "step.created", object("step", id), step.hypothesis);
  });
  return id;
}

Result<Step> DecisionService::start_step(const StepRow& row, std::int64_t actor) {
  return change_step(row, actor, "step.started", [](Step& step) { return forkant::start_step(step); });
}

Result<Step> DecisionService::change_step(const StepRow& row, std::int64_t actor, const std::string& action,
                                          const std::function<Status(Step&)>& change,
                                          const std::string& detail, const std::function<void()>& then) {
  std::optional<Error> error;
  Step step;
  tx_.transaction([&] {
    error.reset();
    step = {};
    const auto fresh = store_.find_step(row.step.id);
    if (!fresh || fresh->org_id != row.org_id) {
      error = not_found_step();
      return;
    }
    step = fresh->step;
    if (auto status = change(step); !status) {
      error = status.error();
      return;
    }
    store_.update_step(row.org_id, step);
    audit(row.org_id, actor, action, object("step", step.id), detail);
    if (then) then();
  });
  if (error) return *error;
  return step;
}

Result<CompletedStep> DecisionService::complete_step(const StepRow& row, std::int64_t actor,
                                                     StepCompletion completion) {
  if (!completion.evaluation.evaluated_on.ok()) completion.evaluation.evaluated_on = today();
  // Validate everything before the transaction: the evaluation on a copy, the follow-up decision
  // against the organisation. Nothing is stored unless both are right.
  Step probe = row.step;
  auto outcome = forkant::complete_step(probe, completion.evaluation);
  if (!outcome) return outcome.error();
  if (outcome->needs_decision) {
    if (!completion.follow_up) return follow_up_required(*completion.evaluation.verdict);
    if (!completion.follow_up->goal_id) completion.follow_up->goal_id = row.step.goal_id;
    if (auto status = validate(*completion.follow_up, validation_context(row.org_id)); !status) {
      return status.error();
    }
  } else {
    completion.follow_up.reset();
  }
  CompletedStep out;
  auto step = change_step(
      row, actor, "step.completed",
      [&](Step& fresh) -> Status {
        if (auto done = forkant::complete_step(fresh, completion.evaluation); !done) return done.error();
        return ok_status();
      },
      std::string{to_string(*completion.evaluation.verdict)},
      [&] {
        if (completion.follow_up) {
          out.decision_id = insert_decision_tx(row.org_id, actor, *completion.follow_up, "decision.created");
        }
      });
  if (!step) return step.error();
  out.step = *step;
  return out;
}

Result<Step> DecisionService::drop_step(const StepRow& row, std::int64_t actor, const std::string& reason) {
  return change_step(row, actor, "step.dropped",
                     [&](Step& step) { return forkant::drop_step(step, reason); });
}

// ---- Meetings -------------------------------------------------------------------------------------------

Result<std::int64_t> DecisionService::create_series(std::int64_t org_id, std::int64_t actor,
                                                    MeetingSeries series) {
  series.org_id = org_id;
  if (series.cadence != Cadence::every_n_weeks) series.interval_weeks = 1;
  if (auto status = validate(series); !status) return status.error();
  std::int64_t id = 0;
  tx_.transaction([&] {
    id = store_.insert_series(series, clock_.now());
    audit(org_id, actor, "meeting_series.created", object("meeting_series", id), series.title);
  });
  return id;
}

Date DecisionService::meeting_date(const MeetingSeries& series) {
  // A meeting stays the one being prepared until its minutes are recorded or the grace days have passed.
  Date after = add_days(today(), -(kMinutesGraceDays + 1));
  if (const auto last = store_.last_held(series.org_id, series.id); last && last->held_on > after) {
    after = last->held_on;
  }
  return next_meeting_date(series, after);
}

NextMeeting DecisionService::next_meeting(const MeetingSeries& series,
                                          const std::vector<RoundFindings>& findings,
                                          const std::vector<AgendaInitiative>& waiting) {
  return next_meeting(series, findings, store_.decisions(series.org_id), waiting);
}

NextMeeting DecisionService::next_meeting(const MeetingSeries& series,
                                          const std::vector<RoundFindings>& findings,
                                          std::vector<Decision> decisions,
                                          const std::vector<AgendaInitiative>& waiting) {
  NextMeeting out;
  out.series = series;
  out.date = meeting_date(series);
  AgendaInput input;
  input.series = series;
  input.date = out.date;
  const auto last = store_.last_held(series.org_id, series.id);
  if (last && last->held_on < out.date) {
    input.previous_date = last->held_on;
    input.follow_ups = store_.follow_ups(series.org_id, last->id);
  }
  input.goals = store_.goals(series.org_id);
  input.steps = store_.steps(series.org_id);
  input.decisions = std::move(decisions);
  input.closed_rounds = store_.closed_rounds(series.org_id);
  input.round_findings = findings;
  input.waiting_initiatives = waiting;
  input.last_touched = last_touched(input.decisions, input.goals, input.steps, today());
  input.last_decided = last_decided(input.decisions, today());
  if (library_ != nullptr) input.network_items = library_->network_lessons(series.org_id);
  if (radar_feed_) radar_feed_(series.org_id, input);
  if (competence_gaps_) input.competence_gaps = competence_gaps_(series.org_id);
  out.previous = input.previous_date;
  out.draft = draft_agenda(input);
  out.row = store_.meeting(series.org_id, series.id, out.date);
  out.since = since_last_meeting(input.decisions, input.steps, input.previous_date, today());
  return out;
}

std::optional<HeldMeeting> DecisionService::held_meeting(const MeetingSeries& series,
                                                         std::int64_t meeting_id) {
  const auto held = store_.held_meetings(series.org_id, series.id);  // newest first
  const auto it =
      std::find_if(held.begin(), held.end(), [&](const MeetingRow& m) { return m.id == meeting_id; });
  if (it == held.end()) return std::nullopt;
  HeldMeeting out;
  out.series = series;
  out.row = *it;
  if (it + 1 != held.end()) out.previous = (it + 1)->held_on;
  const auto decisions = store_.decisions(series.org_id);
  const auto taken = store_.meeting_decisions(series.org_id, meeting_id);
  for (const auto& d : decisions) {
    if (std::find(taken.begin(), taken.end(), d.id) != taken.end()) out.decisions.push_back(d);
  }
  out.follow_ups = store_.follow_ups(series.org_id, meeting_id);
  out.since = since_last_meeting(decisions, store_.steps(series.org_id), out.previous, out.row.held_on);
  return out;
}

Status DecisionService::save_agenda(const MeetingSeries& series, std::int64_t actor,
                                    const std::string& text) {
  if (auto status = check_text("agenda", text, kMaxAgendaChars, false); !status) return status;
  const Date date = meeting_date(series);
  tx_.transaction([&] {
    const auto id = store_.save_agenda(series.org_id, series.id, date, text, clock_.now());
    audit(series.org_id, actor, "meeting.agenda_saved", object("meeting", id), format_iso_date(date));
  });
  return ok_status();
}

Result<RecordedMinutes> DecisionService::record_minutes(const MeetingSeries& series, std::int64_t actor,
                                                        const Minutes& minutes) {
  if (auto status = check_text("minutes", minutes.text, kMaxMinutesChars, false); !status)
    return status.error();
  const auto context = validation_context(series.org_id);
  for (const auto& draft : minutes.decisions) {
    if (auto status = validate(draft, context); !status) return status.error();
  }
  for (auto step : minutes.steps) {
    step.status = StepStatus::planned;
    if (auto status = validate(step, context); !status) return status.error();
  }
  if (auto status = check_attendees(minutes.attendees); !status) return status.error();
  for (const auto& follow_up : minutes.follow_ups) {
    if (auto status = check_text("follow_up", follow_up.text, kMaxFollowUpChars, true); !status)
      return status.error();
    if (follow_up.owner_user_id && !context.member_user_ids.contains(*follow_up.owner_user_id)) {
      return Error::invalid("unknown_owner", "error.unknown_owner");
    }
  }
  std::set<std::int64_t> own_decisions;
  for (const auto& d : store_.decisions(series.org_id)) own_decisions.insert(d.id);
  for (const auto id : minutes.reviewed_decisions) {
    if (!own_decisions.contains(id)) return Error::invalid("unknown_decision", "error.unknown_decision");
  }
  for (const auto& follow_up : minutes.follow_ups) {
    if (!follow_up.owner_user_id)
      return Error::invalid("follow_up_owner_required", "error.follow_up_owner_required");
    if (!follow_up.due_on) return Error::invalid("follow_up_due_required", "error.follow_up_due_required");
  }
  RecordedMinutes out;
  std::optional<Error> refused;
  tx_.transaction([&] {
    // From scratch in each run: a retried run would otherwise list the first run's ids twice.
    out = {};
    refused.reset();
    // The meeting is settled inside the write: minutes recorded from a second tab or a resubmitted form
    // find the meeting held already (its minutes moved the prepared meeting on) and are refused.
    const Date date = meeting_date(series);
    if (minutes.meeting_date && *minutes.meeting_date != date) {
      const auto earlier = store_.meeting(series.org_id, series.id, *minutes.meeting_date);
      refused = earlier && earlier->held
                    ? Error::conflict("minutes_already_recorded", "error.minutes_already_recorded",
                                      {{"date", format_iso_date(*minutes.meeting_date)}})
                    : Error::conflict("meeting_moved", "error.meeting_moved",
                                      {{"date", format_iso_date(*minutes.meeting_date)}});
      return;
    }
    if (const auto existing = store_.meeting(series.org_id, series.id, date); existing && existing->held) {
      refused = Error::conflict("minutes_already_recorded", "error.minutes_already_recorded",
                                {{"date", format_iso_date(date)}});
      return;
    }
    // The agenda as sent: the coordinator's saved text, else the drafted one (as plain text).
    const auto saved = store_.meeting(series.org_id, series.id, date);
    const std::string sent = saved && !saved->agenda_text.empty() ? saved->agenda_text : minutes.agenda_draft;
    out.meeting_id = store_.save_minutes(series.org_id, series.id, date, minutes.text, clock_.now());
    store_.set_agenda_sent(series.org_id, out.meeting_id, sent);
    if (!minutes.attendees.empty()) store_.set_attendees(series.org_id, out.meeting_id, minutes.attendees);
    audit(series.org_id, actor, "meeting.minutes_recorded", object("meeting", out.meeting_id),
          format_iso_date(date));
    for (const auto& draft : minutes.decisions) {
      out.decision_ids.push_back(insert_decision_tx(series.org_id, actor, draft, "decision.created"));
      store_.link_meeting_decision(series.org_id, out.meeting_id, out.decision_ids.back());
    }
    for (auto step : minutes.steps) {
      step.status = StepStatus::planned;
      const auto id = store_.insert_step(series.org_id, step, clock_.now());
      step.id = id;
      store_.insert_step_version(series.org_id, first_step_version(step, actor, date));
      audit(series.org_id, actor, "step.created", object("step", id), step.hypothesis);
      out.step_ids.push_back(id);
    }
    for (const auto& follow_up : minutes.follow_ups) {
      store_.insert_follow_up(series.org_id, out.meeting_id, follow_up.text, follow_up.owner_user_id,
                              follow_up.due_on, clock_.now());
    }
    for (const auto id : minutes.reviewed_decisions) {
      store_.set_reviewed(series.org_id, id, date);
      audit(series.org_id, actor, "decision.reviewed", object("decision", id), format_iso_date(date));
    }
  });
  if (refused) return *refused;
  return out;
}

// ---- The account ----------------------------------------------------------------------------------------

Result<Account> DecisionService::account(std::int64_t org_id, Date from, Date to) {
  return build_account(store_.decisions(org_id), store_.goals(org_id), store_.steps(org_id), from, to);
}

}  // namespace forkant
