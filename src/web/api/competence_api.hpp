#pragma once
// JSON API of the competence matrix (issue 17; docs/competence.md, docs/openapi.json): the whole matrix
// (the same document as the JSON download), the ranked gaps, competencies and sectors (create, edit,
// delete), a cell recorded at its place (PUT, against the version seen), and a gap made a step of a goal.
// Leader, coordinator and owner write, viewer reads; another organisation's ids answer 404.

#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::api {

Response get_competence_matrix(Context& ctx);     // GET /api/v1/orgs/{org_id}/competencies
Response list_competence_gaps(Context& ctx);      // GET /api/v1/orgs/{org_id}/competence-gaps
Response create_competence(Context& ctx);         // POST /api/v1/orgs/{org_id}/competencies
Response edit_competence(Context& ctx);           // PUT /api/v1/orgs/{org_id}/competencies/{competence_id}
Response delete_competence(Context& ctx);         // DELETE /api/v1/orgs/{org_id}/competencies/{competence_id}
Response create_competence_sector(Context& ctx);  // POST /api/v1/orgs/{org_id}/competence-sectors
Response edit_competence_sector(Context& ctx);    // PUT .../competence-sectors/{sector_id}
Response delete_competence_sector(Context& ctx);  // DELETE .../competence-sectors/{sector_id}
Response put_competence_cell(Context& ctx);       // PUT /api/v1/orgs/{org_id}/competence-cells
Response competence_gap_to_step(Context& ctx);  // POST /api/v1/orgs/{org_id}/competence-cells/{cell_id}/step

}  // namespace forkant::web::api
