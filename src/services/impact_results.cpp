// ImpactService, part two: what an assessment gives (the AIA's score under every rule version, the
// screening's findings), the findings through the organisation's routing table, what is open and the
// summaries the portfolio reads.
#include <algorithm>

#include "domain/impact/answer_check.hpp"
#include "formats/screening_toml.hpp"
#include "services/decisions.hpp"
#include "services/impact.hpp"
#include "services/initiatives.hpp"

namespace forkant {
namespace {

// The latest completed assessment of each kind among `all` (ordered by kind and number).
std::vector<const ImpactAssessment*> latest_completed(const std::vector<ImpactAssessment>& all) {
  std::map<std::string, const ImpactAssessment*> latest;
  for (const auto& a : all) {
    if (!a.completed()) continue;
    auto& slot = latest[a.kind];
    if (!slot || slot->number < a.number) slot = &a;
  }
  std::vector<const ImpactAssessment*> out;
  out.reserve(latest.size());
  for (const auto& [kind, a] : latest) out.push_back(a);
  return out;
}

bool applies_by(const Obligation& obligation, Date today) {
  return !obligation.applies_from || *obligation.applies_from <= today;
}

std::string pick(const std::string& lang, const std::string& da, const std::string& en) {
  return lang == "en" ? en : da;
}

}  // namespace

std::vector<Finding> ImpactService::findings_of(const LoadedQuestionnaire& q, const Answers& answers,
                                                int rule, std::optional<AiaScore>* score) {
  if (q.screening) return screening_findings(*q.screening, answers);
  auto scored = score_aia(q.questionnaire, answers, rule);
  if (!scored) return {};
  if (score) *score = *scored;
  const std::string key = "aia_level_" + std::to_string(scored->level);
  Finding finding;
  if (const auto it = builtins_.aia_levels.find(key); it != builtins_.aia_levels.end()) finding = it->second;
  finding.key = key;
  if (finding.title.empty()) {
    finding.title.by_lang = {{"da", "AIA niveau " + std::to_string(scored->level)},
                             {"en", "AIA level " + std::to_string(scored->level)}};
  }
  finding.source = "AIA rule " + std::to_string(rule);
  return {finding};
}

Result<AssessmentResult> ImpactService::result(const ImpactAssessment& assessment, std::optional<int> rule) {
  const auto stored = store_.find_questionnaire(assessment.questionnaire_id);
  auto loaded = stored ? load(*stored) : nullptr;
  if (!loaded) return Error{ErrorKind::internal, "internal", "error.internal", {}};
  AssessmentResult out;
  out.assessment = assessment;
  out.rule = rule.value_or(assessment.rule);
  const bool aia = !loaded->screening;
  const bool known_rule =
      aia ? out.rule >= 1 && out.rule <= kAiaLatestRule : out.rule == loaded->screening->rule;
  if (!known_rule) {
    return Error::invalid("unknown_rule", "error.impact.unknown_rule", {{"rule", std::to_string(out.rule)}});
  }
  // A draft is shown as it would complete: with what a person could see.
  const Answers answers = assessment.completed() ? assessment.answers
                                                 : visible_answers(loaded->questionnaire, assessment.answers);
  out.findings = findings_of(*loaded, answers, out.rule, &out.score);
  if (aia) {
    for (int r = 1; r <= kAiaLatestRule; ++r) {
      if (auto s = score_aia(loaded->questionnaire, answers, r)) out.scores.push_back({r, *s});
    }
  }
  out.questionnaire = std::move(loaded);
  const auto own = store_.routing(assessment.org_id);
  out.default_routing = !own;
  out.routing = route(out.findings, routing_table(assessment.org_id));
  out.judgements = store_.judgements(assessment.org_id, assessment.id);
  for (auto& m : store_.obligations_met(assessment.org_id, assessment.id)) out.met[m.obligation_id] = m;
  bool judged = false;
  for (const auto& j : out.judgements) {
    const auto decision = decisions_.find_decision(j.decision_id);
    if (decision && decision->content.kind != DecisionKind::postponed) judged = true;
  }
  out.judgement_open = assessment.completed() && out.routing.forum.has_value() && !judged;
  if (assessment.completed()) {
    const auto all = store_.assessments(assessment.org_id, assessment.initiative_id);
    const auto latest = latest_completed(all);
    out.latest =
        std::any_of(latest.begin(), latest.end(), [&](const auto* a) { return a->id == assessment.id; });
  }
  return out;
}

// ---- Routing ----------------------------------------------------------------------------------------------

RoutingTable ImpactService::routing_table(std::int64_t org_id) {
  if (const auto row = store_.routing(org_id)) {
    if (auto table = read_routing_toml(row->toml)) return std::move(*table);
  }
  return builtins_.default_routing;
}

std::vector<std::string> ImpactService::routable_findings() const {
  std::vector<std::string> out;
  for (const auto& [key, finding] : builtins_.screening.findings) out.push_back(key);
  for (int level = 1; level <= 4; ++level) out.push_back("aia_level_" + std::to_string(level));
  for (const auto& [key, forum] : builtins_.default_routing.forum_of) {
    if (std::find(out.begin(), out.end(), key) == out.end()) out.push_back(key);
  }
  return out;
}

Status ImpactService::save_routing(std::int64_t org_id, std::int64_t actor, const RoutingTable& table) {
  const auto known = routable_findings();
  for (const auto& [key, forum] : table.forum_of) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      return Error::invalid("unknown_finding", "error.impact.unknown_finding", {{"finding", key}});
    }
  }
  tx_.transaction([&] {
    store_.save_routing({org_id, write_routing_toml(table), actor, clock_.now()});
    audit(org_id, actor, "impact.routing_saved", "impact_routing:" + std::to_string(org_id),
          std::to_string(table.forum_of.size()) + " findings");
  });
  return ok_status();
}

Status ImpactService::reset_routing(std::int64_t org_id, std::int64_t actor) {
  tx_.transaction([&] {
    store_.delete_routing(org_id);
    audit(org_id, actor, "impact.routing_reset", "impact_routing:" + std::to_string(org_id), "default");
  });
  return ok_status();
}

// ---- What is open
// ------------------------------------------------------------------------------------------

std::vector<OpenItem> ImpactService::open_items(std::int64_t org_id, std::int64_t initiative_id,
                                                const std::string& lang) {
  std::vector<OpenItem> out;
  const auto initiative = initiatives_.find_initiative(initiative_id);
  if (!initiative || initiative->org_id != org_id) return out;
  const Date day = today();
  const auto all = store_.assessments(org_id, initiative_id);
  for (const auto* a : latest_completed(all)) {
    auto r = result(*a);
    if (!r) continue;
    const std::string what = r->questionnaire->stored.title + " " + std::to_string(a->number);
    if (r->judgement_open) {
      const std::string forum{to_string(*r->routing.forum)};
      out.push_back({OpenItem::Kind::judgement, a->id, forum,
                     pick(lang, "Afgørelse mangler på »" + what + "« (" + forum + ")",
                          "Judgement missing on “" + what + "” (" + forum + ")")});
    }
    for (const auto& routed : r->routing.obligations) {
      const auto& o = routed.obligation;
      if (r->met.count(o.id) || !applies_by(o, day)) continue;
      out.push_back({OpenItem::Kind::obligation, a->id, o.id,
                     pick(lang, "Forpligtelse ikke opfyldt: ", "Obligation not met: ") + o.title.in(lang)});
    }
    if (initiatives_.substantially_changed_since(*initiative, a->initiative_version)) {
      out.push_back({OpenItem::Kind::reassessment, a->id, "",
                     pick(lang, "Initiativet er ændret væsentligt siden »" + what + "«: vurder det igen",
                          "The initiative has changed substantially since “" + what + "”: assess it again")});
    }
  }
  return out;
}

std::map<std::int64_t, RiskSummary> ImpactService::risk_summaries(std::int64_t org_id) {
  auto assessments = store_.org_assessments(org_id);
  if (assessments.empty()) return {};  // nothing assessed: the register is not read (the overview's case)
  return summarise(std::move(assessments), initiatives_.initiatives(org_id));
}

std::map<std::int64_t, RiskSummary> ImpactService::risk_summaries(
    std::int64_t org_id, const std::vector<Initiative>& initiatives) {
  return summarise(store_.org_assessments(org_id), initiatives);
}

std::map<std::int64_t, RiskSummary> ImpactService::summarise(std::vector<ImpactAssessment> assessments,
                                                             const std::vector<Initiative>& list) {
  std::map<std::int64_t, RiskSummary> out;
  std::map<std::int64_t, std::vector<ImpactAssessment>> by_initiative;
  for (auto& a : assessments) by_initiative[a.initiative_id].push_back(std::move(a));
  std::map<std::int64_t, const Initiative*> initiatives;
  for (const auto& i : list) initiatives.emplace(i.id, &i);
  const Date day = today();
  for (const auto& [initiative_id, all] : by_initiative) {
    RiskSummary s;
    s.initiative_id = initiative_id;
    for (const auto* a : latest_completed(all)) {
      auto r = result(*a);
      if (!r) continue;
      s.assessed = true;
      if (r->questionnaire->screening) {
        s.tier = risk_tier(r->findings);
      } else {
        for (const auto& rs : r->scores) {
          if (rs.rule == kAiaLatestRule) s.aia_level = rs.score.level;
        }
      }
      if (r->routing.forum && (!s.forum || *s.forum < *r->routing.forum)) s.forum = r->routing.forum;
      if (r->judgement_open) ++s.open_judgements;
      for (const auto& routed : r->routing.obligations) {
        if (!r->met.count(routed.obligation.id) && applies_by(routed.obligation, day)) ++s.open_obligations;
      }
      const auto it = initiatives.find(initiative_id);
      if (it != initiatives.end() &&
          initiatives_.substantially_changed_since(*it->second, a->initiative_version))
        s.needs_reassessment = true;
    }
    out.emplace(initiative_id, s);
  }
  return out;
}

}  // namespace forkant
