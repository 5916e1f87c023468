#pragma once
// Frameworks, rounds, respondent links, drafts and responses in memory, with the semantics of
// src/storage/sql/assessment_store.cpp: frameworks by key then version, rounds newest first, a state
// change only from the state named, a response stored apart from its link (no invitation id kept), and
// a hand-entered response marked as an import with the user who typed it.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "fakes/fake_transactor.hpp"
#include "services/assessment.hpp"

namespace forkant::test {

class FakeAccountStore;

// A stored response as the table holds it (the test looks at what the interface does not return).
struct StoredResponse {
  std::int64_t round_id = 0;
  std::string group;
  ResponseAnswers answers;
  std::string submitted_on;
  std::string source;  // "link" or "import"
  std::optional<std::int64_t> entered_by;
};

class FakeAssessmentStore final : public AssessmentStore, public FakeTable {
 public:
  // Hand-entered responses name who entered them (a join on users in SQLite).
  void link(const FakeAccountStore* users) { users_ = users; }

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

  // For the tests and the decision store's joins.
  const std::vector<StoredResponse>& stored_responses() const { return s_.responses; }
  int invitation_count(std::int64_t round_id) const;
  std::vector<RoundRow> all_rounds() const;

  std::function<void()> snapshot() override { return snapshot_of(s_); }

 private:
  struct Round {
    RoundRow row;  // framework_key and framework_version filled in when read (a join)
  };
  struct Invitation {
    InvitationRecord record;
    std::string token_hash;
  };
  struct State {
    std::int64_t next_framework_id = 1;
    std::int64_t next_round_id = 1;
    std::int64_t next_invitation_id = 1;
    std::map<std::int64_t, FrameworkRow> frameworks;
    std::map<std::int64_t, Round> rounds;
    std::map<std::int64_t, Invitation> invitations;
    std::map<std::int64_t, ResponseAnswers> drafts;  // by invitation id
    std::vector<StoredResponse> responses;
  } s_;
  RoundRow read(const Round& r) const;
  const FakeAccountStore* users_ = nullptr;
};

}  // namespace forkant::test
