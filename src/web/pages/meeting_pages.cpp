// What the pages of a meeting series share.
#include "domain/date.hpp"
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/meeting_print_view.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

// The agenda's texts carry their dates as ISO (domain/decisions/agenda.cpp); people read them in their
// language ("4. december 2026" / "4 December 2026").
std::map<std::string, std::string> dated(Context& ctx, std::map<std::string, std::string> params) {
  for (const char* key : {"date", "due", "review", "closed", "since", "previous", "revisit"}) {
    const auto it = params.find(key);
    if (it == params.end()) continue;
    if (const auto day = parse_iso_date(it->second)) it->second = format_date_text(*day, ctx.lang);
  }
  // The competence matrix's role travels as its code (agenda.hpp); people read its label.
  if (const auto it = params.find("competence_role"); it != params.end()) {
    it->second = ctx.t("competence.role." + it->second);
  }
  return params;
}

Translate translator(Context& ctx) {
  return [&ctx](std::string_view key, const std::map<std::string, std::string>& params) {
    return ctx.t(key, dated(ctx, params));
  };
}

}  // namespace

std::string series_path(const OrgAccess& access, std::int64_t series_id) {
  return "/orgs/" + std::to_string(access.org_id) + "/meetings/" + std::to_string(series_id);
}

// The text the coordinator works on: the saved edit, else the draft as text.
std::string agenda_text(Context& ctx, const NextMeeting& next) {
  if (next.row && !next.row->agenda_text.empty()) return next.row->agenda_text;
  return agenda_to_text(next.draft, translator(ctx));
}

std::vector<MeetingItem> agenda_items(Context& ctx, const NextMeeting& next) {
  const std::string org = "/orgs/" + std::to_string(next.series.org_id);
  auto& svc = *ctx.app.services().decisions;
  // A step's link is its goal's page; the follow-ups were promised at the last held meeting.
  std::map<std::int64_t, std::int64_t> goal_of;
  for (const auto& step : svc.steps(next.series.org_id)) goal_of[step.id] = step.goal_id;
  const auto held = svc.held_meetings(next.series);
  const std::string series = org + "/meetings/" + std::to_string(next.series.id);
  std::vector<MeetingItem> items;
  for (const auto& p : next.draft.points) {
    const auto params = dated(ctx, p.params);
    const std::int64_t id = p.linked_id.value_or(0);
    MeetingItem item{ctx.t("agenda.source." + std::string{to_string(p.source)}),
                     ctx.t(p.text_key, params),
                     ctx.t(p.why_key, params),
                     {},
                     {}};
    switch (p.source) {
      case AgendaSource::step_due:
      case AgendaSource::step_overdue:
        if (const auto goal = goal_of.find(id); goal != goal_of.end()) {
          item.links.push_back(
              {ctx.t("meeting.link.goal", params),
               org + "/goals/" + std::to_string(goal->second) + "#step-" + std::to_string(id)});
        }
        break;
      case AgendaSource::review_due:
        item.links.push_back(
            {ctx.t("meeting.link.decision", params), org + "/decisions/" + std::to_string(id)});
        break;
      case AgendaSource::initiative_waiting:
        item.links.push_back(
            {ctx.t("meeting.link.initiative", params), org + "/initiatives/" + std::to_string(id)});
        break;
      case AgendaSource::round_closed:
        item.links.push_back(
            {ctx.t("meeting.link.round", params), "/rounds/" + std::to_string(id) + "/results"});
        break;
      case AgendaSource::question_rotation:
        item.links.push_back(
            {ctx.t("meeting.link.question", params), org + "/decisions?question=" + std::to_string(id)});
        break;
      case AgendaSource::network_lesson:
        if (const auto public_id = p.params.find("public_id"); public_id != p.params.end()) {
          item.links.push_back({ctx.t("meeting.link.network_item", params),
                                org + "/networks/" + std::to_string(id) + "/library/" + public_id->second});
        }
        break;
      case AgendaSource::radar_hold_revisit:
      case AgendaSource::radar_prerequisite_missing:
        item.links.push_back(
            {ctx.t("meeting.link.radar", params), org + "/radar#entry-" + std::to_string(id)});
        break;
      case AgendaSource::competence_gap_without_step:
        item.links.push_back({ctx.t("meeting.link.competence_gap", params),
                              org + "/competencies/gaps#gap-" + std::to_string(id)});
        break;
      case AgendaSource::follow_up:
        if (!held.empty() && next.previous && held.front().held_on == *next.previous) {
          item.links.push_back(
              {ctx.t("meeting.link.previous", params), series + "/held/" + std::to_string(held.front().id)});
        }
        break;
    }
    // A closed round's findings, each linking to the section of the results page it comes from.
    for (const auto& f : p.findings) {
      item.findings.push_back({ctx.t(f.text_key, dated(ctx, f.params)),
                               "/rounds/" + std::to_string(id) + "/results#" + f.anchor});
    }
    items.push_back(std::move(item));
  }
  return items;
}

nlohmann::json agenda_points_view(Context& ctx, const NextMeeting& next) {
  return meeting_items_json(agenda_items(ctx, next), "");
}

nlohmann::json since_view(Context& ctx, std::int64_t org_id, const SinceLastMeeting& since) {
  const std::string org = "/orgs/" + std::to_string(org_id);
  const auto decisions = [&](const std::vector<Decision>& list, bool by_review) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& d : list) {
      const Date when = by_review && d.reviewed_on ? *d.reviewed_on : d.content.decided_on;
      out.push_back({{"href", org + "/decisions/" + std::to_string(d.id)},
                     {"title", d.content.title},
                     {"date", format_date_text(when, ctx.lang)},
                     {"kind", std::string{to_string(d.content.kind)}},
                     {"kind_label", kind_label(ctx, d.content.kind)}});
    }
    return out;
  };
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& s : since.evaluated) {
    steps.push_back(
        {{"href", org + "/goals/" + std::to_string(s.goal_id) + "#step-" + std::to_string(s.id)},
         {"title", s.hypothesis},
         {"date", format_date_text(s.evaluation->evaluated_on, ctx.lang)},
         {"verdict",
          s.evaluation->verdict ? ctx.t("verdict." + std::string{to_string(*s.evaluation->verdict)}) : ""}});
  }
  return {{"after", or_null(since.after ? format_date_text(*since.after, ctx.lang) : "")},
          {"decided", decisions(since.decided, false)},
          {"deselected", decisions(since.deselected, false)},
          {"evaluated", steps},
          {"reviewed", decisions(since.reviewed, true)},
          {"has_decided", !since.decided.empty()},
          {"has_deselected", !since.deselected.empty()},
          {"has_evaluated", !since.evaluated.empty()},
          {"has_reviewed", !since.reviewed.empty()},
          {"nothing", since.empty()}};
}

nlohmann::json follow_ups_view(Context& ctx, const std::vector<PromisedFollowUp>& follow_ups) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& f : follow_ups) {
    out.push_back({{"text", f.text},
                   {"owner", f.owner ? nlohmann::json(*f.owner) : nlohmann::json(nullptr)},
                   {"due_on", f.due_on ? nlohmann::json(format_date_table(*f.due_on, ctx.lang))
                                       : nlohmann::json(nullptr)}});
  }
  return out;
}

}  // namespace forkant::web::pages
