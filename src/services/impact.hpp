#pragma once
// Impact assessments of initiatives (issue 12): the organisation's questionnaire library (Canada's AIA as
// imported, forkant's screenings), stored assessments that keep the exact questionnaire and rule version
// they were answered with, their results under any rule version, grey-zone routing per organisation, the
// judgements recorded as decisions and the obligations followed up. What is open here holds an initiative
// at pilot (InitiativeService::set_open_items).
//
// Tenant rule (as DecisionService): lookups by id return the object with its organisation; the web layer
// authorizes against that organisation and answers 404 for another organisation's ids.
//
// What is open (open_items), decided here:
//  - a judgement: the latest completed assessment of each kind routed its findings to a forum and no
//    judgement is recorded on it, or only `postponed` ones (postponing keeps the question open);
//  - an obligation that assessment's routing brought and nobody has marked met. An obligation whose
//    applies_from date is still in the future is shown on the result page but does not hold the
//    initiative: the law does not yet ask it (it blocks from the day it applies);
//  - a reassessment: the initiative changed substantially since the version an assessment started at.

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/impact/aia_scoring.hpp"
#include "domain/impact/finding.hpp"
#include "domain/impact/questionnaire.hpp"
#include "domain/impact/routing.hpp"
#include "domain/impact/screening.hpp"
#include "domain/initiatives/initiative.hpp"
#include "domain/initiatives/phase_gate.hpp"
#include "domain/initiatives/risk_summary.hpp"
#include "domain/result.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"

namespace forkant {

class DecisionService;
class InitiativeService;

// The file format a questionnaire was imported from.
enum class QuestionnaireFormat { surveyjs, screening };
std::string_view to_string(QuestionnaireFormat format);  // "surveyjs", "screening"

// A questionnaire of the organisation's library, with the exact text it was imported from.
struct StoredQuestionnaire {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  std::string kind;     // "aia" or a screening's id
  std::string version;  // the file's own version
  std::string title;    // in English (the AIA) or Danish (forkant's screenings), for lists
  QuestionnaireFormat format = QuestionnaireFormat::surveyjs;
  std::string source;  // the text as imported (left empty by list_questionnaires)
  std::string sha256;  // of `source`, lower-case hex
  std::optional<std::int64_t> imported_by;
  std::int64_t imported_at = 0;  // Unix seconds
};

enum class AssessmentStatus { draft, completed };
std::string_view to_string(AssessmentStatus status);  // "draft", "completed"

struct ImpactAssessment {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  std::int64_t initiative_id = 0;
  std::int64_t questionnaire_id = 0;
  std::string kind;  // the questionnaire's kind
  int number = 1;    // 1, 2, ... per initiative and kind: "version n"
  int rule = 1;      // the scoring rule version it is answered with
  int initiative_version = 1;
  AssessmentStatus status = AssessmentStatus::draft;
  Answers answers;
  std::optional<std::int64_t> started_by;
  std::int64_t started_at = 0;
  std::optional<std::int64_t> completed_by;
  std::optional<std::int64_t> completed_at;
  bool completed() const { return status == AssessmentStatus::completed; }
};

// A judgement recorded on one exact assessment: the decision in the register.
struct ImpactJudgement {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  std::int64_t assessment_id = 0;
  std::int64_t decision_id = 0;
  std::string forum;
  std::optional<std::int64_t> recorded_by;
  std::int64_t recorded_at = 0;
};

struct ObligationMet {
  std::int64_t org_id = 0;
  std::int64_t assessment_id = 0;
  std::string obligation_id;
  Date met_on{};
  std::string note;
  std::optional<std::int64_t> met_by;
  std::int64_t recorded_at = 0;
};

struct RoutingRow {
  std::int64_t org_id = 0;
  std::string toml;
  std::optional<std::int64_t> updated_by;
  std::int64_t updated_at = 0;
};

class ImpactStore {
 public:
  virtual ~ImpactStore() = default;
  // Questionnaires: inserting a (kind, version) the organisation already has fails (a constraint).
  virtual std::int64_t insert_questionnaire(const StoredQuestionnaire& questionnaire) = 0;
  virtual std::optional<StoredQuestionnaire> find_questionnaire(std::int64_t questionnaire_id) = 0;
  virtual std::optional<StoredQuestionnaire> questionnaire_of_kind(std::int64_t org_id,
                                                                   const std::string& kind,
                                                                   const std::string& version) = 0;
  // Without their source text, by kind then import time.
  virtual std::vector<StoredQuestionnaire> questionnaires(std::int64_t org_id) = 0;

  // Assessments. update_answers writes only a draft (false if it is completed by now); complete writes
  // the answers and completes the draft (false if it was completed already).
  virtual std::int64_t insert_assessment(const ImpactAssessment& assessment) = 0;
  virtual std::optional<ImpactAssessment> find_assessment(std::int64_t assessment_id) = 0;
  virtual std::vector<ImpactAssessment> assessments(std::int64_t org_id, std::int64_t initiative_id) = 0;
  virtual std::vector<ImpactAssessment> org_assessments(std::int64_t org_id) = 0;
  virtual int next_assessment_number(std::int64_t org_id, std::int64_t initiative_id,
                                     const std::string& kind) = 0;
  virtual bool update_answers(std::int64_t org_id, std::int64_t assessment_id, const Answers& answers) = 0;
  virtual bool complete_assessment(std::int64_t org_id, std::int64_t assessment_id, const Answers& answers,
                                   std::int64_t by, std::int64_t at) = 0;

  // Judgements and obligations, oldest first.
  virtual std::int64_t insert_judgement(const ImpactJudgement& judgement) = 0;
  virtual std::vector<ImpactJudgement> judgements(std::int64_t org_id, std::int64_t assessment_id) = 0;
  virtual std::vector<ImpactJudgement> org_judgements(std::int64_t org_id) = 0;
  // False when the obligation is already marked met for the assessment.
  virtual bool insert_obligation_met(const ObligationMet& met) = 0;
  virtual std::vector<ObligationMet> obligations_met(std::int64_t org_id, std::int64_t assessment_id) = 0;
  virtual std::vector<ObligationMet> org_obligations_met(std::int64_t org_id) = 0;

  // Routing: none = the default.
  virtual std::optional<RoutingRow> routing(std::int64_t org_id) = 0;
  virtual void save_routing(const RoutingRow& row) = 0;
  virtual void delete_routing(std::int64_t org_id) = 0;
};

// The built-in files (frameworks/impact/), loaded at start-up with their text.
struct ImpactBuiltins {
  Screening screening;                        // dk-screening.toml
  std::string screening_text;                 // as read: stored with an organisation's first screening
  std::map<std::string, Finding> aia_levels;  // aia-levels.toml: "aia_level_1".."aia_level_4"
  RoutingTable default_routing;               // routing-default.toml
};

// A questionnaire ready to answer: the stored row and what its text reads as.
struct LoadedQuestionnaire {
  StoredQuestionnaire stored;
  Questionnaire questionnaire;
  std::optional<Screening> screening;  // screening files: the rule that turns answers into findings
};

// The AIA score under one rule version.
struct RuleScore {
  int rule = 1;
  AiaScore score;
};

// What a completed (or, as a preview, a draft) assessment gives under one rule version.
struct AssessmentResult {
  ImpactAssessment assessment;
  std::shared_ptr<const LoadedQuestionnaire> questionnaire;
  int rule = 1;                              // the rule the findings below are computed under
  std::optional<AiaScore> score;             // AIA only, under `rule`
  std::vector<RuleScore> scores;             // AIA only: under every rule version, oldest rule first
  std::vector<Finding> findings;             // under `rule`
  Routing routing;                           // the findings through the organisation's table
  bool default_routing = true;               // the organisation has no table of its own
  std::vector<ImpactJudgement> judgements;   // oldest first
  std::map<std::string, ObligationMet> met;  // obligation id -> marked met
  bool judgement_open = false;               // a forum must judge and no decided/deselected judgement yet
  bool latest = false;                       // the latest completed assessment of its kind
};

// The judgement a forum records (the decision's content is made from it).
struct JudgementInput {
  DecisionKind kind = DecisionKind::decided;
  std::string rationale;
  std::string title;  // empty: "<questionnaire title>: <initiative title>"
};

class ImpactService {
 public:
  static constexpr std::size_t kMaxSourceBytes = 2 * 1024 * 1024;
  static constexpr std::size_t kMaxNoteChars = 2000;

  ImpactService(ImpactStore& store, AuditStore& audit, Transactor& tx, const Clock& clock,
                InitiativeService& initiatives, DecisionService& decisions, ImpactBuiltins builtins);

  Date today() const;
  const ImpactBuiltins& builtins() const { return builtins_; }

  // The library. Refused: the importer's error (invalid, params {path}, {reason}); "questionnaire_exists"
  // (conflict) for a kind and version already imported; "source_too_large". Nothing stored on refusal.
  // `actor` 0: the command line (no person).
  // `version`: what the file is called ("1.0.1"); empty: derived from its bytes (formats/surveyjs_json.hpp).
  Result<std::int64_t> import_questionnaire(std::int64_t org_id, std::int64_t actor, const std::string& text,
                                            const std::string& version = "");
  std::vector<StoredQuestionnaire> questionnaires(std::int64_t org_id) {
    return store_.questionnaires(org_id);
  }
  std::optional<StoredQuestionnaire> find_questionnaire(std::int64_t questionnaire_id);
  // The questionnaire parsed from its stored text (cached). Null if the text no longer parses.
  std::shared_ptr<const LoadedQuestionnaire> load(const StoredQuestionnaire& stored);

  // Assessments. start_aia: an AIA questionnaire of the organisation's library; start_screening: the
  // built-in screening (stored in the library the first time). Refused: "not_an_aia" (the questionnaire
  // is not a SurveyJS import).
  Result<std::int64_t> start_aia(const Initiative& initiative, std::int64_t actor,
                                 std::int64_t questionnaire_id);
  Result<std::int64_t> start_screening(const Initiative& initiative, std::int64_t actor);
  std::optional<ImpactAssessment> find_assessment(std::int64_t assessment_id) {
    return store_.find_assessment(assessment_id);
  }
  std::vector<ImpactAssessment> assessments(std::int64_t org_id, std::int64_t initiative_id) {
    return store_.assessments(org_id, initiative_id);
  }
  // The initiative an assessment is of (with its organisation, for the web layer to authorize).
  std::optional<Initiative> find_initiative(std::int64_t initiative_id);
  // Saves `answers` over the draft's (an empty string or list clears a question). Each answer is
  // checked (check_answer): the first refused one names its question and nothing is saved. Refused:
  // "assessment_completed" (conflict).
  Result<ImpactAssessment> save_answers(const ImpactAssessment& assessment, std::int64_t actor,
                                        const Answers& answers);
  // Completes the draft: the answers reduced to those a person could see. Refused:
  // "assessment_completed" (conflict); "answers_missing" {question} for a visible required question left
  // unanswered.
  Result<AssessmentResult> complete(const ImpactAssessment& assessment, std::int64_t actor);
  // The result under `rule` (nullopt: the rule it was answered with). Refused: "unknown_rule".
  Result<AssessmentResult> result(const ImpactAssessment& assessment, std::optional<int> rule = std::nullopt);

  // The judgement: a decision (body = the forum's name) and its link to the assessment, in one
  // transaction. Refused: "assessment_not_completed", "no_judgement_needed" (nothing was routed),
  // "not_latest_assessment" (a newer assessment of the kind exists), "already_judged", and the decision's
  // own refusals (rationale_required, ...).
  Result<std::int64_t> record_judgement(const ImpactAssessment& assessment, std::int64_t actor,
                                        const JudgementInput& input, const std::string& lang);
  // Refused: "assessment_not_completed", "unknown_obligation" {obligation}, "obligation_already_met",
  // "met_in_future", "note_too_long".
  Status mark_obligation_met(const ImpactAssessment& assessment, std::int64_t actor,
                             const std::string& obligation_id, Date met_on, const std::string& note);

  // Routing: the organisation's table, or the default. save_routing refuses an unknown finding key or
  // forum ("unknown_finding" {finding}, "unknown_forum" {forum}).
  RoutingTable routing_table(std::int64_t org_id);
  bool has_own_routing(std::int64_t org_id) { return store_.routing(org_id).has_value(); }
  // The finding keys a table may route: the built-in screening's findings and the AIA's levels.
  std::vector<std::string> routable_findings() const;
  Status save_routing(std::int64_t org_id, std::int64_t actor, const RoutingTable& table);
  Status reset_routing(std::int64_t org_id, std::int64_t actor);

  // Per initiative of the organisation that has any assessment (an initiative left out has none).
  std::map<std::int64_t, RiskSummary> risk_summaries(std::int64_t org_id);
  // The same over the organisation's initiatives already loaded (the portfolio reads them anyway): the
  // register is read once per request, and not at all by the one above when nothing is assessed.
  std::map<std::int64_t, RiskSummary> risk_summaries(std::int64_t org_id,
                                                     const std::vector<Initiative>& initiatives);
  // What holds the initiative at pilot: judgements not yet recorded, obligations not yet met, a
  // reassessment after a substantial change. Titles in `lang`.
  std::vector<OpenItem> open_items(std::int64_t org_id, std::int64_t initiative_id, const std::string& lang);

 private:
  std::map<std::int64_t, RiskSummary> summarise(std::vector<ImpactAssessment> assessments,
                                                const std::vector<Initiative>& initiatives);
  Result<std::int64_t> start(const Initiative& initiative, std::int64_t actor, const StoredQuestionnaire& q,
                             int rule);
  std::vector<Finding> findings_of(const LoadedQuestionnaire& q, const Answers& answers, int rule,
                                   std::optional<AiaScore>* score);
  void audit(std::int64_t org_id, std::int64_t actor, const std::string& action, const std::string& object,
             const std::string& detail);

  ImpactStore& store_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;
  InitiativeService& initiatives_;
  DecisionService& decisions_;
  ImpactBuiltins builtins_;
  std::mutex cache_mutex_;
  std::map<std::int64_t, std::shared_ptr<const LoadedQuestionnaire>> cache_;
};

}  // namespace forkant
