#include "web/waiting_initiatives.hpp"

#include "domain/initiatives/portfolio.hpp"
#include "services/initiatives.hpp"
#include "web/app.hpp"
#include "web/portfolio_load.hpp"

namespace forkant::web {

std::vector<WaitingInitiative> waiting_initiatives(Context& ctx, std::int64_t org_id) {
  auto* initiatives = ctx.app.services().initiatives;
  if (initiatives == nullptr) return {};
  const auto summaries = risk_summaries(ctx, org_id);
  if (summaries.empty()) return {};  // nothing assessed: nothing waits (and the register is not read)
  return waiting_for_judgement(initiatives->initiatives(org_id), summaries);
}

std::vector<AgendaInitiative> agenda_initiatives(const std::vector<WaitingInitiative>& waiting) {
  std::vector<AgendaInitiative> out;
  out.reserve(waiting.size());
  for (const auto& w : waiting) {
    out.push_back({w.initiative_id, w.title, w.forum ? std::string{to_string(*w.forum)} : std::string{},
                   w.open_judgements});
  }
  return out;
}

std::vector<AgendaInitiative> agenda_initiatives(Context& ctx, std::int64_t org_id) {
  return agenda_initiatives(waiting_initiatives(ctx, org_id));
}

}  // namespace forkant::web
