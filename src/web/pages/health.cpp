// Probes for the operator: /healthz answers while the process runs, /readyz when it can serve requests.
#include "services/transactor.hpp"
#include "web/app.hpp"
#include "web/pages/pages.hpp"

namespace forkant::web::pages {

Response healthz(Context&) {
  return Response{200, {{"Content-Type", "text/plain; charset=utf-8"}}, "ok\n", ""};
}

Response readyz(Context& ctx) {
  Transactor* transactor = ctx.app.services().transactor;
  if (transactor && transactor->ready()) {
    return Response{200, {{"Content-Type", "text/plain; charset=utf-8"}}, "ready\n", ""};
  }
  return Response{503, {{"Content-Type", "text/plain; charset=utf-8"}}, "database unreachable\n", ""};
}

}  // namespace forkant::web::pages
