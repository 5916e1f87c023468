// ImpactService, part one: the questionnaire library and answering an assessment (start, save answers
// page by page, complete). Results, routing and what is open are in impact_results.cpp; judgements and
// obligations in impact_judgements.cpp.
#include "services/impact.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <stdexcept>

#include "domain/hex.hpp"
#include "domain/impact/answer_check.hpp"
#include "domain/impact/condition.hpp"
#include "formats/screening_toml.hpp"
#include "formats/surveyjs_json.hpp"
#include "services/initiatives.hpp"

namespace forkant {
namespace {

std::string sha256_hex(const std::string& text) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()), text.size());
  return hex_lower({reinterpret_cast<const char*>(digest.data()), digest.size()});
}

bool is_clear(const AnswerValue& value) {
  if (const auto* s = std::get_if<std::string>(&value)) return s->empty();
  if (const auto* l = std::get_if<std::vector<std::string>>(&value)) return l->empty();
  return false;
}

bool answered(const Answers& answers, const std::string& name) {
  const auto it = answers.find(name);
  return it != answers.end() && !is_clear(it->second);
}

}  // namespace

std::string_view to_string(QuestionnaireFormat format) {
  return format == QuestionnaireFormat::surveyjs ? "surveyjs" : "screening";
}

std::string_view to_string(AssessmentStatus status) {
  return status == AssessmentStatus::completed ? "completed" : "draft";
}

ImpactService::ImpactService(ImpactStore& store, AuditStore& audit, Transactor& tx, const Clock& clock,
                             InitiativeService& initiatives, DecisionService& decisions,
                             ImpactBuiltins builtins)
    : store_(store),
      audit_(audit),
      tx_(tx),
      clock_(clock),
      initiatives_(initiatives),
      decisions_(decisions),
      builtins_(std::move(builtins)) {}

Date ImpactService::today() const {
  return utc_day(clock_.now());
}

void ImpactService::audit(std::int64_t org_id, std::int64_t actor, const std::string& action,
                          const std::string& object, const std::string& detail) {
  audit_.append_audit({org_id, actor, action, object, detail}, clock_.now());
}

// ---- The library ---------------------------------------------------------------------------------------

Result<std::int64_t> ImpactService::import_questionnaire(std::int64_t org_id, std::int64_t actor,
                                                         const std::string& text,
                                                         const std::string& version) {
  if (text.size() > kMaxSourceBytes) {
    return Error::invalid("source_too_large", "error.impact.source_too_large",
                          {{"max", std::to_string(kMaxSourceBytes / 1024)}});
  }
  if (version.size() > 100) return Error::invalid("version_too_long", "error.impact.version_too_long");
  auto questionnaire = import_surveyjs(text, "aia", version);
  if (!questionnaire) return questionnaire.error();
  StoredQuestionnaire stored;
  stored.org_id = org_id;
  stored.kind = questionnaire->kind.empty() ? "aia" : questionnaire->kind;
  stored.sha256 = sha256_hex(text);
  // A file without a version of its own is named by its content.
  stored.version = questionnaire->version.empty() ? stored.sha256.substr(0, 12) : questionnaire->version;
  stored.title = questionnaire->title.in("en");
  if (stored.title.empty()) stored.title = stored.kind;
  stored.format = QuestionnaireFormat::surveyjs;
  stored.source = text;
  // The command line imports as no one (actor 0).
  if (actor > 0) stored.imported_by = actor;
  stored.imported_at = clock_.now();
  std::optional<Error> refused;
  std::int64_t id = 0;
  tx_.transaction([&] {
    refused.reset();
    id = 0;
    if (store_.questionnaire_of_kind(org_id, stored.kind, stored.version)) {
      refused = Error::conflict("questionnaire_exists", "error.impact.questionnaire_exists",
                                {{"kind", stored.kind}, {"version", stored.version}});
      return;
    }
    id = store_.insert_questionnaire(stored);
    audit_.append_audit({org_id, stored.imported_by, "impact.questionnaire_imported",
                         "impact_questionnaire:" + std::to_string(id),
                         stored.kind + " " + stored.version + " sha256:" + stored.sha256.substr(0, 12)},
                        clock_.now());
  });
  if (refused) return *refused;
  return id;
}

std::optional<StoredQuestionnaire> ImpactService::find_questionnaire(std::int64_t questionnaire_id) {
  return store_.find_questionnaire(questionnaire_id);
}

std::shared_ptr<const LoadedQuestionnaire> ImpactService::load(const StoredQuestionnaire& stored) {
  {
    const std::lock_guard lock(cache_mutex_);
    if (const auto it = cache_.find(stored.id); it != cache_.end()) return it->second;
  }
  StoredQuestionnaire full = stored;
  if (full.source.empty()) {
    auto found = store_.find_questionnaire(stored.id);
    if (!found) return nullptr;
    full = std::move(*found);
  }
  auto loaded = std::make_shared<LoadedQuestionnaire>();
  const auto& builtin = builtins_.screening;
  if (full.format == QuestionnaireFormat::screening && full.kind == builtin.questionnaire.kind &&
      full.version == builtin.questionnaire.version && full.source == builtins_.screening_text) {
    // The built-in screening as loaded at start-up: the same text, read once.
    loaded->questionnaire = builtin.questionnaire;
    loaded->screening = builtin;
  } else if (full.format == QuestionnaireFormat::surveyjs) {
    auto q = import_surveyjs(full.source);
    if (!q) return nullptr;
    loaded->questionnaire = std::move(*q);
  } else {
    auto s = read_screening_toml(full.source);
    if (!s) return nullptr;
    loaded->questionnaire = s->questionnaire;
    loaded->screening = std::move(*s);
  }
  full.source.clear();  // the cache keeps what the text reads as, not the text
  loaded->stored = std::move(full);
  const std::lock_guard lock(cache_mutex_);
  cache_[stored.id] = loaded;
  return loaded;
}

std::optional<Initiative> ImpactService::find_initiative(std::int64_t initiative_id) {
  return initiatives_.find_initiative(initiative_id);
}

// ---- Answering -----------------------------------------------------------------------------------------

Result<std::int64_t> ImpactService::start(const Initiative& initiative, std::int64_t actor,
                                          const StoredQuestionnaire& q, int rule) {
  ImpactAssessment a;
  a.org_id = initiative.org_id;
  a.initiative_id = initiative.id;
  a.questionnaire_id = q.id;
  a.kind = q.kind;
  a.rule = rule;
  a.initiative_version = initiative.version;
  a.started_by = actor;
  a.started_at = clock_.now();
  std::int64_t id = 0;
  tx_.transaction([&] {
    a.number = store_.next_assessment_number(a.org_id, a.initiative_id, a.kind);
    id = store_.insert_assessment(a);
    audit(a.org_id, actor, "impact.assessment_started", "impact_assessment:" + std::to_string(id),
          "initiative:" + std::to_string(a.initiative_id) + " " + a.kind + " " + q.version + " version " +
              std::to_string(a.number));
  });
  return id;
}

Result<std::int64_t> ImpactService::start_aia(const Initiative& initiative, std::int64_t actor,
                                              std::int64_t questionnaire_id) {
  const auto q = store_.find_questionnaire(questionnaire_id);
  if (!q || q->org_id != initiative.org_id) return Error::not_found();
  if (q->format != QuestionnaireFormat::surveyjs) {
    return Error::invalid("not_an_aia", "error.impact.not_an_aia");
  }
  return start(initiative, actor, *q, kAiaLatestRule);
}

Result<std::int64_t> ImpactService::start_screening(const Initiative& initiative, std::int64_t actor) {
  const auto& s = builtins_.screening;
  Result<std::int64_t> out = Error::not_found();
  // The built-in screening joins the organisation's library the first time it is used, so the
  // assessment keeps the exact text it was answered with even after forkant ships a new version; in the
  // same transaction as the assessment, so a failed start leaves no questionnaire behind.
  tx_.transaction([&] {
    auto q = store_.questionnaire_of_kind(initiative.org_id, s.questionnaire.kind, s.questionnaire.version);
    if (!q) {
      StoredQuestionnaire stored;
      stored.org_id = initiative.org_id;
      stored.kind = s.questionnaire.kind;
      stored.version = s.questionnaire.version;
      stored.title = s.questionnaire.title.in("da");
      stored.format = QuestionnaireFormat::screening;
      stored.source = builtins_.screening_text;
      stored.sha256 = sha256_hex(stored.source);
      stored.imported_at = clock_.now();
      stored.id = store_.insert_questionnaire(stored);
      q = stored;
    }
    out = start(initiative, actor, *q, s.rule);
  });
  return out;
}

Result<ImpactAssessment> ImpactService::save_answers(const ImpactAssessment& assessment, std::int64_t actor,
                                                     const Answers& answers) {
  if (assessment.completed()) {
    return Error::conflict("assessment_completed", "error.impact.assessment_completed");
  }
  const auto q = store_.find_questionnaire(assessment.questionnaire_id);
  const auto loaded = q ? load(*q) : nullptr;
  if (!loaded) return Error{ErrorKind::internal, "internal", "error.internal", {}};
  std::vector<std::string> questions;
  for (const auto& ref : all_questions(loaded->questionnaire)) {
    if (ref.element->type != ElementType::html && ref.element->type != ElementType::panel)
      questions.push_back(ref.element->name);
  }
  for (const auto& [name, value] : answers) {
    if (is_clear(value)) {
      if (std::find(questions.begin(), questions.end(), name) == questions.end()) {
        return Error::invalid("unknown_question", "error.impact_unknown_question", {{"question", name}});
      }
      continue;
    }
    if (auto s = check_answer(loaded->questionnaire, name, value); !s) return s.error();
  }
  ImpactAssessment out;
  bool written = false;
  tx_.transaction([&] {
    written = false;
    out = {};
    // Merged with what is stored now, not with what the page was loaded from: two pages saved one after
    // the other both count.
    auto current = store_.find_assessment(assessment.id);
    if (!current || current->completed()) return;
    for (const auto& [name, value] : answers) {
      if (is_clear(value)) {
        current->answers.erase(name);
      } else {
        current->answers[name] = value;
      }
    }
    written = store_.update_answers(current->org_id, current->id, current->answers);
    if (!written) return;
    std::string names;
    for (const auto& [name, value] : answers) names += (names.empty() ? "" : ",") + name;
    if (names.size() > 300) names = names.substr(0, 297) + "...";
    audit(current->org_id, actor, "impact.answers_saved", "impact_assessment:" + std::to_string(current->id),
          names);
    out = std::move(*current);
  });
  if (!written) return Error::conflict("assessment_completed", "error.impact.assessment_completed");
  return out;
}

Result<AssessmentResult> ImpactService::complete(const ImpactAssessment& assessment, std::int64_t actor) {
  if (assessment.completed()) {
    return Error::conflict("assessment_completed", "error.impact.assessment_completed");
  }
  const auto q = store_.find_questionnaire(assessment.questionnaire_id);
  const auto loaded = q ? load(*q) : nullptr;
  if (!loaded) return Error{ErrorKind::internal, "internal", "error.internal", {}};
  bool written = false;
  std::optional<Error> refused;
  std::optional<AssessmentResult> done;
  tx_.transaction([&] {
    written = false;
    refused.reset();
    done.reset();
    auto current = store_.find_assessment(assessment.id);
    if (!current || current->completed()) return;
    // What a person could not see does not count (SurveyJS clears it on completion too).
    const Answers visible = visible_answers(loaded->questionnaire, current->answers);
    for (const auto& ref : all_questions(loaded->questionnaire)) {
      if (!ref.element->required || answered(visible, ref.element->name)) continue;
      if (!page_visible(*ref.page, visible) ||
          !question_visible(loaded->questionnaire, ref.element->name, visible))
        continue;
      refused = Error::invalid("answers_missing", "error.impact.answers_missing",
                               {{"question", ref.element->name}});
      return;
    }
    const std::int64_t now = clock_.now();
    written = store_.complete_assessment(current->org_id, current->id, visible, actor, now);
    if (!written) return;
    audit(current->org_id, actor, "impact.assessment_completed",
          "impact_assessment:" + std::to_string(current->id),
          current->kind + " version " + std::to_string(current->number));
    current->answers = visible;
    current->status = AssessmentStatus::completed;
    current->completed_by = actor;
    current->completed_at = now;
    // The result is read in the same transaction: a failure after the write undoes the completion
    // rather than report a failure that was stored all the same.
    auto r = result(*current);
    if (!r) {
      refused = r.error();
      throw std::runtime_error("impact: the completed assessment has no result");
    }
    done = std::move(*r);
  });
  if (refused) return *refused;
  if (!written) return Error::conflict("assessment_completed", "error.impact.assessment_completed");
  return std::move(*done);
}

}  // namespace forkant
