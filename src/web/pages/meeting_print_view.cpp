// The printed agenda and minutes' data (meeting_print_view.hpp), for the print pages and the PDFs alike.
#include "web/pages/meeting_print_view.hpp"

#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/assessment_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/round_findings.hpp"
#include "web/waiting_initiatives.hpp"

namespace forkant::web::pages {
namespace {

MeetingPrint print_of(Context& ctx, const MeetingSeries& series, Date date) {
  MeetingPrint out;
  const auto org = ctx.app.services().orgs->find(series.org_id);
  out.organisation = org ? org->name : "";
  out.series_title = series.title;
  out.date = format_date_text(date, ctx.lang);
  out.iso_date = format_iso_date(date);
  out.site = site_base_url(ctx);
  out.page_path = "/orgs/" + std::to_string(series.org_id) + "/meetings/" + std::to_string(series.id);
  return out;
}

nlohmann::json links_json(const std::vector<MeetingLink>& links, const std::string& site) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& l : links) {
    // `text` and `href`: the names the meeting page's template has always read a finding by.
    out.push_back({{"text", l.label}, {"href", l.path}, {"url", site + l.path}});
  }
  return out;
}

}  // namespace

Result<HeldMeeting> held_meeting_in_path(Context& ctx, const OrgAccess& access) {
  auto series = series_in_path(ctx, access);
  if (!series) return series.error();
  const auto meeting_id = ctx.id_param("meeting_id");
  auto held = meeting_id ? ctx.app.services().decisions->held_meeting(*series, *meeting_id) : std::nullopt;
  if (!held) return Error::not_found();
  return std::move(*held);
}

Result<NextMeetingPrint> next_meeting_print_in_path(Context& ctx, const OrgAccess& access) {
  auto series = series_in_path(ctx, access);
  if (!series) return series.error();
  const auto next = ctx.app.services().decisions->next_meeting(*series, round_findings(ctx, access.org_id),
                                                               agenda_initiatives(ctx, access.org_id));
  return NextMeetingPrint{*series, next_meeting_print(ctx, next)};
}

MeetingPrint next_meeting_print(Context& ctx, const NextMeeting& next) {
  auto out = print_of(ctx, next.series, next.date);
  if (next.row) out.agenda_text = next.row->agenda_text;
  out.items = agenda_items(ctx, next);
  return out;
}

MeetingPrint held_meeting_print(Context& ctx, const HeldMeeting& held) {
  auto out = print_of(ctx, held.series, held.row.held_on);
  out.held = true;
  out.page_path += "/held/" + std::to_string(held.row.id);
  out.agenda_text = held.row.agenda_sent;
  out.attendees = held.row.attendees;
  out.minutes = held.row.minutes;
  const std::string org = "/orgs/" + std::to_string(held.series.org_id);
  for (const auto& d : held.decisions) {
    out.decisions.push_back({std::string{to_string(d.content.kind)}, kind_label(ctx, d.content.kind),
                             d.content.title, d.content.rationale,
                             org + "/decisions/" + std::to_string(d.id)});
  }
  for (const auto& f : held.follow_ups) {
    out.follow_ups.push_back(
        {f.text, f.owner.value_or(""), f.due_on ? format_date_table(*f.due_on, ctx.lang) : std::string{}});
  }
  return out;
}

nlohmann::json meeting_items_json(const std::vector<MeetingItem>& items, const std::string& site) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& item : items) {
    out.push_back({{"source", item.source},
                   {"text", item.text},
                   {"why", item.why},
                   {"links", links_json(item.links, site)},
                   {"has_links", !item.links.empty()},
                   {"findings", links_json(item.findings, site)},
                   {"has_findings", !item.findings.empty()}});
  }
  return out;
}

nlohmann::json meeting_print_json(const MeetingPrint& print) {
  nlohmann::json decisions = nlohmann::json::array();
  for (const auto& d : print.decisions) {
    decisions.push_back({{"kind", d.kind},
                         {"kind_label", d.kind_label},
                         {"title", d.title},
                         {"rationale", or_null(d.rationale)},
                         {"href", d.path},
                         {"url", print.site + d.path}});
  }
  nlohmann::json follow_ups = nlohmann::json::array();
  for (const auto& f : print.follow_ups) {
    follow_ups.push_back({{"text", f.text}, {"owner", or_null(f.owner)}, {"due_on", or_null(f.due_on)}});
  }
  return {{"held", print.held},
          {"organisation", print.organisation},
          {"title", print.series_title},
          {"date", print.date},
          {"iso_date", print.iso_date},
          {"page", print.page_path},
          {"page_url", print.site + print.page_path},
          {"agenda_text", or_null(print.agenda_text)},
          {"items", meeting_items_json(print.items, print.site)},
          {"has_items", !print.items.empty()},
          {"attendees", print.attendees},
          {"has_attendees", !print.attendees.empty()},
          {"minutes", or_null(print.minutes)},
          {"decisions", decisions},
          {"has_decisions", !decisions.empty()},
          {"follow_ups", follow_ups},
          {"has_follow_ups", !follow_ups.empty()}};
}

}  // namespace forkant::web::pages
