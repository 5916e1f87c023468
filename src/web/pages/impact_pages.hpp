#pragma once
// Pages of the impact assessments (issue 12): the questionnaire library and its import, answering an
// assessment page by page, the result with its routing, judgement and obligations, and the
// organisation's routing table. One page or action per file (assessment_x.cpp); what they share is in
// impact_pages.cpp. A leader and up answers and records judgements; a coordinator or owner imports
// questionnaires and edits the routing; a viewer reads.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "domain/initiatives/initiative.hpp"
#include "services/impact.hpp"
#include "web/access.hpp"
#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::pages {

Response assessment_questionnaires(Context& ctx);        // GET  /orgs/{org_id}/assessments/questionnaires
Response assessment_questionnaire_import(Context& ctx);  // POST the same
Response assessment_start(Context& ctx);      // POST /orgs/{org_id}/initiatives/{initiative_id}/assessments
Response assessment_page(Context& ctx);       // GET  /orgs/{org_id}/assessments/{assessment_id}/pages/{n}
Response assessment_page_save(Context& ctx);  // POST the same
Response assessment_review(Context& ctx);     // GET  /orgs/{org_id}/assessments/{assessment_id}/review
Response assessment_complete(Context& ctx);   // POST /orgs/{org_id}/assessments/{assessment_id}/complete
Response assessment_result(Context& ctx);     // GET  /orgs/{org_id}/assessments/{assessment_id}
Response assessment_judge(Context& ctx);      // POST /orgs/{org_id}/assessments/{assessment_id}/judgement
Response assessment_obligation_met(Context& ctx);  // POST .../{assessment_id}/obligations
Response assessment_routing(Context& ctx);         // GET  /orgs/{org_id}/assessments/routing
Response assessment_routing_save(Context& ctx);    // POST the same
Response assessment_routing_reset(Context& ctx);   // POST /orgs/{org_id}/assessments/routing/reset

// ---- Shared (impact_pages.cpp) ---------------------------------------------------------------------------

// {assessment_id} of the organisation in the path.
Result<ImpactAssessment> assessment_in_path(Context& ctx, const OrgAccess& access);
std::string assessment_path(std::int64_t org_id, std::int64_t assessment_id);

// A text of a questionnaire in the page's language, or else in the language it has (the AIA has no
// Danish): {"text", "lang"} where "lang" is null when it is the page's own language.
nlohmann::json local_text(const Context& ctx, const LocalText& text);
// The text of an html element as plain text: tags dropped, entities read, never markup.
std::string html_as_text(const std::string& html);

// The pages of the questionnaire a person sees under `answers` (visible ones, in order).
std::vector<const Page*> visible_pages(const Questionnaire& questionnaire, const Answers& answers);

// The assessments section of an initiative's page, rendered (templates/impact_section.mustache): its
// assessments with their state and links, and the forms to start an AIA or a screening. The initiative
// page embeds it with {{{assessments_html}}}.
std::string assessments_section_html(Context& ctx, const OrgAccess& access, const Initiative& initiative,
                                     const std::string& error = "");

// The result page with a refused form's message (`form`: "judgement" or "obligation").
Response assessment_result_page(Context& ctx, const OrgAccess& access, const ImpactAssessment& assessment,
                                const std::string& form, const std::string& error, int status);
// Page n (1-based, of the visible pages) of a draft; with a refused save, `answers` as typed and the
// question refused named (`error_question`).
Response assessment_page_page(Context& ctx, const OrgAccess& access, const ImpactAssessment& assessment,
                              int n, const Answers& answers, const std::string& error_question,
                              const std::string& error, int status);
// The review page of a draft, with a refused completion's message.
Response assessment_review_page(Context& ctx, const OrgAccess& access, const ImpactAssessment& assessment,
                                const std::string& error, int status);
// The library page with a refused import's message.
Response questionnaires_page(Context& ctx, const OrgAccess& access, const std::string& error, int status);
// The routing page with a refused save's message.
Response routing_page(Context& ctx, const OrgAccess& access, const std::string& error, int status);

}  // namespace forkant::web::pages
