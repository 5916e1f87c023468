#pragma once
// Pages of the initiative register (issue 12): the simple list, the form that records and edits an
// initiative, its page (every field by the question it answers, phase history, benefits and measurements,
// versions, links) and its actions (phase change, measurement). One page or action per file. Leader,
// coordinator and owner change things; a viewer reads.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/initiatives/initiative.hpp"
#include "services/initiatives.hpp"
#include "web/access.hpp"
#include "web/context.hpp"
#include "web/forms.hpp"
#include "web/http.hpp"

namespace forkant::web::pages {

Response initiatives_list(Context& ctx);
Response initiative_new(Context& ctx);
Response initiative_create(Context& ctx);
Response initiative_detail(Context& ctx);
Response initiative_edit(Context& ctx);
Response initiative_update(Context& ctx);
Response initiative_phase(Context& ctx);
Response initiative_measure(Context& ctx);

// How many empty rows the form offers beneath the filled ones of each list (no JavaScript needed).
inline constexpr int kEmptyRows = 3;

std::string initiatives_path(std::int64_t org_id);
std::string initiative_path(std::int64_t org_id, std::int64_t initiative_id);

// The form (templates/initiatives_form.mustache) with `draft` in it; `version` set when editing, and with
// `stored` also what is saved now (a stale edit).
struct InitiativeFormView {
  std::string heading;
  std::string action;
  std::string submit;
  std::optional<int> version;
  std::string cancel;
};
Response initiative_form_page(Context& ctx, const OrgAccess& access, const InitiativeFormView& form,
                              const InitiativeDraft& draft, const std::string& error, int status);

// Reads the form into `draft`, keeping what it can so that a refused form is shown again with the input
// kept; a number or date that does not parse and an unknown choice are refused, naming the field and row.
Status read_initiative_form(const Form& form, InitiativeDraft& draft);

// The initiative page with a refused action's message: `phase_error` with the open items that refused it,
// or `measure_error`.
struct ShareInput;
struct DetailMessages {
  std::string phase_error;
  std::vector<OpenItem> open_items;
  std::string measure_error;
  const ShareInput* share = nullptr;  // a refused share form's input (network_sharing_pages.hpp)
};
Response initiative_detail_page(Context& ctx, const OrgAccess& access, const Initiative& initiative,
                                const DetailMessages& messages, int status);

// The hook where the impact assessments of an initiative are shown on its page (issue 12, section 2):
// HTML, empty until the impact-assessment pages fill it in (initiative_assessments_section.cpp).
std::string initiative_assessments_section(Context& ctx, const OrgAccess& access,
                                           const Initiative& initiative);

// Labels in the page's language.
std::string phase_label(const Context& ctx, Phase phase);
// 12.5 as "12,5" (Danish) or "12.5" (English); whole numbers without decimals.
std::string format_amount(double value, const std::string& lang);
// "12,5" or "12.5" (and surrounding blanks) as a number; nullopt when it is not one.
std::optional<double> parse_amount(const std::string& text);

// The initiatives linking a decision or goal, for their pages ("Initiatives": the links' other way).
nlohmann::json linking_initiatives_view(Context& ctx, std::int64_t org_id,
                                        const std::vector<Initiative>& list);

}  // namespace forkant::web::pages
