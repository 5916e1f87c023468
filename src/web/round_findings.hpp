#pragma once
// The findings of an organisation's closed rounds as the drafted agenda item carries them (issue 10):
// the three highest priorities (top management's when its set is shown, else all responses', and the
// text says which), the disagreements within top management and the largest perception gaps — each
// worded in the reader's language from the shown results only, with the results page's anchor it comes
// from. The agenda domain only carries them (agenda.hpp, RoundFindings).

#include <cstdint>
#include <vector>

#include "domain/decisions/agenda.hpp"
#include "web/context.hpp"

namespace forkant::web {

inline constexpr std::size_t kAgendaPriorities = 3;
inline constexpr std::size_t kAgendaGaps = 3;

std::vector<RoundFindings> round_findings(Context& ctx, std::int64_t org_id);

}  // namespace forkant::web
