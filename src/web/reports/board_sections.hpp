#pragma once
// The board report's sections (board_report.hpp), one file per part: the results (board_results.cpp),
// worded from the results page's view data, and the register (board_register.cpp).

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "reports/document.hpp"
#include "web/context.hpp"
#include "web/reports/board_report.hpp"

namespace forkant::web::board {

using Blocks = std::vector<forkant::reports::Block>;

// Where we stand, where top management disagrees, the perception gaps and the priorities, from the view
// of the whole round's results page (closed_results_view).
void results_sections(const Context& ctx, const nlohmann::json& view, Blocks& out);

// The decisions and deliberate non-choices of the period with their reasons, goals and steps, what is
// overdue today, and the next meeting's drafted agenda item.
void register_sections(Context& ctx, std::int64_t org_id, const BoardPeriod& period, Blocks& out);

// The technology radar (issue 17, board_radar.cpp): the current edition's table, its holds and the
// prerequisites initiatives lack; nothing when the organisation has no radar.
void radar_sections(Context& ctx, std::int64_t org_id, Blocks& out);
// The current radar's holds, one line each ("radar: on hold" with dates and reason), for the register's
// non-choices.
std::vector<std::string> hold_lines(Context& ctx, std::int64_t org_id);
// The competence matrix's ranked gaps (board_competence.cpp, issue 17).
void competence_sections(Context& ctx, std::int64_t org_id, Blocks& out);

}  // namespace forkant::web::board
