// Closing a round: no more answers, and its results are shown.
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

Response round_close(Context& ctx) {
  return round_state_change(ctx, false);
}

}  // namespace forkant::web::pages
