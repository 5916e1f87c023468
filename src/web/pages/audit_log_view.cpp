#include "web/pages/audit_log_view.hpp"

#include <cstdio>

#include "domain/copenhagen_time.hpp"
#include "render/format.hpp"
#include "services/decisions.hpp"
#include "web/app.hpp"
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {
namespace {

template <typename Map>
std::string name_in(const Map& map, std::int64_t id) {
  const auto it = map.find(id);
  return it == map.end() ? std::string() : it->second;
}

std::string two(int n) {
  char buf[4];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

}  // namespace

AuditNames audit_names(Context& ctx, std::int64_t org_id) {
  AuditNames n;
  auto& decisions = *ctx.app.services().decisions;
  for (const auto& d : decisions.all_decisions(org_id)) n.decisions[d.id] = d.content.title;
  for (const auto& r : ctx.app.services().assessment->rounds(org_id)) n.rounds[r.id] = r.title;
  for (const auto& g : decisions.goals(org_id)) n.goals[g.id] = g.title;
  for (const auto& s : decisions.steps(org_id)) n.steps[s.id] = {s.goal_id, s.hypothesis};
  for (const auto& s : decisions.series(org_id)) n.series[s.id] = s.title;
  return n;
}

AuditLine audit_line(const Context& ctx, std::int64_t org_id, const AuditNames& names, const AuditRecord& r) {
  AuditLine line;
  const LocalTime t = copenhagen_time(r.at);
  const std::string clock = two(t.hour) + ":" + two(t.minute);
  line.at_table = format_day_time(r.at, ctx.lang);
  line.at_iso = format_iso_date(t.day) + "T" + clock + ":00+" + two(t.offset_minutes / 60) + ":00";
  // An erased member (no name, an id) and an entry past its retention (docs/privacy.md) name nobody.
  line.actor = r.personal_cleared      ? ctx.t("audit.actor_cleared")
               : !r.actor_name.empty() ? r.actor_name
               : r.actor_id            ? ctx.t("member.former")
                                       : ctx.t("audit.system");
  for (const auto& k : audit_kinds()) {
    for (const auto& p : audit_kind_prefixes(k)) {
      if (r.action.starts_with(p)) line.kind = k;
    }
  }
  const AuditSentence s = describe_audit(r.action, r.object, r.detail);
  const std::string org = "/orgs/" + std::to_string(org_id);
  if (s.object_id) {
    const std::int64_t id = *s.object_id;
    const std::string sid = std::to_string(id);
    if (s.object_kind == "decision" && names.decisions.contains(id)) {
      line.object = name_in(names.decisions, id);
      line.href = org + "/decisions/" + sid;
    } else if (s.object_kind == "round" && names.rounds.contains(id)) {
      line.object = name_in(names.rounds, id);
      line.href = "/rounds/" + sid;
    } else if (s.object_kind == "goal" && names.goals.contains(id)) {
      line.object = name_in(names.goals, id);
      line.href = org + "/goals/" + sid;
    } else if (s.object_kind == "step" && names.steps.contains(id)) {
      const auto& [goal, hypothesis] = names.steps.at(id);
      line.object = hypothesis;
      line.href = org + "/goals/" + std::to_string(goal) + "#step-" + sid;
    } else if (s.object_kind == "meeting_series" && names.series.contains(id)) {
      line.object = name_in(names.series, id);
      line.href = org + "/meetings/" + sid;
    } else if (s.object_kind == "initiative") {
      line.href = org + "/initiatives/" + sid;
    } else if (s.object_kind == "meeting") {
      line.href = org + "/meetings";
    } else if (s.object_kind == "briefing") {
      line.href = org + "/briefing/versions/" + sid;
    }
  }
  std::map<std::string, std::string> params = s.params;
  for (const auto& [name, key] : s.keyed_params) params[name] = ctx.t(key);
  if (params.contains("group")) params["group"] = group_label(ctx, params["group"]);
  if (params.contains("date")) {
    if (const auto d = parse_iso_date(params["date"])) params["date"] = format_date_text(*d, ctx.lang);
  }
  params["actor"] = line.actor;
  params["object"] = !line.object.empty() ? line.object : params.contains("title") ? params["title"] : "";
  line.sentence = ctx.t(s.key, params);
  return line;
}

}  // namespace forkant::web::pages
