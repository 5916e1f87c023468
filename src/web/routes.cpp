// The sitemap: every URL forkant answers, with the access it requires. Organisation roles are checked
// inside each handler through web/access.hpp, after loading the object, so that another organisation's
// ids answer 404 exactly like ids that do not exist.
//
// Where a handler lives (so that a route here tells the file):
// - Page handler pages::x_y lives in src/web/pages/x_y.cpp (pages::round_create in round_create.cpp),
//   and so does x_y_page, the page that x_y shows and a form's action shows again with its refusal
//   (round_detail_page in round_detail.cpp). pages::healthz and pages::readyz are in health.cpp.
// - What several page handlers of one noun share otherwise is in <noun>_pages.cpp (round_pages.cpp,
//   step_pages.cpp, ...), declared in the group's header (pages.hpp, assessment_pages.hpp,
//   decisions_pages.hpp); decision_form.cpp is the decision form and its fields; results_view.cpp builds
//   the results page from the computed results.
// - API handlers are grouped by resource: api::<verb>_<resource> lives in src/web/api/<resource>.cpp,
//   the resource being what its path names after /api/v1/ or /api/v1/orgs/{org_id}/ (api::list_goals
//   and api::get_goal in goals.cpp; the actions on a round, such as create_invitations, in rounds.cpp).
//   Meeting series are meetings.cpp, /api/v1/me/tokens is tokens.cpp; JSON shapes shared by resources
//   are in *_json.cpp.
#include "web/api/api.hpp"
#include "web/api/competence_api.hpp"
#include "web/api/decisions_api.hpp"
#include "web/api/impact_api.hpp"
#include "web/api/initiatives_api.hpp"
#include "web/api/portfolio_api.hpp"
#include "web/api/radar_api.hpp"
#include "web/app.hpp"
#include "web/pages/assessment_pages.hpp"
#include "web/pages/briefing_pages.hpp"
#include "web/pages/competence_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/impact_pages.hpp"
#include "web/pages/initiative_pages.hpp"
#include "web/pages/mail_pages.hpp"
#include "web/pages/network_library_pages.hpp"
#include "web/pages/network_pages.hpp"
#include "web/pages/network_sharing_pages.hpp"
#include "web/pages/pages.hpp"
#include "web/pages/peer_benchmark_pages.hpp"
#include "web/pages/portfolio_pages.hpp"
#include "web/pages/public_pages.hpp"
#include "web/pages/radar_pages.hpp"
#include "web/pages/sso_pages.hpp"
#include "web/pages/two_factor_pages.hpp"

namespace forkant::web {

void register_routes(Router& r) {
  using A = Access;
  // Operations
  r.add({"GET", "/healthz", A::anyone, pages::healthz});
  r.add({"GET", "/readyz", A::anyone, pages::readyz});

  // Accounts and organisations (pages)
  r.add({"GET", "/", A::anyone, pages::home});
  r.add({"GET", "/login", A::anyone, pages::sign_in_form});
  r.add({"POST", "/login", A::anyone, pages::sign_in});
  r.add({"POST", "/logout", A::signed_in, pages::sign_out});
  // Single sign-on per organisation (issue 16): the callback before /sso/{org_id}, which would match it.
  r.add({"POST", "/sso", A::anyone, pages::sso_discover});
  r.add({"GET", "/sso/callback", A::anyone, pages::sso_callback});
  r.add({"GET", "/sso/{org_id}", A::anyone, pages::sso_start});
  r.add({"GET", "/orgs/{org_id}/sign-in", A::signed_in, pages::sso_settings});
  r.add({"POST", "/orgs/{org_id}/sign-in", A::signed_in, pages::sso_settings_save});
  r.add({"POST", "/language", A::anyone, pages::set_language});
  r.add({"GET", "/password", A::signed_in, pages::password_form});
  r.add({"GET", "/me/data", A::signed_in, pages::my_data});
  r.add({"GET", "/me/sessions", A::signed_in, pages::own_sessions});
  r.add({"POST", "/me/sessions/end", A::signed_in, pages::own_session_end});
  r.add({"POST", "/password", A::signed_in, pages::change_password});
  r.add({"GET", "/password/forgot", A::anyone, pages::password_forgot_form});
  r.add({"POST", "/password/forgot", A::anyone, pages::password_forgot});
  r.add({"GET", "/password/reset/{token}", A::anyone, pages::password_reset_form});
  r.add({"POST", "/password/reset/{token}", A::anyone, pages::password_reset});
  r.add({"GET", "/tokens", A::signed_in, pages::tokens});
  r.add({"POST", "/tokens", A::signed_in, pages::token_create});
  r.add({"POST", "/tokens/{token_id}/revoke", A::signed_in, pages::token_revoke});
  r.add({"GET", "/login/two-factor", A::anyone, pages::two_factor_sign_in_form});
  r.add({"POST", "/login/two-factor", A::anyone, pages::two_factor_sign_in});
  r.add({"GET", "/two-factor", A::signed_in, pages::two_factor});
  r.add({"POST", "/two-factor/enrol", A::signed_in, pages::two_factor_enrol});
  r.add({"POST", "/two-factor/confirm", A::signed_in, pages::two_factor_confirm});
  r.add({"POST", "/two-factor/recovery-codes", A::signed_in, pages::two_factor_recovery_codes});
  r.add({"POST", "/two-factor/disable", A::signed_in, pages::two_factor_disable});
  r.add({"GET", "/join/{token}", A::anyone, pages::join_form});
  r.add({"POST", "/join/{token}", A::anyone, pages::join});
  r.add({"GET", "/orgs/{org_id}", A::signed_in, pages::org_overview});
  r.add({"GET", "/orgs/{org_id}/members", A::signed_in, pages::members});
  r.add({"POST", "/orgs/{org_id}/members", A::signed_in, pages::invite_member});
  r.add({"POST", "/orgs/{org_id}/members/{user_id}/erase", A::signed_in, pages::member_erase});
  r.add({"GET", "/orgs/{org_id}/audit", A::signed_in, pages::audit_log});

  // Assessment (pages)
  r.add({"GET", "/orgs/{org_id}/rounds", A::signed_in, pages::rounds_list});
  r.add({"POST", "/orgs/{org_id}/rounds", A::signed_in, pages::round_create});
  r.add({"GET", "/rounds/{round_id}", A::signed_in, pages::round_detail});
  r.add({"POST", "/rounds/{round_id}/open", A::signed_in, pages::round_open});
  r.add({"POST", "/rounds/{round_id}/close", A::signed_in, pages::round_close});
  r.add({"POST", "/rounds/{round_id}/links", A::signed_in, pages::round_links});
  r.add({"POST", "/rounds/{round_id}/mail", A::signed_in, pages::round_mail_links});
  r.add({"POST", "/rounds/{round_id}/remind", A::signed_in, pages::round_mail_remind});
  r.add({"POST", "/rounds/{round_id}/import", A::signed_in, pages::round_import});
  r.add({"GET", "/rounds/{round_id}/results", A::signed_in, pages::round_results});
  r.add({"POST", "/rounds/{round_id}/contribute", A::signed_in, pages::round_contribute});
  r.add(
      {"POST", "/rounds/{round_id}/withdraw-contribution", A::signed_in, pages::round_contribution_withdraw});
  r.add({"GET", "/orgs/{org_id}/networks/{network_id}/benchmark", A::signed_in, pages::network_benchmark});
  r.add(report({"GET", "/rounds/{round_id}/report.pdf", A::signed_in, pages::round_report_pdf}));
  r.add(report({"GET", "/rounds/{round_id}/report.xlsx", A::signed_in, pages::round_report_xlsx}));
  r.add({"GET", "/rounds/{round_id}/edit", A::signed_in, pages::round_edit_form});
  r.add({"POST", "/rounds/{round_id}/edit", A::signed_in, pages::round_update});
  r.add({"GET", "/rounds/{round_id}/delete", A::signed_in, pages::round_delete_confirm});
  r.add({"POST", "/rounds/{round_id}/delete", A::signed_in, pages::round_delete});
  r.add({"GET", "/rounds/{round_id}/preview", A::signed_in, pages::round_preview});
  r.add({"GET", "/rounds/{round_id}/preview/q/{n}", A::signed_in, pages::round_preview_question});
  r.add({"POST", "/rounds/{round_id}/paper", A::signed_in, pages::round_paper_create});
  r.add({"GET", "/rounds/{round_id}/paper/{entry_id}/q/{n}", A::signed_in, pages::round_paper_question});
  r.add(
      {"POST", "/rounds/{round_id}/paper/{entry_id}/q/{n}", A::signed_in, pages::round_paper_question_save});
  r.add({"GET", "/rounds/{round_id}/paper/{entry_id}/review", A::signed_in, pages::round_paper_review});
  r.add({"POST", "/rounds/{round_id}/paper/{entry_id}/submit", A::signed_in, pages::round_paper_submit});
  r.add({"GET", "/r/{token}", A::anyone, pages::respond_intro});
  r.add({"GET", "/r/{token}/q/{n}", A::anyone, pages::respond_question});
  r.add({"POST", "/r/{token}/q/{n}", A::anyone, pages::respond_question_save, true});
  r.add({"GET", "/r/{token}/review", A::anyone, pages::respond_review});
  r.add({"POST", "/r/{token}/submit", A::anyone, pages::respond_submit, true});

  // API
  r.add({"GET", "/api/v1/openapi.json", A::anyone, api::openapi});
  r.add({"GET", "/api/v1/me", A::signed_in, api::me});
  r.add({"GET", "/api/v1/me/tokens", A::signed_in, api::list_tokens});
  r.add({"GET", "/api/v1/me/data", A::signed_in, api::my_data});
  r.add({"DELETE", "/api/v1/me/tokens/{token_id}", A::signed_in, api::revoke_token});
  r.add({"GET", "/api/v1/orgs/{org_id}", A::signed_in, api::get_org});
  r.add({"GET", "/api/v1/orgs/{org_id}/members", A::signed_in, api::list_members});
  r.add({"POST", "/api/v1/orgs/{org_id}/invitations", A::signed_in, api::create_invitation});
  r.add({"GET", "/api/v1/orgs/{org_id}/audit", A::signed_in, api::list_audit});

  // Assessment (API)
  r.add({"GET", "/api/v1/frameworks", A::signed_in, api::list_frameworks});
  r.add({"GET", "/api/v1/frameworks/{framework_id}", A::signed_in, api::get_framework});
  r.add({"GET", "/api/v1/orgs/{org_id}/rounds", A::signed_in, api::list_rounds});
  r.add({"POST", "/api/v1/orgs/{org_id}/rounds", A::signed_in, api::create_round});
  r.add({"GET", "/api/v1/rounds/{round_id}", A::signed_in, api::get_round});
  r.add({"PUT", "/api/v1/rounds/{round_id}", A::signed_in, api::update_round});
  r.add({"DELETE", "/api/v1/rounds/{round_id}", A::signed_in, api::delete_round});
  r.add({"POST", "/api/v1/rounds/{round_id}/open", A::signed_in, api::open_round});
  r.add({"POST", "/api/v1/rounds/{round_id}/close", A::signed_in, api::close_round});
  r.add({"POST", "/api/v1/rounds/{round_id}/invitations", A::signed_in, api::create_invitations});
  r.add({"POST", "/api/v1/rounds/{round_id}/responses", A::signed_in, api::import_responses});
  r.add({"GET", "/api/v1/rounds/{round_id}/results", A::signed_in, api::round_results});
  r.add({"GET", "/api/v1/rounds/{round_id}/results.csv", A::signed_in, api::round_results_csv});
  r.add(report({"GET", "/api/v1/rounds/{round_id}/report.pdf", A::signed_in, api::round_report_pdf}));
  r.add(report({"GET", "/api/v1/rounds/{round_id}/report.xlsx", A::signed_in, api::round_report_xlsx}));
  r.add({"GET", "/api/v1/responses/{token}", A::anyone, api::get_response, true});
  r.add({"PUT", "/api/v1/responses/{token}", A::anyone, api::put_response, true});

  // Decisions
  r.add({"GET", "/orgs/{org_id}/decisions", A::signed_in, pages::decisions_list});
  r.add({"POST", "/orgs/{org_id}/decisions", A::signed_in, pages::decision_create});
  r.add({"GET", "/orgs/{org_id}/decisions/new", A::signed_in, pages::decision_new});
  r.add({"GET", "/orgs/{org_id}/decisions/{decision_id}", A::signed_in, pages::decision_detail});
  r.add({"GET", "/orgs/{org_id}/decisions/{decision_id}/edit", A::signed_in, pages::decision_edit});
  r.add({"POST", "/orgs/{org_id}/decisions/{decision_id}/edit", A::signed_in, pages::decision_update});
  r.add({"GET", "/orgs/{org_id}/decisions/{decision_id}/supersede", A::signed_in,
         pages::decision_supersede_form});
  r.add(
      {"POST", "/orgs/{org_id}/decisions/{decision_id}/supersede", A::signed_in, pages::decision_supersede});
  r.add({"POST", "/orgs/{org_id}/decisions/{decision_id}/notes", A::signed_in, pages::decision_add_note});
  r.add({"POST", "/orgs/{org_id}/decisions/{decision_id}/reviewed", A::signed_in,
         pages::decision_mark_reviewed});
  r.add({"GET", "/orgs/{org_id}/goals", A::signed_in, pages::goals_list});
  r.add({"POST", "/orgs/{org_id}/goals", A::signed_in, pages::goal_create});
  r.add({"GET", "/orgs/{org_id}/goals/{goal_id}", A::signed_in, pages::goal_detail});
  r.add({"GET", "/orgs/{org_id}/goals/{goal_id}/edit", A::signed_in, pages::goal_edit});
  r.add({"POST", "/orgs/{org_id}/goals/{goal_id}/edit", A::signed_in, pages::goal_update});
  r.add({"POST", "/orgs/{org_id}/goals/{goal_id}/steps", A::signed_in, pages::step_create});
  r.add({"POST", "/orgs/{org_id}/steps/{step_id}/start", A::signed_in, pages::step_start});
  r.add({"GET", "/orgs/{org_id}/steps/{step_id}/complete", A::signed_in, pages::step_evaluate_form});
  r.add({"POST", "/orgs/{org_id}/steps/{step_id}/complete", A::signed_in, pages::step_complete});
  r.add({"POST", "/orgs/{org_id}/steps/{step_id}/drop", A::signed_in, pages::step_drop});
  r.add({"GET", "/orgs/{org_id}/steps/{step_id}/edit", A::signed_in, pages::step_edit});
  r.add({"POST", "/orgs/{org_id}/steps/{step_id}/edit", A::signed_in, pages::step_update});
  r.add({"GET", "/orgs/{org_id}/meetings", A::signed_in, pages::meetings_list});
  r.add({"POST", "/orgs/{org_id}/meetings", A::signed_in, pages::meeting_series_create});
  r.add({"GET", "/orgs/{org_id}/meetings/{series_id}", A::signed_in, pages::meeting_next});
  r.add({"POST", "/orgs/{org_id}/meetings/{series_id}/agenda", A::signed_in, pages::meeting_agenda_save});
  r.add({"GET", "/orgs/{org_id}/meetings/{series_id}/print", A::signed_in, pages::meeting_print});
  r.add({"GET", "/orgs/{org_id}/meetings/{series_id}/agenda.txt", A::signed_in, pages::meeting_agenda_text});
  r.add({"POST", "/orgs/{org_id}/meetings/{series_id}/minutes", A::signed_in, pages::meeting_minutes});
  r.add({"GET", "/orgs/{org_id}/meetings/{series_id}/history", A::signed_in, pages::meeting_history});
  r.add({"GET", "/orgs/{org_id}/meetings/{series_id}/held/{meeting_id}", A::signed_in, pages::meeting_held});
  r.add(report(
      {"GET", "/orgs/{org_id}/meetings/{series_id}/agenda.pdf", A::signed_in, pages::meeting_agenda_pdf}));
  r.add({"GET", "/orgs/{org_id}/meetings/{series_id}/held/{meeting_id}/print", A::signed_in,
         pages::meeting_held_print});
  r.add(report({"GET", "/orgs/{org_id}/meetings/{series_id}/held/{meeting_id}/minutes.pdf", A::signed_in,
                pages::meeting_minutes_pdf}));
  r.add({"GET", "/orgs/{org_id}/account", A::signed_in, pages::account});
  r.add({"GET", "/orgs/{org_id}/account.csv", A::signed_in, pages::account_csv});
  r.add({"GET", "/orgs/{org_id}/account.json", A::signed_in, pages::account_json});
  // The political briefing: the draft, its frozen versions and each version printed
  r.add({"GET", "/orgs/{org_id}/briefing", A::signed_in, pages::briefing});
  r.add({"POST", "/orgs/{org_id}/briefing", A::signed_in, pages::briefing_save});
  r.add({"POST", "/orgs/{org_id}/briefing/versions", A::signed_in, pages::briefing_freeze});
  // (a report route: "{version}.pdf" prints; the page of a version is light work on the same lane)
  r.add(report(
      {"GET", "/orgs/{org_id}/briefing/versions/{version}.pdf", A::signed_in, pages::briefing_version_pdf}));
  r.add({"GET", "/orgs/{org_id}/briefing/versions/{version}", A::signed_in, pages::briefing_version});
  r.add({"GET", "/api/v1/orgs/{org_id}/decisions", A::signed_in, api::list_decisions});
  r.add({"POST", "/api/v1/orgs/{org_id}/decisions", A::signed_in, api::create_decision});
  r.add({"GET", "/api/v1/decisions/{decision_id}", A::signed_in, api::get_decision});
  r.add({"PUT", "/api/v1/decisions/{decision_id}", A::signed_in, api::edit_decision});
  r.add({"POST", "/api/v1/decisions/{decision_id}/supersede", A::signed_in, api::supersede_decision});
  r.add({"POST", "/api/v1/decisions/{decision_id}/notes", A::signed_in, api::add_decision_note});
  r.add({"POST", "/api/v1/decisions/{decision_id}/reviewed", A::signed_in, api::mark_decision_reviewed});
  r.add({"GET", "/api/v1/orgs/{org_id}/goals", A::signed_in, api::list_goals});
  r.add({"POST", "/api/v1/orgs/{org_id}/goals", A::signed_in, api::create_goal});
  r.add({"GET", "/api/v1/goals/{goal_id}", A::signed_in, api::get_goal});
  r.add({"PUT", "/api/v1/goals/{goal_id}", A::signed_in, api::edit_goal});
  r.add({"POST", "/api/v1/goals/{goal_id}/steps", A::signed_in, api::create_step});
  r.add({"POST", "/api/v1/steps/{step_id}/start", A::signed_in, api::start_step});
  r.add({"POST", "/api/v1/steps/{step_id}/complete", A::signed_in, api::complete_step});
  r.add({"POST", "/api/v1/steps/{step_id}/drop", A::signed_in, api::drop_step});
  r.add({"PUT", "/api/v1/steps/{step_id}", A::signed_in, api::edit_step});
  r.add({"GET", "/api/v1/orgs/{org_id}/meetings", A::signed_in, api::list_meeting_series});
  r.add({"POST", "/api/v1/orgs/{org_id}/meetings", A::signed_in, api::create_meeting_series});
  r.add({"GET", "/api/v1/meeting-series/{series_id}/agenda", A::signed_in, api::get_agenda});
  r.add({"PUT", "/api/v1/meeting-series/{series_id}/agenda", A::signed_in, api::put_agenda});
  r.add({"POST", "/api/v1/meeting-series/{series_id}/minutes", A::signed_in, api::record_minutes});
  r.add({"GET", "/api/v1/meeting-series/{series_id}/history", A::signed_in, api::meeting_history});
  r.add(
      {"GET", "/api/v1/orgs/{org_id}/briefing/versions/{version}", A::signed_in, api::get_briefing_version});
  r.add({"GET", "/api/v1/orgs/{org_id}/account", A::signed_in, api::get_account});
  r.add({"GET", "/api/v1/orgs/{org_id}/account.csv", A::signed_in, api::get_account_csv});

  // The initiative register (initiative_pages.hpp, api/initiatives_api.hpp)
  r.add({"GET", "/orgs/{org_id}/initiatives", A::signed_in, pages::initiatives_list});
  r.add({"POST", "/orgs/{org_id}/initiatives", A::signed_in, pages::initiative_create});
  r.add({"GET", "/orgs/{org_id}/initiatives/new", A::signed_in, pages::initiative_new});
  r.add({"GET", "/orgs/{org_id}/initiatives/{initiative_id}", A::signed_in, pages::initiative_detail});
  r.add({"POST", "/orgs/{org_id}/initiatives/{initiative_id}", A::signed_in, pages::initiative_update});
  r.add({"GET", "/orgs/{org_id}/initiatives/{initiative_id}/edit", A::signed_in, pages::initiative_edit});
  r.add({"POST", "/orgs/{org_id}/initiatives/{initiative_id}/phase", A::signed_in, pages::initiative_phase});
  r.add({"POST", "/orgs/{org_id}/initiatives/{initiative_id}/measurements", A::signed_in,
         pages::initiative_measure});
  r.add({"GET", "/api/v1/orgs/{org_id}/initiatives", A::signed_in, api::list_initiatives});
  r.add({"POST", "/api/v1/orgs/{org_id}/initiatives", A::signed_in, api::create_initiative});
  r.add({"GET", "/api/v1/initiatives/{initiative_id}", A::signed_in, api::get_initiative});
  r.add({"PUT", "/api/v1/initiatives/{initiative_id}", A::signed_in, api::edit_initiative});
  r.add({"POST", "/api/v1/initiatives/{initiative_id}/phase", A::signed_in, api::change_initiative_phase});
  r.add({"POST", "/api/v1/initiatives/{initiative_id}/measurements", A::signed_in,
         api::record_initiative_measurement});
  r.add({"GET", "/api/v1/initiatives/{initiative_id}/versions", A::signed_in, api::initiative_versions});
  // Impact assessments of initiatives (impact_pages.hpp)
  r.add({"GET", "/orgs/{org_id}/assessments/questionnaires", A::signed_in, pages::assessment_questionnaires});
  r.add({"POST", "/orgs/{org_id}/assessments/questionnaires", A::signed_in,
         pages::assessment_questionnaire_import});
  r.add({"GET", "/orgs/{org_id}/assessments/routing", A::signed_in, pages::assessment_routing});
  r.add({"POST", "/orgs/{org_id}/assessments/routing", A::signed_in, pages::assessment_routing_save});
  r.add({"POST", "/orgs/{org_id}/assessments/routing/reset", A::signed_in, pages::assessment_routing_reset});
  r.add({"POST", "/orgs/{org_id}/initiatives/{initiative_id}/assessments", A::signed_in,
         pages::assessment_start});
  r.add({"GET", "/orgs/{org_id}/assessments/{assessment_id}", A::signed_in, pages::assessment_result});
  r.add(
      {"GET", "/orgs/{org_id}/assessments/{assessment_id}/pages/{n}", A::signed_in, pages::assessment_page});
  r.add({"POST", "/orgs/{org_id}/assessments/{assessment_id}/pages/{n}", A::signed_in,
         pages::assessment_page_save});
  r.add({"GET", "/orgs/{org_id}/assessments/{assessment_id}/review", A::signed_in, pages::assessment_review});
  r.add({"POST", "/orgs/{org_id}/assessments/{assessment_id}/complete", A::signed_in,
         pages::assessment_complete});
  r.add({"POST", "/orgs/{org_id}/assessments/{assessment_id}/judgement", A::signed_in,
         pages::assessment_judge});
  r.add({"POST", "/orgs/{org_id}/assessments/{assessment_id}/obligations", A::signed_in,
         pages::assessment_obligation_met});

  // Impact assessments (impact_api.hpp)
  r.add({"GET", "/api/v1/orgs/{org_id}/assessments/questionnaires", A::signed_in,
         api::list_impact_questionnaires});
  r.add({"POST", "/api/v1/orgs/{org_id}/assessments/questionnaires", A::signed_in,
         api::import_impact_questionnaire});
  r.add({"GET", "/api/v1/orgs/{org_id}/assessments/routing", A::signed_in, api::get_impact_routing});
  r.add({"PUT", "/api/v1/orgs/{org_id}/assessments/routing", A::signed_in, api::put_impact_routing});
  r.add({"DELETE", "/api/v1/orgs/{org_id}/assessments/routing", A::signed_in, api::delete_impact_routing});
  r.add({"GET", "/api/v1/orgs/{org_id}/initiatives/{initiative_id}/assessments", A::signed_in,
         api::list_impact_assessments});
  r.add({"POST", "/api/v1/orgs/{org_id}/initiatives/{initiative_id}/assessments", A::signed_in,
         api::create_impact_assessment});
  r.add({"GET", "/api/v1/assessments/{assessment_id}", A::signed_in, api::get_impact_assessment});
  r.add({"PUT", "/api/v1/assessments/{assessment_id}/answers", A::signed_in, api::put_impact_answers});
  r.add({"POST", "/api/v1/assessments/{assessment_id}/complete", A::signed_in,
         api::complete_impact_assessment});
  r.add(
      {"POST", "/api/v1/assessments/{assessment_id}/judgement", A::signed_in, api::record_impact_judgement});
  r.add({"POST", "/api/v1/assessments/{assessment_id}/obligations", A::signed_in,
         api::mark_impact_obligation_met});

  // The opt-in public page of decisions and deliberate non-choices (public_pages.hpp)
  r.add({"POST", "/orgs/{org_id}/decisions/{decision_id}/publish", A::signed_in, pages::decision_publish});
  r.add({"POST", "/orgs/{org_id}/decisions/{decision_id}/share", A::signed_in, pages::decision_share});
  r.add({"GET", "/orgs/{org_id}/steps/{step_id}/share", A::signed_in, pages::step_share_form});
  r.add({"POST", "/orgs/{org_id}/steps/{step_id}/share", A::signed_in, pages::step_share});
  r.add({"POST", "/orgs/{org_id}/initiatives/{initiative_id}/share", A::signed_in, pages::initiative_share});
  r.add({"POST", "/orgs/{org_id}/network-shares/{share_id}/withdraw", A::signed_in, pages::share_withdraw});
  r.add(
      {"POST", "/orgs/{org_id}/decisions/{decision_id}/unpublish", A::signed_in, pages::decision_unpublish});
  r.add({"GET", "/orgs/{org_id}/public-page", A::signed_in, pages::public_page_settings});
  r.add({"POST", "/orgs/{org_id}/public-page", A::signed_in, pages::public_page_save});
  r.add({"GET", "/p/{organisation}", A::anyone, pages::public_decisions});

  // The shared library of a network (network_library_pages.hpp)
  r.add({"GET", "/orgs/{org_id}/networks/{network_id}/library", A::signed_in, pages::network_library});
  r.add({"GET", "/orgs/{org_id}/networks/{network_id}/library/{share}", A::signed_in,
         pages::network_library_item});
  r.add({"GET", "/p/{organisation}/feed.atom", A::anyone, pages::public_feed});

  // Networks of organisations (network_pages.hpp): the organisation's networks and invitations, a
  // network's members, history and coordinators, and the organisation's profile (kind, inhabitants).
  r.add({"GET", "/orgs/{org_id}/networks", A::signed_in, pages::networks_list});
  r.add({"POST", "/orgs/{org_id}/networks", A::signed_in, pages::network_create});
  r.add({"POST", "/orgs/{org_id}/network-invitations/{invitation_id}", A::signed_in,
         pages::network_invitation_answer});
  r.add({"GET", "/orgs/{org_id}/networks/{network_id}", A::signed_in, pages::network_detail});
  r.add({"POST", "/orgs/{org_id}/networks/{network_id}/invitations", A::signed_in, pages::network_invite});
  r.add({"GET", "/orgs/{org_id}/networks/{network_id}/leave", A::signed_in, pages::network_leave_confirm});
  r.add({"POST", "/orgs/{org_id}/networks/{network_id}/leave", A::signed_in, pages::network_leave});
  r.add({"POST", "/orgs/{org_id}/networks/{network_id}/coordinators", A::signed_in,
         pages::network_coordinator_appoint});
  r.add({"POST", "/orgs/{org_id}/networks/{network_id}/coordinators/{coordinator_id}/end", A::signed_in,
         pages::network_coordinator_end});
  r.add({"GET", "/orgs/{org_id}/profile", A::signed_in, pages::org_profile});
  r.add({"POST", "/orgs/{org_id}/profile", A::signed_in, pages::org_profile_save});
  // The technology radar (radar_pages.hpp, api/radar_api.hpp; issue 17)
  r.add({"GET", "/orgs/{org_id}/radar", A::signed_in, pages::radar_current});
  r.add({"POST", "/orgs/{org_id}/radar/editions", A::signed_in, pages::radar_edition_create});
  r.add({"GET", "/orgs/{org_id}/radar/editions/{edition_id}", A::signed_in, pages::radar_edition});
  r.add({"GET", "/orgs/{org_id}/radar/compare", A::signed_in, pages::radar_compare});
  r.add({"GET", "/orgs/{org_id}/radar/entries/new", A::signed_in, pages::radar_entry_new});
  r.add({"POST", "/orgs/{org_id}/radar/entries", A::signed_in, pages::radar_entry_create});
  r.add({"GET", "/orgs/{org_id}/radar/entries/{entry_id}/edit", A::signed_in, pages::radar_entry_edit});
  r.add({"POST", "/orgs/{org_id}/radar/entries/{entry_id}", A::signed_in, pages::radar_entry_update});
  r.add({"POST", "/orgs/{org_id}/radar/entries/{entry_id}/delete", A::signed_in, pages::radar_entry_delete});
  r.add({"GET", "/orgs/{org_id}/radar/import", A::signed_in, pages::radar_import_form});
  r.add({"POST", "/orgs/{org_id}/radar/import", A::signed_in, pages::radar_import});
  r.add({"GET", "/orgs/{org_id}/radar/export.csv", A::signed_in, pages::radar_export_csv});
  r.add({"GET", "/orgs/{org_id}/radar/export.json", A::signed_in, pages::radar_export_json});
  r.add({"GET", "/api/v1/orgs/{org_id}/radar", A::signed_in, api::get_radar});
  r.add({"GET", "/api/v1/orgs/{org_id}/radar/editions", A::signed_in, api::list_radar_editions});
  r.add({"POST", "/api/v1/orgs/{org_id}/radar/editions", A::signed_in, api::create_radar_edition});
  r.add({"GET", "/api/v1/orgs/{org_id}/radar/editions/{edition_id}", A::signed_in, api::get_radar_edition});
  r.add({"POST", "/api/v1/orgs/{org_id}/radar/entries", A::signed_in, api::create_radar_entry});
  r.add({"PUT", "/api/v1/orgs/{org_id}/radar/entries/{entry_id}", A::signed_in, api::edit_radar_entry});
  r.add({"DELETE", "/api/v1/orgs/{org_id}/radar/entries/{entry_id}", A::signed_in, api::delete_radar_entry});
  r.add({"POST", "/api/v1/orgs/{org_id}/radar/import", A::signed_in, api::import_radar});
  r.add({"GET", "/api/v1/orgs/{org_id}/radar/export.csv", A::signed_in, pages::radar_export_csv});
  r.add({"GET", "/api/v1/orgs/{org_id}/radar/export.json", A::signed_in, pages::radar_export_json});
  // The competence matrix (competence_pages.hpp, api/competence_api.hpp); literal segments before {ids}
  r.add({"GET", "/orgs/{org_id}/competencies", A::signed_in, pages::competencies_matrix});
  r.add({"POST", "/orgs/{org_id}/competencies", A::signed_in, pages::competence_create});
  r.add({"GET", "/orgs/{org_id}/competencies.csv", A::signed_in, pages::competence_csv});
  r.add({"GET", "/orgs/{org_id}/competencies.json", A::signed_in, pages::competence_json});
  r.add({"GET", "/orgs/{org_id}/competencies/gaps", A::signed_in, pages::competence_gaps});
  r.add({"GET", "/orgs/{org_id}/competencies/manage", A::signed_in, pages::competence_manage});
  r.add({"GET", "/orgs/{org_id}/competencies/cell", A::signed_in, pages::competence_cell_form});
  r.add({"POST", "/orgs/{org_id}/competencies/cell", A::signed_in, pages::competence_cell_save});
  r.add(
      {"POST", "/orgs/{org_id}/competencies/cells/{cell_id}/step", A::signed_in, pages::competence_gap_step});
  r.add({"POST", "/orgs/{org_id}/competencies/sectors", A::signed_in, pages::competence_sector_create});
  r.add({"POST", "/orgs/{org_id}/competencies/sectors/{sector_id}", A::signed_in,
         pages::competence_sector_update});
  r.add({"POST", "/orgs/{org_id}/competencies/sectors/{sector_id}/delete", A::signed_in,
         pages::competence_sector_delete});
  r.add({"POST", "/orgs/{org_id}/competencies/{competence_id}", A::signed_in, pages::competence_update});
  r.add(
      {"POST", "/orgs/{org_id}/competencies/{competence_id}/delete", A::signed_in, pages::competence_delete});
  r.add({"GET", "/api/v1/orgs/{org_id}/competencies", A::signed_in, api::get_competence_matrix});
  r.add({"POST", "/api/v1/orgs/{org_id}/competencies", A::signed_in, api::create_competence});
  r.add({"PUT", "/api/v1/orgs/{org_id}/competencies/{competence_id}", A::signed_in, api::edit_competence});
  r.add(
      {"DELETE", "/api/v1/orgs/{org_id}/competencies/{competence_id}", A::signed_in, api::delete_competence});
  r.add({"GET", "/api/v1/orgs/{org_id}/competence-gaps", A::signed_in, api::list_competence_gaps});
  r.add({"POST", "/api/v1/orgs/{org_id}/competence-sectors", A::signed_in, api::create_competence_sector});
  r.add({"PUT", "/api/v1/orgs/{org_id}/competence-sectors/{sector_id}", A::signed_in,
         api::edit_competence_sector});
  r.add({"DELETE", "/api/v1/orgs/{org_id}/competence-sectors/{sector_id}", A::signed_in,
         api::delete_competence_sector});
  r.add({"PUT", "/api/v1/orgs/{org_id}/competence-cells", A::signed_in, api::put_competence_cell});
  r.add({"POST", "/api/v1/orgs/{org_id}/competence-cells/{cell_id}/step", A::signed_in,
         api::competence_gap_to_step});
  // The portfolio of initiatives (portfolio_pages.hpp, api/portfolio_api.hpp)
  r.add({"GET", "/orgs/{org_id}/portfolio", A::signed_in, pages::portfolio});
  r.add({"GET", "/orgs/{org_id}/portfolio.csv", A::signed_in, pages::portfolio_csv});
  r.add({"GET", "/orgs/{org_id}/portfolio.json", A::signed_in, pages::portfolio_json});
  r.add({"GET", "/api/v1/orgs/{org_id}/portfolio", A::signed_in, api::get_portfolio});
}

}  // namespace forkant::web
