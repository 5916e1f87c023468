#pragma once
// The initiatives waiting for a judgement, as the overview lists them and the drafted agenda item carries
// them (issue 12, section 4): found here from the services, worded by the domain (waiting_judgement.hpp,
// agenda.hpp). Without an initiative service (a test app), none.

#include <cstdint>
#include <vector>

#include "domain/decisions/agenda.hpp"
#include "domain/initiatives/waiting_judgement.hpp"
#include "web/context.hpp"

namespace forkant::web {

std::vector<WaitingInitiative> waiting_initiatives(Context& ctx, std::int64_t org_id);

// The same as the agenda's drafting takes them.
std::vector<AgendaInitiative> agenda_initiatives(const std::vector<WaitingInitiative>& waiting);
std::vector<AgendaInitiative> agenda_initiatives(Context& ctx, std::int64_t org_id);

}  // namespace forkant::web
