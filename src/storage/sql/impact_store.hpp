#pragma once
// The ImpactStore (services/impact.hpp): the questionnaire library, impact assessments, their
// judgements and obligations met, and the routing table per organisation (migration 013). Every query on
// tenant data filters by organisation id; lookups by id return the organisation with the object so that
// the caller can authorize. Writes join the caller's transaction (Transactor's rule).

#include <memory>

#include "services/impact.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlImpactStore final : public ImpactStore {
 public:
  explicit SqlImpactStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  std::int64_t insert_questionnaire(const StoredQuestionnaire& questionnaire) override;
  std::optional<StoredQuestionnaire> find_questionnaire(std::int64_t questionnaire_id) override;
  std::optional<StoredQuestionnaire> questionnaire_of_kind(std::int64_t org_id, const std::string& kind,
                                                           const std::string& version) override;
  std::vector<StoredQuestionnaire> questionnaires(std::int64_t org_id) override;

  std::int64_t insert_assessment(const ImpactAssessment& assessment) override;
  std::optional<ImpactAssessment> find_assessment(std::int64_t assessment_id) override;
  std::vector<ImpactAssessment> assessments(std::int64_t org_id, std::int64_t initiative_id) override;
  std::vector<ImpactAssessment> org_assessments(std::int64_t org_id) override;
  int next_assessment_number(std::int64_t org_id, std::int64_t initiative_id,
                             const std::string& kind) override;
  bool update_answers(std::int64_t org_id, std::int64_t assessment_id, const Answers& answers) override;
  bool complete_assessment(std::int64_t org_id, std::int64_t assessment_id, const Answers& answers,
                           std::int64_t by, std::int64_t at) override;

  std::int64_t insert_judgement(const ImpactJudgement& judgement) override;
  std::vector<ImpactJudgement> judgements(std::int64_t org_id, std::int64_t assessment_id) override;
  std::vector<ImpactJudgement> org_judgements(std::int64_t org_id) override;
  bool insert_obligation_met(const ObligationMet& met) override;
  std::vector<ObligationMet> obligations_met(std::int64_t org_id, std::int64_t assessment_id) override;
  std::vector<ObligationMet> org_obligations_met(std::int64_t org_id) override;

  std::optional<RoutingRow> routing(std::int64_t org_id) override;
  void save_routing(const RoutingRow& row) override;
  void delete_routing(std::int64_t org_id) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
