#pragma once
// The printed agenda and minutes of a meeting as PDF documents, built from the same MeetingPrint the print
// pages show (pages/meeting_print_view.hpp): a small title block (organisation, meeting, date) instead of a
// title page, no table of contents, the running footer "Side n af N". Every link is printed as its full
// address, since paper cannot be clicked.

#include <string>

#include "reports/document.hpp"
#include "web/context.hpp"
#include "web/http.hpp"
#include "web/pages/meeting_print_view.hpp"

namespace forkant::web {

// The next meeting's agenda: the saved agenda (when the coordinator edited it) and the drafted points,
// each with why it is there and its background links.
reports::Document meeting_agenda_report(Context& ctx, const pages::MeetingPrint& print);

// A held meeting: who attended, the agenda as sent, the minutes, the decisions taken with their reasons,
// and the follow-ups with owner and date.
reports::Document meeting_minutes_report(Context& ctx, const pages::MeetingPrint& print);

}  // namespace forkant::web
