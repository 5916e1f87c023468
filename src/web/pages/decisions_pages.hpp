#pragma once
// Pages of the three decisions: the decision register, goals and steps, meetings with their drafted
// agenda item, and the account. One page or action per file: handler x in x.cpp, beside x_page when a
// form's action shows that page again. Leader, coordinator and owner change things; a viewer reads.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>

#include "domain/decisions/account.hpp"
#include "domain/decisions/decision.hpp"
#include "services/decisions.hpp"
#include "web/access.hpp"
#include "web/account_period.hpp"
#include "web/context.hpp"
#include "web/forms.hpp"
#include "web/http.hpp"

namespace forkant::web::pages {

Response decisions_list(Context& ctx);
Response decision_new(Context& ctx);
Response decision_create(Context& ctx);
Response decision_detail(Context& ctx);
Response decision_edit(Context& ctx);
Response decision_update(Context& ctx);
Response decision_supersede_form(Context& ctx);
Response decision_supersede(Context& ctx);
Response decision_add_note(Context& ctx);
Response decision_mark_reviewed(Context& ctx);

Response goals_list(Context& ctx);
Response goal_create(Context& ctx);
Response goal_detail(Context& ctx);
Response goal_edit(Context& ctx);
Response goal_update(Context& ctx);
Response step_create(Context& ctx);
Response step_start(Context& ctx);
Response step_evaluate_form(Context& ctx);
Response step_complete(Context& ctx);
Response step_drop(Context& ctx);
Response step_edit(Context& ctx);
Response step_update(Context& ctx);

Response meetings_list(Context& ctx);
Response meeting_series_create(Context& ctx);
Response meeting_next(Context& ctx);
Response meeting_agenda_save(Context& ctx);
Response meeting_print(Context& ctx);
Response meeting_agenda_text(Context& ctx);
Response meeting_minutes(Context& ctx);
Response meeting_history(Context& ctx);
Response meeting_held(Context& ctx);
Response meeting_held_print(Context& ctx);
Response meeting_agenda_pdf(Context& ctx);
Response meeting_minutes_pdf(Context& ctx);

Response account(Context& ctx);
Response account_csv(Context& ctx);
Response account_json(Context& ctx);

// ---- Pages that a form's action shows again ---------------------------------------------------------------

// The goal page with a refused action's message; `input` refills the new-step form.
Response goal_detail_page(Context& ctx, const OrgAccess& access, const Goal& goal, const Step& input,
                          const std::string& error, int status);
// The goal's edit form with `input` in it at `version`; with `show_stored`, also what is saved now (a
// stale edit).
Response goal_edit_page(Context& ctx, const OrgAccess& access, const Goal& stored, const Goal& input,
                        int version, const std::string& error, bool show_stored, int status);
// The step's edit form, likewise.
Response step_edit_page(Context& ctx, const OrgAccess& access, const StepRow& stored, const Step& input,
                        int version, const std::string& error, bool show_stored, int status);
// The goals list with the create form; `input` refills it.
Response goals_list_page(Context& ctx, const OrgAccess& access, const Goal& input, const std::string& error,
                         int status);
struct PublishInput;
struct ShareInput;
// The decision page with a refused note's message and text; `publish`: a refused publish form's input;
// `share`: a refused share form's.
Response decision_detail_page(Context& ctx, const OrgAccess& access, const Decision& decision,
                              const std::string& note_error, const std::string& note_text, int status,
                              const PublishInput* publish = nullptr, const ShareInput* share = nullptr);
// The evaluation form of a step, with the follow-up decision's fields.
Response step_evaluate_form_page(Context& ctx, const OrgAccess& access, const StepRow& row,
                                 const Evaluation& input, const DecisionDraft& follow_up,
                                 const std::string& error, int status);
// The meeting series with the create form; `input` refills it.
Response meetings_list_page(Context& ctx, const OrgAccess& access, const MeetingSeries& input,
                            const std::string& error, int status);
// The next meeting of a series; with an error, the minutes form keeps what was typed.
Response meeting_next_page(Context& ctx, const OrgAccess& access, const MeetingSeries& series,
                           const std::string& error, int status);

// ---- The decision form (decision_form.cpp) ------------------------------------------------------------

// The framework whose questions and purposes decisions refer to.
inline constexpr const char* kDecisionFramework = "ti-spoergsmaal";

// What differs between the forms that record, edit and supersede a decision.
struct FormView {
  std::string heading;
  std::string action;
  std::string submit;
  std::optional<int> version;
};

Response decision_form_page(Context& ctx, const OrgAccess& access, const FormView& form,
                            const DecisionDraft& draft, const std::string& error, int status);
// A new decision's defaults: the caller owns it, decided today by the default body.
DecisionDraft new_decision_draft(Context& ctx);
std::string decision_path(std::int64_t org_id, std::int64_t id);

// Reads a decision's content from form fields named `<prefix>kind`, `<prefix>title`, ... into `draft`,
// keeping what it can so that a refused form is shown again with the input kept. A date or number that
// does not parse and an unknown kind are refused.
Status read_draft_form(const Form& form, const std::string& prefix, DecisionDraft& draft);

// The decision fields of a form (templates/decisions_fields.mustache) rendered as HTML, with the values
// of `draft` filled in; `prefix` namespaces the field names and ids.
std::string decision_fields_html(Context& ctx, std::int64_t org_id, const DecisionDraft& draft,
                                 const std::string& prefix);

// "Besluttet" / "Fravalgt" / "Udskudt" in the page's language.
std::string kind_label(const Context& ctx, DecisionKind kind);
// "3. Title of question 3" in the page's language, from the built-in framework.
std::string question_label(Context& ctx, int question);
// Display names of the organisation's members by user id.
std::map<std::int64_t, std::string> member_names(Context& ctx, std::int64_t org_id);
// Members as <option>s with `selected` on `chosen`.
nlohmann::json member_options(Context& ctx, std::int64_t org_id, std::optional<std::int64_t> chosen);
// Question choices 1..10 as checkboxes with `checked` for those in `chosen`.
nlohmann::json question_choices(Context& ctx, const std::set<int>& chosen);
// A text for a template, or null when empty: Mustache treats every string, even "", as true in a
// section, so optional texts that guard a section must be null.
inline nlohmann::json or_null(const std::string& text) {
  return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}
// The error as a message for the form.
std::string form_error(const Context& ctx, const Error& error);

// ---- Goals (goal_pages.cpp) -----------------------------------------------------------------------------

// A goal's title, description, questions and horizon from the goal forms into `goal`, keeping what it can;
// a question that is not a number is refused ("unknown_question").
Status read_goal_form(const Form& form, Goal& goal);

// ---- Steps (step_pages.cpp) -----------------------------------------------------------------------------

// The prefix of the follow-up decision's fields on the evaluation form.
inline constexpr const char* kDecisionPrefix = "d_";

std::string goal_path(const OrgAccess& access, const Step& step);
// The goal page again, with the reason an action on one of its steps was refused.
Response refused_on_goal(Context& ctx, const OrgAccess& access, const StepRow& row, const Error& error);
// The decision a change of course leads to, with what the step already tells.
DecisionDraft follow_up_defaults(Context& ctx, const StepRow& row, std::optional<Verdict> verdict);

// ---- Meetings (meeting_pages.cpp) -----------------------------------------------------------------------

// How many decisions and follow-ups the minutes form offers.
inline constexpr int kMinuteDecisions = 2;
inline constexpr int kMinuteFollowUps = 3;

std::string series_path(const OrgAccess& access, std::int64_t series_id);
// The text the coordinator works on: the saved edit, else the draft as text.
std::string agenda_text(Context& ctx, const NextMeeting& next);
// The drafted agenda's points with their source and why they are there.
nlohmann::json agenda_points_view(Context& ctx, const NextMeeting& next);
// "Siden sidste møde" for a template (templates/meetings_since.mustache's fields): decisions,
// deselections, evaluated steps and reviews, each linked.
nlohmann::json since_view(Context& ctx, std::int64_t org_id, const SinceLastMeeting& since);
// Follow-ups with owner and date for a template.
nlohmann::json follow_ups_view(Context& ctx, const std::vector<PromisedFollowUp>& follow_ups);

// ---- The account (account_pages.cpp) --------------------------------------------------------------------

// The account over ?from=&to= (by default the last twelve months); a date that does not parse is refused.
Result<std::pair<AccountPeriod, Account>> load_account(Context& ctx, std::int64_t org_id);

}  // namespace forkant::web::pages
