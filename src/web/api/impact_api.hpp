#pragma once
// The impact assessments in the API (issue 12): the questionnaire library, assessments of initiatives
// (start, answers, complete, result under any rule version), judgements, obligations met and the
// routing table. Same permissions as the pages (impact_pages.hpp).

#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::api {

// impact_questionnaires.cpp: GET/POST /api/v1/orgs/{org_id}/assessments/questionnaires (the POST body is
// the SurveyJS file itself, Content-Type application/json).
Response list_impact_questionnaires(Context& ctx);
Response import_impact_questionnaire(Context& ctx);
// impact_assessments.cpp
Response list_impact_assessments(
    Context& ctx);  // GET  /api/v1/orgs/{org_id}/initiatives/{initiative_id}/assessments
Response create_impact_assessment(Context& ctx);    // POST the same
Response get_impact_assessment(Context& ctx);       // GET  /api/v1/assessments/{assessment_id}?rule=
Response put_impact_answers(Context& ctx);          // PUT  /api/v1/assessments/{assessment_id}/answers
Response complete_impact_assessment(Context& ctx);  // POST /api/v1/assessments/{assessment_id}/complete
Response record_impact_judgement(Context& ctx);     // POST /api/v1/assessments/{assessment_id}/judgement
Response mark_impact_obligation_met(Context& ctx);  // POST /api/v1/assessments/{assessment_id}/obligations
// impact_routing.cpp: GET/PUT/DELETE /api/v1/orgs/{org_id}/assessments/routing
Response get_impact_routing(Context& ctx);
Response put_impact_routing(Context& ctx);
Response delete_impact_routing(Context& ctx);

}  // namespace forkant::web::api
