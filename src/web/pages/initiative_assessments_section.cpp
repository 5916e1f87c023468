// The hook on an initiative's page where its impact assessments are shown (initiative_pages.hpp): the
// section the impact-assessment pages render (impact_pages.cpp), when the service is wired.
#include "web/app.hpp"
#include "web/pages/impact_pages.hpp"
#include "web/pages/initiative_pages.hpp"

namespace forkant::web::pages {

std::string initiative_assessments_section(Context& ctx, const OrgAccess& access,
                                           const Initiative& initiative) {
  if (ctx.app.services().impact == nullptr) return "";
  return assessments_section_html(ctx, access, initiative);
}

}  // namespace forkant::web::pages
