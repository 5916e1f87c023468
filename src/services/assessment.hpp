#pragma once
// Assessment rounds end to end: frameworks, rounds and their states, private invitation links, answers
// saved as respondents go, submission, CSV import, and results (computed by the domain's rules, cached
// once a round is closed, since a closed round never changes).
//
// Tenant rule: every method that takes a round id returns the round's organisation with it, and the
// web layer authorizes against that organisation before showing anything.

#include <cstdint>
#include <functional>
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

// A group's links and responses. `invited` and `started` count private links only (a paper entry is no
// link); `submitted` counts every response, `by_hand` those of them entered by hand (paper forms typed
// in or imported), so submitted - by_hand came through a link.
struct GroupCount {
  std::string group;
  int invited = 0;
  int started = 0;
  int submitted = 0;
  int by_hand = 0;
};

struct InvitationRecord {
  std::int64_t id = 0;
  std::int64_t round_id = 0;
  std::string group;
  std::string state;                       // new, started, submitted
  std::optional<std::int64_t> entered_by;  // a paper entry: the coordinator typing it in
};

enum class RoundDeletion { deleted, not_draft, in_use };

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
  // The organisation's open rounds, each with the number of responses submitted to it, by round id: what
  // changes there without an entry in the audit log (a respondent's submission is anonymous), read from
  // the responses' index alone.
  virtual std::vector<std::pair<std::int64_t, int>> open_round_submissions(std::int64_t org_id) = 0;
  // Changes a draft round's title, k and groups (kept groups keep their links; the caller has checked
  // that a removed group has none); false when the round is no longer a draft.
  virtual bool update_draft_round(std::int64_t round_id, const std::string& title, int k,
                                  const std::vector<std::string>& groups, const std::string& top_group) = 0;
  // Deletes a draft round with its groups, links and drafts.
  virtual RoundDeletion delete_draft_round(std::int64_t round_id) = 0;
  // The organisation's latest round closed before `closed_before` on the same framework key, whatever its
  // version: the results say when it used another version and so gives no trend.
  virtual std::optional<RoundRow> previous_closed_round(std::int64_t org_id, const std::string& framework_key,
                                                        std::int64_t closed_before) = 0;

  virtual void insert_invitation(std::int64_t round_id, const std::string& group,
                                 const std::string& token_hash, std::int64_t now) = 0;
  virtual std::optional<InvitationRecord> find_invitation(const std::string& token_hash) = 0;
  // A single-use entry of one paper form, bound to the user typing it in; its id.
  virtual std::int64_t insert_paper_entry(std::int64_t round_id, const std::string& group,
                                          const std::string& token_hash, std::int64_t entered_by,
                                          std::int64_t now) = 0;
  virtual std::optional<InvitationRecord> find_invitation_by_id(std::int64_t invitation_id) = 0;
  virtual std::optional<ResponseAnswers> draft(std::int64_t invitation_id) = 0;
  virtual void save_draft(std::int64_t invitation_id, const ResponseAnswers& answers) = 0;
  // Stores the response without any link to the invitation, deletes the draft, marks the invitation used.
  // `entered_by` (a paper entry) stores it as entered by hand by that user, like insert_response.
  virtual void submit_response(std::int64_t invitation_id, std::int64_t round_id, const std::string& group,
                               const ResponseAnswers& answers, const std::string& day,
                               std::optional<std::int64_t> entered_by) = 0;
  // A response with no invitation: `entered_by` names the user who entered it by hand (a paper form);
  // nullopt stores it as a link response (the demo's simulated respondents).
  virtual void insert_response(std::int64_t round_id, const std::string& group,
                               const ResponseAnswers& answers, const std::string& day,
                               std::optional<std::int64_t> entered_by) = 0;
  virtual std::vector<SubmittedResponse> submitted_responses(std::int64_t round_id) = 0;
};

// A draft round's editable fields.
struct RoundEdit {
  std::string title;
  std::vector<std::string> groups;
  int min_respondents = 3;
  // One of `groups`; empty: `direktion` when the round has that group, else the first group.
  std::string top_group;
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
  // Runs inside the transaction that closes a round (the round's e-mail addresses are deleted with it:
  // RoundMailService::round_closed).
  void set_close_hook(std::function<void(std::int64_t round_id)> hook) { close_hook_ = std::move(hook); }
  std::vector<GroupCount> group_counts(std::int64_t round_id) { return store_.group_counts(round_id); }
  std::vector<std::pair<std::int64_t, int>> open_round_submissions(std::int64_t org_id) {
    return store_.open_round_submissions(org_id);
  }
  // A draft round's title, groups and k (never below max(3, the organisation's k)); refused with
  // round_not_draft_edit (409) once opened, group_has_links when a removed group has links.
  Status update_round(const RoundRow& round, int org_min_k, std::int64_t actor, const RoundEdit& edit);
  // Deletes a draft round (round_not_draft_delete, 409, otherwise; round_in_use when a decision names it).
  Status delete_round(const RoundRow& round, std::int64_t actor);
  // New single-use links; the tokens are returned this once and stored only as hashes.
  Result<std::vector<std::string>> create_invitations(const RoundRow& round, const std::string& group,
                                                      int count, std::int64_t actor);

  // The respondent side. Errors: unknown_token (404), already_submitted (410), round_not_open (409),
  // round_closed (410).
  // Without `answers`, the view's answers stay empty and the draft is not read: for a page about to be
  // saved, whose save reads them again in its own transaction.
  Result<RespondentView> open_link(std::string_view token, bool answers = true);
  // Saves the patch (validated against the framework) and, with `submit`, submits. One transaction.
  Result<RespondentView> save_answers(std::string_view token, const AnswersPatch& patch, bool submit);

  // A coordinator typing in one paper form through the respondent's pages: a fresh single-use entry of
  // `group`, bound to `actor` (only they can open it; no token leaves the server). Only while open.
  Result<std::int64_t> create_paper_entry(const RoundRow& round, const std::string& group,
                                          std::int64_t actor);
  // The entry `entry_id` of `round`, if `user` created it. Errors as open_link (unknown_token for an
  // entry of another round or user).
  Result<RespondentView> open_paper_entry(const RoundRow& round, std::int64_t entry_id, std::int64_t user);
  // As save_answers; the submission is stored as a response entered by hand by `user`, with its audit
  // entry.
  Result<RespondentView> save_paper_entry(const RoundRow& round, std::int64_t entry_id, std::int64_t user,
                                          const AnswersPatch& patch, bool submit);

  // Validated as a whole; on any error nothing is stored. Only while the round is open.
  Result<int> import_csv(const RoundRow& round, std::string_view csv, std::int64_t actor);

  // Results of a closed round (error round_not_closed otherwise).
  Result<ComputedResults> results(const RoundRow& round);

 private:
  std::string today() const;
  // save_answers and save_paper_entry: `open` loads the view inside the write transaction.
  Result<RespondentView> save_view(const std::function<Result<RespondentView>()>& open,
                                   const AnswersPatch& patch, bool submit);
  Result<RespondentView> view_of(const InvitationRecord& inv, bool answers = true);
  static Result<std::string> resolve_top_group(const std::string& requested,
                                               const std::vector<std::string>& groups);
  Status validate_round_fields(const std::string& title, const std::vector<std::string>& groups, int k,
                               int org_min_k);
  // Moves the round from `from` to `to` with its audit entry, or answers `refused` when it was not in
  // `from` (someone else moved it first).
  Status move_round(const RoundRow& round, RoundState from, RoundState to, const char* action, Error refused,
                    std::int64_t actor);
  AssessmentStore& store_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;
  // Kept for the process's life, correct with any number of instances because what they hold never
  // changes: a stored framework's text is never updated (a new version is a new row), and a closed
  // round's results depend only on its responses, groups and k and on the closed round before it, none
  // of which can change once it is closed (the stores change rounds only in draft or open).
  std::function<void(std::int64_t)> close_hook_;
  std::mutex cache_mutex_;
  std::map<std::int64_t, std::shared_ptr<const Framework>> frameworks_;
  std::map<std::int64_t, ComputedResults> results_;
};

}  // namespace forkant
