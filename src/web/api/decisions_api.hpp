#pragma once
// JSON API of the three decisions: the decision register, goals and steps, meetings with their drafted
// agenda item, and the account. Same permissions as the pages: leader, coordinator and owner write,
// viewer reads; another organisation's objects answer 404 exactly like missing ones.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "services/decisions.hpp"
#include "web/access.hpp"
#include "web/api/json_body.hpp"
#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::api {

// Decisions (decisions.cpp)
Response list_decisions(Context& ctx);
Response create_decision(Context& ctx);
Response get_decision(Context& ctx);
Response edit_decision(Context& ctx);
Response supersede_decision(Context& ctx);
Response add_decision_note(Context& ctx);
Response mark_decision_reviewed(Context& ctx);

// Goals (goals.cpp)
Response list_goals(Context& ctx);
Response create_goal(Context& ctx);
Response get_goal(Context& ctx);
Response edit_goal(Context& ctx);

// Steps (steps.cpp)
Response create_step(Context& ctx);
Response start_step(Context& ctx);
Response complete_step(Context& ctx);
Response drop_step(Context& ctx);
Response edit_step(Context& ctx);

// Meetings (meetings.cpp)
Response list_meeting_series(Context& ctx);
Response create_meeting_series(Context& ctx);
Response get_agenda(Context& ctx);
Response put_agenda(Context& ctx);
Response record_minutes(Context& ctx);
Response meeting_history(Context& ctx);

// The political briefing's frozen versions (briefing.cpp)
Response get_briefing_version(Context& ctx);

// The account (account.cpp)
Response get_account(Context& ctx);
Response get_account_csv(Context& ctx);

// Shared JSON shapes and readers (decisions_json.cpp).
nlohmann::json draft_to_json(const DecisionDraft& draft);
nlohmann::json decision_to_json(const Decision& decision);
nlohmann::json goal_to_json(const Goal& goal);
nlohmann::json step_to_json(const Step& step, Date today);

// A decision's content read from `object` (the fields of DecisionDraft in the OpenAPI document). Type
// problems are returned as 400; a date that does not parse as 422 ("invalid_date"). Fields left out keep
// their value in `draft`, so a caller can supply defaults (e.g. a meeting's date).
Result<DecisionDraft> read_draft(const nlohmann::json& object, DecisionDraft draft, bool require_all);
// A date field: nullopt when absent; an "invalid_date" error when present but not YYYY-MM-DD.
Result<std::optional<Date>> read_date(FieldReader& f, const std::string& name, bool required);

}  // namespace forkant::web::api
