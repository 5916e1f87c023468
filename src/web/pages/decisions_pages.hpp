#pragma once
// Pages of the three decisions: the decision register, goals and steps, meetings with their drafted
// agenda item, and the account. One page or action per file; the helpers below are shared by the forms
// (decision_form.cpp). Leader, coordinator and owner change things; a viewer reads.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "domain/decisions/decision.hpp"
#include "services/decisions.hpp"
#include "web/access.hpp"
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
Response step_create(Context& ctx);
Response step_start(Context& ctx);
Response step_evaluate_form(Context& ctx);
Response step_complete(Context& ctx);
Response step_drop(Context& ctx);

Response meetings_list(Context& ctx);
Response meeting_series_create(Context& ctx);
Response meeting_next(Context& ctx);
Response meeting_agenda_save(Context& ctx);
Response meeting_print(Context& ctx);
Response meeting_agenda_text(Context& ctx);
Response meeting_minutes(Context& ctx);

Response account(Context& ctx);
Response account_csv(Context& ctx);
Response account_json(Context& ctx);

// ---- Shared by the forms (decision_form.cpp) -------------------------------------------------------------

// The goal page with a refused action's message (goal_detail.cpp); `input` refills the new-step form.
Response goal_page(Context& ctx, const OrgAccess& access, const Goal& goal, const Step& input,
                   const std::string& error, int status);

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

}  // namespace forkant::web::pages
