// The hook on an initiative's page where its impact assessments are shown (initiative_pages.hpp). Empty
// here: the impact-assessment pages (issue 12, section 2) replace this file with the section they render.
#include "web/pages/initiative_pages.hpp"

namespace forkant::web::pages {

std::string initiative_assessments_section(Context& /*ctx*/, const OrgAccess& /*access*/,
                                           const Initiative& /*initiative*/) {
  return "";
}

}  // namespace forkant::web::pages
