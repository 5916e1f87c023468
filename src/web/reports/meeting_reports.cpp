// The printed agenda and minutes of a meeting as PDF documents (meeting_reports.hpp).
#include "web/reports/meeting_reports.hpp"

#include <utility>

namespace forkant::web {
namespace {

// What both documents open with: the document's metadata and the small title block.
reports::Document titled(Context& ctx, const pages::MeetingPrint& print, const std::string& kind) {
  reports::Document doc;
  doc.lang = ctx.lang;
  doc.title = kind + ": " + print.series_title + " " + print.date;
  doc.author = print.organisation;
  doc.subject = print.organisation + " – " + print.series_title;
  doc.page_footer = ctx.t("meeting.pdf.footer");
  doc.running_header = print.organisation + " · " + print.series_title + " " + print.date;
  doc.blocks.emplace_back(reports::Paragraph{print.organisation, true, false});
  doc.blocks.emplace_back(reports::Heading{1, doc.title});
  doc.blocks.emplace_back(
      reports::Paragraph{ctx.t("meeting.pdf.source", {{"url", print.site + print.page_path}}), false, true});
  return doc;
}

// A text kept as typed (the saved or sent agenda, the minutes): one paragraph a line, blank lines dropped.
void add_lines(reports::Document& doc, const std::string& text) {
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const auto line = text.substr(start, end - start);
    start = end + 1;
    if (line.find_first_not_of(" \t\r") != std::string::npos) {
      doc.blocks.emplace_back(reports::Paragraph{line, false, false});
    }
  }
}

std::string linked(const pages::MeetingLink& link, const std::string& site) {
  return link.label + ": " + site + link.path;
}

}  // namespace

reports::Document meeting_agenda_report(Context& ctx, const pages::MeetingPrint& print) {
  auto doc = titled(ctx, print, ctx.t("meeting.pdf.agenda"));
  if (!print.agenda_text.empty()) {
    doc.blocks.emplace_back(reports::Heading{2, ctx.t("meeting.agenda.title")});
    add_lines(doc, print.agenda_text);
  }
  doc.blocks.emplace_back(reports::Heading{
      2, ctx.t(print.agenda_text.empty() ? "meeting.print.items" : "meeting.print.background")});
  int number = 0;
  for (const auto& item : print.items) {
    doc.blocks.emplace_back(reports::Heading{3, std::to_string(++number) + ". " + item.text});
    doc.blocks.emplace_back(reports::Paragraph{ctx.t("meeting.why") + ": " + item.why, false, false});
    if (!item.findings.empty()) {
      reports::BulletList findings;
      // A finding is a sentence; its address follows it.
      for (const auto& f : item.findings) findings.items.push_back(f.label + " " + print.site + f.path);
      doc.blocks.emplace_back(std::move(findings));
    }
    for (const auto& l : item.links) {
      doc.blocks.emplace_back(reports::Paragraph{
          ctx.t("meeting.print.background_link") + " " + linked(l, print.site), false, true});
    }
  }
  return doc;
}

reports::Document meeting_minutes_report(Context& ctx, const pages::MeetingPrint& print) {
  auto doc = titled(ctx, print, ctx.t("meeting.pdf.minutes"));
  doc.blocks.emplace_back(reports::Heading{2, ctx.t("meeting.attendees.title")});
  if (print.attendees.empty()) {
    doc.blocks.emplace_back(reports::Paragraph{ctx.t("meeting.attendees.none"), false, true});
  } else {
    doc.blocks.emplace_back(reports::BulletList{print.attendees});
  }
  doc.blocks.emplace_back(reports::Heading{2, ctx.t("meeting.held.agenda")});
  if (print.agenda_text.empty()) {
    doc.blocks.emplace_back(reports::Paragraph{ctx.t("meeting.held.no_agenda"), false, true});
  } else {
    add_lines(doc, print.agenda_text);
  }
  doc.blocks.emplace_back(reports::Heading{2, ctx.t("meeting.held.minutes")});
  if (print.minutes.empty()) {
    doc.blocks.emplace_back(reports::Paragraph{ctx.t("meeting.held.no_minutes"), false, true});
  } else {
    add_lines(doc, print.minutes);
  }
  doc.blocks.emplace_back(reports::Heading{2, ctx.t("meeting.held.decisions")});
  if (print.decisions.empty()) {
    doc.blocks.emplace_back(reports::Paragraph{ctx.t("meeting.held.no_decisions"), false, true});
  } else {
    reports::Table table;
    table.header = {ctx.t("meeting.print.kind"), ctx.t("meeting.print.decision"), ctx.t("meeting.why")};
    table.widths = {0.18, 0.37, 0.45};
    reports::BulletList links;
    for (const auto& d : print.decisions) {
      table.rows.push_back({d.kind_label, d.title, d.rationale});
      links.items.push_back(d.title + ": " + print.site + d.path);
    }
    doc.blocks.emplace_back(std::move(table));
    doc.blocks.emplace_back(reports::Paragraph{ctx.t("meeting.print.decision_links"), false, true});
    doc.blocks.emplace_back(std::move(links));
  }
  doc.blocks.emplace_back(reports::Heading{2, ctx.t("meeting.held.follow_ups")});
  if (print.follow_ups.empty()) {
    doc.blocks.emplace_back(reports::Paragraph{ctx.t("meeting.held.no_follow_ups"), false, true});
  } else {
    reports::Table table;
    table.header = {ctx.t("meeting.follow_up.text"), ctx.t("meeting.follow_up.owner"),
                    ctx.t("meeting.follow_up.due_on")};
    table.widths = {0.55, 0.28, 0.17};
    for (const auto& f : print.follow_ups) {
      table.rows.push_back({f.text, f.owner.empty() ? ctx.t("meeting.follow_up.no_owner") : f.owner,
                            f.due_on.empty() ? ctx.t("meeting.follow_up.no_date") : f.due_on});
    }
    doc.blocks.emplace_back(std::move(table));
  }
  return doc;
}

}  // namespace forkant::web
