// ImpactService, part three: the forum's judgement of an assessment, recorded as a decision in the
// register linked to the exact assessment it judged, and obligations followed up.
#include <algorithm>

#include "domain/utf8.hpp"
#include "services/decisions.hpp"
#include "services/impact.hpp"
#include "services/initiatives.hpp"

namespace forkant {
namespace {

// The forum as the decision register names the deciding body.
std::string forum_name(Forum forum, const std::string& lang) {
  const bool en = lang == "en";
  switch (forum) {
    case Forum::fagchef:
      return en ? "Head of department" : "Fagchef";
    case Forum::dpo:
      return en ? "Data protection officer (DPO)" : "Databeskyttelsesrådgiver (DPO)";
    case Forum::jurist:
      return en ? "Legal counsel" : "Jurist";
    case Forum::direktion:
      return en ? "Executive board" : "Direktionen";
    case Forum::dataetisk_udvalg:
      return en ? "Data ethics committee" : "Dataetisk udvalg";
    case Forum::oekonomiudvalget:
      return en ? "Finance committee" : "Økonomiudvalget";
    case Forum::kommunalbestyrelsen:
      return en ? "Municipal council" : "Kommunalbestyrelsen";
  }
  return std::string{to_string(forum)};
}

}  // namespace

Result<std::int64_t> ImpactService::record_judgement(const ImpactAssessment& assessment, std::int64_t actor,
                                                     const JudgementInput& input, const std::string& lang) {
  if (!assessment.completed()) {
    return Error::conflict("assessment_not_completed", "error.impact.assessment_not_completed");
  }
  auto r = result(assessment);
  if (!r) return r.error();
  if (!r->routing.forum) return Error::conflict("no_judgement_needed", "error.impact.no_judgement_needed");
  if (!r->latest) return Error::conflict("not_latest_assessment", "error.impact.not_latest_assessment");
  if (!r->judgement_open) return Error::conflict("already_judged", "error.impact.already_judged");
  const auto initiative = initiatives_.find_initiative(assessment.initiative_id);
  if (!initiative || initiative->org_id != assessment.org_id) return Error::not_found();

  DecisionDraft draft;
  draft.kind = input.kind;
  draft.title = input.title;
  if (draft.title.empty()) {
    draft.title =
        (lang == "en" ? "Impact assessment: " : "Konsekvensvurdering: ") + initiative->content.title;
  }
  draft.rationale = input.rationale;
  draft.questions = initiative->content.questions;
  draft.questions.insert(2);  // who should judge the grey zones, and how?
  for (const auto& p : initiative->content.purposes) draft.purposes.push_back(p.purpose_id);
  draft.owner_user_id = actor;
  draft.body = forum_name(*r->routing.forum, lang);
  draft.decided_on = today();

  std::optional<Error> refused;
  std::int64_t decision_id = 0;
  tx_.transaction([&] {
    refused.reset();
    decision_id = 0;
    // The decision and its link to the assessment commit together or not at all.
    auto created = decisions_.create_decision(assessment.org_id, actor, draft);
    if (!created) {
      refused = created.error();
      return;
    }
    decision_id = *created;
    ImpactJudgement j;
    j.org_id = assessment.org_id;
    j.assessment_id = assessment.id;
    j.decision_id = decision_id;
    j.forum = std::string{to_string(*r->routing.forum)};
    j.recorded_by = actor;
    j.recorded_at = clock_.now();
    const auto id = store_.insert_judgement(j);
    audit(assessment.org_id, actor, "impact.judged", "impact_assessment:" + std::to_string(assessment.id),
          "judgement:" + std::to_string(id) + " decision:" + std::to_string(decision_id) + " " +
              std::string{to_string(input.kind)} + " " + j.forum);
  });
  if (refused) return *refused;
  return decision_id;
}

Status ImpactService::mark_obligation_met(const ImpactAssessment& assessment, std::int64_t actor,
                                          const std::string& obligation_id, Date met_on,
                                          const std::string& note) {
  if (!assessment.completed()) {
    return Error::conflict("assessment_not_completed", "error.impact.assessment_not_completed");
  }
  if (!is_valid_utf8(note)) return Error::invalid("invalid_utf8", "error.invalid_utf8");
  if (utf8_length(note) > kMaxNoteChars) {
    return Error::invalid("note_too_long", "error.impact.note_too_long",
                          {{"max", std::to_string(kMaxNoteChars)}});
  }
  if (met_on > today()) return Error::invalid("met_in_future", "error.impact.met_in_future");
  auto r = result(assessment);
  if (!r) return r.error();
  const bool routed = std::any_of(r->routing.obligations.begin(), r->routing.obligations.end(),
                                  [&](const auto& o) { return o.obligation.id == obligation_id; });
  if (!routed) {
    return Error::invalid("unknown_obligation", "error.impact.unknown_obligation",
                          {{"obligation", obligation_id}});
  }
  bool inserted = false;
  tx_.transaction([&] {
    inserted = store_.insert_obligation_met(
        {assessment.org_id, assessment.id, obligation_id, met_on, note, actor, clock_.now()});
    if (!inserted) return;
    audit(assessment.org_id, actor, "impact.obligation_met",
          "impact_assessment:" + std::to_string(assessment.id),
          obligation_id + " " + format_iso_date(met_on));
  });
  if (!inserted) return Error::conflict("obligation_already_met", "error.impact.obligation_already_met");
  return ok_status();
}

}  // namespace forkant
