#pragma once
// Assessment rounds end to end: frameworks, rounds and their states, private invitation links, answers
// saved as respondents go, submission, CSV import, and results (computed by the domain's rules, cached
// once a round is closed, since a closed round never changes).
//
// Tenant rule: every method that takes a round id returns the round's organisation with it, and the
// web layer authorizes against that organisation before showing anything.

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "domain/assessment/answers.hpp"
#include "domain/assessment/framework.hpp"
#include "domain/assessment/results.hpp"
#include "domain/result.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"

namespace forkant {

enum class RoundState { draft, open, closed };

// Top management's group when a new round does not name one and has this group.
inline constexpr std::string_view kDefaultTopGroup = "direktion";
std::string_view round_state_name(RoundState s);

struct FrameworkRow {
  std::int64_t id = 0;
  std::string key;
  int version = 0;
  std::string source;
};

struct RoundRow {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  std::string title;
  std::int64_t framework_id = 0;
  std::string framework_key;
  int framework_version = 0;
  RoundState state = RoundState::draft;
  int k = 3;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> opened_at;
  std::optional<std::int64_t> closed_at;
  std::vector<std::string> groups;
  std::string top_group;  // the group that is top management: its figures lead the results
};

struct GroupCount {
  std::string group;
  int invited = 0;
  int started = 0;
  int submitted = 0;
};

struct InvitationRecord {
  std::int64_t id = 0;
  std::int64_t round_id = 0;
  std::string group;
  std::string state;  // new, started, submitted
};

class AssessmentStore {
 public:
  virtual ~AssessmentStore() = default;
  virtual std::vector<FrameworkRow> frameworks() = 0;
  virtual std::optional<FrameworkRow> framework_by_id(std::int64_t id) = 0;
  virtual std::int64_t insert_framework(const std::string& key, int version, const std::string& source,
                                        std::int64_t now) = 0;

  virtual std::int64_t insert_round(std::int64_t org_id, const std::string& title, std::int64_t framework_id,
                                    int k, const std::vector<std::string>& groups,
                                    const std::string& top_group, std::int64_t now) = 0;
  virtual std::optional<RoundRow> find_round(std::int64_t round_id) = 0;
  virtual std::vector<RoundRow> rounds(std::int64_t org_id) = 0;
  // Moves the round from `from` to `to`; false when it was not in `from`.
  virtual bool set_round_state(std::int64_t round_id, RoundState from, RoundState to, std::int64_t now) = 0;
  virtual std::vector<GroupCount> group_counts(std::int64_t round_id) = 0;
  // The organisation's latest round closed before `closed_before` on the same framework key, whatever its
  // version: the results say when it used another version and so gives no trend.
  virtual std::optional<RoundRow> previous_closed_round(std::int64_t org_id, const std::string& framework_key,
                                                        std::int64_t closed_before) = 0;

  virtual void insert_invitation(std::int64_t round_id, const std::string& group,
                                 const std::string& token_hash, std::int64_t now) = 0;
  virtual std::optional<InvitationRecord> find_invitation(const std::string& token_hash) = 0;
  virtual std::optional<ResponseAnswers> draft(std::int64_t invitation_id) = 0;
  virtual void save_draft(std::int64_t invitation_id, const ResponseAnswers& answers) = 0;
  // Stores the response without any link to the invitation, deletes the draft, marks the invitation used.
  virtual void submit_response(std::int64_t invitation_id, std::int64_t round_id, const std::string& group,
                               const ResponseAnswers& answers, const std::string& day) = 0;
  // A response with no invitation: `entered_by` names the user who entered it by hand (a paper form);
  // nullopt stores it as a link response (the demo's simulated respondents).
  virtual void insert_response(std::int64_t round_id, const std::string& group,
                               const ResponseAnswers& answers, const std::string& day,
                               std::optional<std::int64_t> entered_by) = 0;
  virtual std::vector<SubmittedResponse> submitted_responses(std::int64_t round_id) = 0;
};

struct NewRound {
  std::string title;
  std::string framework;  // framework key; its latest version is used
  std::vector<std::string> groups;
  int min_respondents = 3;
  // One of `groups`; empty: `direktion` when the round has that group, else the first group.
  std::string top_group;
};

// What a respondent's link opens.
struct RespondentView {
  InvitationRecord invitation;
  RoundRow round;
  std::shared_ptr<const Framework> framework;
  ResponseAnswers answers;  // saved so far
};

struct ComputedResults {
  RoundRow round;
  std::shared_ptr<const Framework> framework;
  std::shared_ptr<const RoundResults> results;
  // The previous closed round on the same framework key. Its results are a trend baseline only when it
  // used the same framework version (`trend_comparable`); otherwise the results say why there is no trend.
  std::optional<RoundRow> previous;
  bool trend_comparable = false;
};

class AssessmentService {
 public:
  static constexpr int kMaxInvitationsPerRequest = 500;
  static constexpr int kMaxGroups = 12;

  AssessmentService(AssessmentStore& store, AuditStore& audit, Transactor& tx, const Clock& clock)
      : store_(store), audit_(audit), tx_(tx), clock_(clock) {}

  // Installs a built-in framework file if its key and version are not stored yet. Throws when the file
  // does not validate (the server must not start with a broken framework).
  void install_framework(const std::string& source, const std::string& name);

  std::vector<std::shared_ptr<const Framework>> frameworks();
  std::shared_ptr<const Framework> framework_by_key(std::string_view key);  // latest version
  std::shared_ptr<const Framework> framework(std::int64_t framework_id);

  Result<std::int64_t> create_round(std::int64_t org_id, int org_min_k, std::int64_t actor,
                                    const NewRound& round);
  std::optional<RoundRow> find_round(std::int64_t round_id) { return store_.find_round(round_id); }
  std::vector<RoundRow> rounds(std::int64_t org_id) { return store_.rounds(org_id); }
  Status open_round(const RoundRow& round, std::int64_t actor);
  Status close_round(const RoundRow& round, std::int64_t actor);
  std::vector<GroupCount> group_counts(std::int64_t round_id) { return store_.group_counts(round_id); }
  // New single-use links; the tokens are returned this once and stored only as hashes.
  Result<std::vector<std::string>> create_invitations(const RoundRow& round, const std::string& group,
                                                      int count, std::int64_t actor);

  // The respondent side. Errors: unknown_token (404), already_submitted (410), round_not_open (409),
  // round_closed (410).
  Result<RespondentView> open_link(std::string_view token);
  // Saves the patch (validated against the framework) and, with `submit`, submits. One transaction.
  Result<RespondentView> save_answers(std::string_view token, const AnswersPatch& patch, bool submit);

  // Validated as a whole; on any error nothing is stored. Only while the round is open.
  Result<int> import_csv(const RoundRow& round, std::string_view csv, std::int64_t actor);

  // Results of a closed round (error round_not_closed otherwise).
  Result<ComputedResults> results(const RoundRow& round);

 private:
  std::string today() const;
  // Moves the round from `from` to `to` with its audit entry, or answers `refused` when it was not in
  // `from` (someone else moved it first).
  Status move_round(const RoundRow& round, RoundState from, RoundState to, const char* action, Error refused,
                    std::int64_t actor);
  AssessmentStore& store_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;
  std::mutex cache_mutex_;
  std::map<std::int64_t, std::shared_ptr<const Framework>> frameworks_;
  std::map<std::int64_t, ComputedResults> results_;
};

}  // namespace forkant
