#pragma once
// The AssessmentStore (services/assessment.hpp): frameworks, rounds and their groups, invitation
// links, drafts and responses (migrations 002 and 004). A response row carries no link to the invitation
// it came through. Writes join the caller's transaction (Transactor's rule).

#include <memory>

#include "services/assessment.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlAssessmentStore final : public AssessmentStore {
 public:
  explicit SqlAssessmentStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  std::vector<FrameworkRow> frameworks() override;
  std::optional<FrameworkRow> framework_by_id(std::int64_t id) override;
  std::int64_t insert_framework(const std::string& key, int version, const std::string& source,
                                std::int64_t now) override;
  std::int64_t insert_round(std::int64_t org_id, const std::string& title, std::int64_t framework_id, int k,
                            const std::vector<std::string>& groups, const std::string& top_group,
                            std::int64_t now) override;
  std::optional<RoundRow> find_round(std::int64_t round_id) override;
  std::vector<RoundRow> rounds(std::int64_t org_id) override;
  bool set_round_state(std::int64_t round_id, RoundState from, RoundState to, std::int64_t now) override;
  std::vector<GroupCount> group_counts(std::int64_t round_id) override;
  std::vector<std::pair<std::int64_t, int>> open_round_submissions(std::int64_t org_id) override;
  bool update_draft_round(std::int64_t round_id, const std::string& title, int k,
                          const std::vector<std::string>& groups, const std::string& top_group) override;
  RoundDeletion delete_draft_round(std::int64_t round_id) override;
  std::optional<RoundRow> previous_closed_round(std::int64_t org_id, const std::string& framework_key,
                                                std::int64_t closed_before) override;
  void insert_invitation(std::int64_t round_id, const std::string& group, const std::string& token_hash,
                         std::int64_t now) override;
  std::optional<InvitationRecord> find_invitation(const std::string& token_hash) override;
  std::int64_t insert_paper_entry(std::int64_t round_id, const std::string& group,
                                  const std::string& token_hash, std::int64_t entered_by,
                                  std::int64_t now) override;
  std::optional<InvitationRecord> find_invitation_by_id(std::int64_t invitation_id) override;
  std::optional<ResponseAnswers> draft(std::int64_t invitation_id) override;
  void save_draft(std::int64_t invitation_id, const ResponseAnswers& answers) override;
  void submit_response(std::int64_t invitation_id, std::int64_t round_id, const std::string& group,
                       const ResponseAnswers& answers, const std::string& day,
                       std::optional<std::int64_t> entered_by) override;
  void insert_response(std::int64_t round_id, const std::string& group, const ResponseAnswers& answers,
                       const std::string& day, std::optional<std::int64_t> entered_by) override;
  std::vector<SubmittedResponse> submitted_responses(std::int64_t round_id) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
