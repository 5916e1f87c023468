// Opening a round for answers (coordinators).
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

Response round_open(Context& ctx) {
  return round_state_change(ctx, true);
}

}  // namespace forkant::web::pages
