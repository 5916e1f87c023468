#pragma once
// Pages of the competence matrix (issue 17, question 6; docs/competence.md): the matrix (rows
// competencies, columns the six roles, a sector chosen in a filter), the form of one cell, the list
// where competencies and sectors are managed, the ranked gaps with "make it a step of a goal" on each,
// and the CSV and JSON downloads. Leader, coordinator and owner change things; a viewer reads.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "domain/competence/competence.hpp"
#include "domain/competence/gap_ranking.hpp"
#include "services/competence.hpp"
#include "web/access.hpp"
#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::pages {

Response competencies_matrix(Context& ctx);   // GET /orgs/{org_id}/competencies
Response competence_cell_form(Context& ctx);  // GET /orgs/{org_id}/competencies/cell?competence&role&sector
Response competence_cell_save(Context& ctx);  // POST /orgs/{org_id}/competencies/cell
Response competence_manage(Context& ctx);     // GET /orgs/{org_id}/competencies/manage
Response competence_create(Context& ctx);     // POST /orgs/{org_id}/competencies
Response competence_update(Context& ctx);     // POST /orgs/{org_id}/competencies/{competence_id}
Response competence_delete(Context& ctx);     // POST /orgs/{org_id}/competencies/{competence_id}/delete
Response competence_sector_create(Context& ctx);  // POST /orgs/{org_id}/competencies/sectors
Response competence_sector_update(Context& ctx);  // POST .../sectors/{sector_id}
Response competence_sector_delete(Context& ctx);  // POST .../sectors/{sector_id}/delete
Response competence_gaps(Context& ctx);           // GET /orgs/{org_id}/competencies/gaps
Response competence_gap_step(Context& ctx);       // POST /orgs/{org_id}/competencies/cells/{cell_id}/step
Response competence_csv(Context& ctx);            // GET /orgs/{org_id}/competencies.csv
Response competence_json(Context& ctx);           // GET /orgs/{org_id}/competencies.json

// Who changes the matrix: as for goals and initiatives.
inline constexpr Role kCompetenceWriter = Role::leader;

std::string competencies_path(std::int64_t org_id);
// The form of the cell at a place.
std::string competence_cell_path(std::int64_t org_id, std::int64_t competence_id, CompetenceRole role,
                                 std::optional<std::int64_t> sector_id);

// Labels in the page's language.
std::string competence_role_label(const Context& ctx, CompetenceRole role);
std::string competence_level_label(const Context& ctx, int level);  // "2 – Anvender med støtte"
std::string competence_route_label(const Context& ctx, CompetenceRoute route);
// The built-in row's name from the catalogue; the organisation's own as stored.
std::string competence_name(const Context& ctx, const Competence& competence);
std::string competence_name(const Context& ctx, const std::string& name, const std::string& builtin);

// The wording of the step a gap becomes, in the page's language.
GapStepWording gap_step_wording(const Context& ctx, const RankedGap& gap);

// The pages a refused form shows again with its message.
Response competence_manage_page(Context& ctx, const OrgAccess& access, const std::string& error, int status);
Response competence_gaps_page(Context& ctx, const OrgAccess& access, const std::string& error, int status);
// The cell's form with the input kept; `stored_version` the version the input was based on.
Response competence_cell_page(Context& ctx, const OrgAccess& access, const CompetenceCell& input,
                              std::optional<int> version, const std::string& error, int status);

// The ranked gaps as the gaps page, the overview and the board report show them.
nlohmann::json ranked_gaps_view(Context& ctx, const OrgAccess& access, const std::vector<RankedGap>& gaps);

}  // namespace forkant::web::pages
