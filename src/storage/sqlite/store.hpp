#pragma once
// The SQLite implementation of the repository interfaces that services declare. One object, its methods
// split by area across store_*.cpp. Every query on tenant data filters by organisation id.

#include "services/accounts.hpp"
#include "services/assessment.hpp"
#include "services/audit.hpp"
#include "services/organisations.hpp"
#include "storage/sqlite/database.hpp"

namespace forkant::sqlite {

class SqliteStore final : public AccountStore,
                          public OrgStore,
                          public AuditStore,
                          public AssessmentStore,
                          public Transactor {
 public:
  explicit SqliteStore(Database& db) : db_(db) {}
  Database& database() { return db_; }

  void transaction(const std::function<void()>& fn) override {
    db_.write([&](Connection&) { fn(); });
  }

  // AccountStore
  std::optional<User> find_user(std::int64_t id) override;
  std::optional<User> find_user_by_email(std::string_view email) override;
  std::optional<std::string> password_hash(std::int64_t user_id) override;
  std::int64_t insert_user(const User& user, const std::string& password_hash, std::int64_t now) override;
  void set_language(std::int64_t user_id, std::string_view language) override;
  void set_password_hash(std::int64_t user_id, const std::string& password_hash) override;
  std::vector<MembershipView> memberships(std::int64_t user_id) override;
  void insert_session(const std::string& id_hash, std::int64_t user_id, const std::string& csrf,
                      std::int64_t now) override;
  std::optional<SessionRow> find_session(const std::string& id_hash) override;
  void touch_session(const std::string& id_hash, std::int64_t now) override;
  void delete_session(const std::string& id_hash) override;
  int delete_other_sessions(std::int64_t user_id, const std::string& keep_id_hash) override;
  std::int64_t insert_api_token(const std::string& token_hash, std::int64_t user_id, std::string_view name,
                                std::int64_t now, std::int64_t expires_at) override;
  std::optional<ApiTokenRow> find_api_token(const std::string& token_hash) override;
  void touch_api_token(std::int64_t token_id, std::int64_t now) override;
  std::vector<ApiTokenRow> api_tokens(std::int64_t user_id) override;
  std::optional<bool> revoke_api_token(std::int64_t user_id, std::int64_t token_id,
                                       std::int64_t now) override;
  int revoke_api_tokens(std::int64_t user_id, std::int64_t now) override;

  // OrgStore
  std::optional<Organisation> find_org(std::int64_t org_id) override;
  std::optional<Organisation> find_org_by_name(std::string_view name) override;
  std::int64_t insert_org(const Organisation& org, std::int64_t now) override;
  std::optional<Role> role_of(std::int64_t org_id, std::int64_t user_id) override;
  void upsert_membership(std::int64_t org_id, std::int64_t user_id, Role role, std::int64_t now) override;
  std::vector<MemberView> members(std::int64_t org_id) override;
  std::int64_t insert_member_invitation(std::int64_t org_id, std::string_view email, Role role,
                                        const std::string& token_hash, std::int64_t invited_by,
                                        std::int64_t now, std::int64_t expires_at) override;
  std::vector<PendingInvitation> pending_invitations(std::int64_t org_id, std::int64_t now) override;
  std::optional<InvitationRow> find_member_invitation(const std::string& token_hash) override;
  bool mark_invitation_accepted(std::int64_t invitation_id, std::int64_t now) override;

  // AuditStore
  void append_audit(const AuditEntry& entry, std::int64_t at) override;
  std::vector<AuditRecord> audit_records(std::int64_t org_id, int limit,
                                         std::optional<std::int64_t> before_id) override;

  // AssessmentStore
  std::vector<FrameworkRow> frameworks() override;
  std::optional<FrameworkRow> framework_by_id(std::int64_t id) override;
  std::int64_t insert_framework(const std::string& key, int version, const std::string& source,
                                std::int64_t now) override;
  std::int64_t insert_round(std::int64_t org_id, const std::string& title, std::int64_t framework_id, int k,
                            const std::vector<std::string>& groups, std::int64_t now) override;
  std::optional<RoundRow> find_round(std::int64_t round_id) override;
  std::vector<RoundRow> rounds(std::int64_t org_id) override;
  bool set_round_state(std::int64_t round_id, RoundState from, RoundState to, std::int64_t now) override;
  std::vector<GroupCount> group_counts(std::int64_t round_id) override;
  std::optional<RoundRow> previous_closed_round(std::int64_t org_id, const std::string& framework_key,
                                                int framework_version, std::int64_t closed_before) override;
  void insert_invitation(std::int64_t round_id, const std::string& group, const std::string& token_hash,
                         std::int64_t now) override;
  std::optional<InvitationRecord> find_invitation(const std::string& token_hash) override;
  std::optional<ResponseAnswers> draft(std::int64_t invitation_id) override;
  void save_draft(std::int64_t invitation_id, const ResponseAnswers& answers) override;
  void submit_response(std::int64_t invitation_id, std::int64_t round_id, const std::string& group,
                       const ResponseAnswers& answers, const std::string& day) override;
  void insert_response(std::int64_t round_id, const std::string& group, const ResponseAnswers& answers,
                       const std::string& day, std::optional<std::int64_t> entered_by) override;
  std::vector<SubmittedResponse> submitted_responses(std::int64_t round_id) override;

 private:
  std::vector<RoundRow> query_rounds(Connection& c, const std::string& where, std::int64_t a,
                                     std::int64_t b = 0, const std::string& s = "");
  Database& db_;
};

}  // namespace forkant::sqlite
