#pragma once
// What the printed agenda and minutes of a meeting show, built once for the print pages
// (meeting_print.cpp, meeting_held_print.cpp) and the PDFs (web/reports/meeting_agenda_report.cpp,
// meeting_minutes_report.cpp), so that paper and screen cannot differ: the organisation, the meeting, who
// attended, each drafted point with why it is there and its background links, the decisions taken with
// their reasons, and the follow-ups with owner and date. Texts are translated and dates formatted in the
// reader's language; links are paths, printed after the site's address so that a reader of the paper can
// type them.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "services/decisions.hpp"
#include "web/access.hpp"
#include "web/context.hpp"

namespace forkant::web::pages {

struct MeetingLink {
  std::string label;
  std::string path;  // e.g. /orgs/1/decisions/7
};

// A drafted point of the agenda.
struct MeetingItem {
  std::string source;                 // where it comes from, e.g. "Trin med frist"
  std::string text;                   // what to discuss
  std::string why;                    // why it is on the agenda
  std::vector<MeetingLink> links;     // the background: the step's goal, the decision, the round, ...
  std::vector<MeetingLink> findings;  // a closed round's findings, each to its section of the results
};

struct MeetingDecision {
  std::string kind;  // decided / deselected / postponed
  std::string kind_label;
  std::string title;
  std::string rationale;  // the decision's "why"
  std::string path;
};

struct MeetingFollowUp {
  std::string text;
  std::string owner;   // empty: nobody took it on
  std::string due_on;  // empty: no date agreed
};

struct MeetingPrint {
  bool held = false;  // minutes recorded: attendees, minutes, decisions and follow-ups
  std::string organisation;
  std::string series_title;
  std::string date;      // in the reader's language, e.g. "4. december 2026"
  std::string iso_date;  // for <time> and the file name
  std::string site;      // scheme://host, printed before every path
  std::string page_path;
  // Next meeting: the coordinator's saved agenda (empty: the drafted points are the agenda). Held
  // meeting: the agenda as it was sent.
  std::string agenda_text;
  std::vector<MeetingItem> items;  // next meeting only: the draft is not kept with held meetings
  std::vector<std::string> attendees;
  std::string minutes;
  std::vector<MeetingDecision> decisions;
  std::vector<MeetingFollowUp> follow_ups;
};

// The drafted points of the next meeting with their reasons and background links (also the meeting page's
// agenda, agenda_points_view).
std::vector<MeetingItem> agenda_items(Context& ctx, const NextMeeting& next);
MeetingPrint next_meeting_print(Context& ctx, const NextMeeting& next);
MeetingPrint held_meeting_print(Context& ctx, const HeldMeeting& held);

// {series_id} and {meeting_id} in the path: a held meeting of a series of the organisation in the path.
// Another organisation's, another series' or one not held is not found.
Result<HeldMeeting> held_meeting_in_path(Context& ctx, const OrgAccess& access);

// {series_id} in the path: the next meeting of a series of the organisation in the path, drafted with the
// findings of its closed rounds and the initiatives waiting for a judgement, as the print page and the
// agenda PDF show it.
struct NextMeetingPrint {
  MeetingSeries series;
  MeetingPrint print;
};
Result<NextMeetingPrint> next_meeting_print_in_path(Context& ctx, const OrgAccess& access);

// For templates/meetings_print.mustache.
nlohmann::json meeting_items_json(const std::vector<MeetingItem>& items, const std::string& site);
nlohmann::json meeting_print_json(const MeetingPrint& print);

}  // namespace forkant::web::pages
