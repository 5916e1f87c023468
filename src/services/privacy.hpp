#pragma once
// A person's data (ASVS 8.3, docs/privacy.md): what forkant holds about an account, as one export; an
// owner deleting a member's personal data (name, e-mail, everything that signs in) while the records the
// member made stay, under a neutral label; the audit log's personal fields emptied after a retention
// period. A round's respondent addresses go when the round closes (RoundMailService::round_closed).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"
#include "services/transactor.hpp"

namespace forkant {

struct PersonalData {
  struct Membership {
    std::int64_t org_id = 0;
    std::string org_name, role;
    std::int64_t since = 0;
  };
  struct Session {
    std::int64_t created_at = 0, last_seen_at = 0;
    std::string device;  // "Firefox · Windows" (domain/accounts/own_sessions.hpp), "" when not recognised
  };
  struct Token {
    std::int64_t id = 0;
    std::string label;
    std::int64_t created_at = 0;
  };
  struct AuditItem {
    std::int64_t id = 0;
    std::optional<std::int64_t> org_id;
    std::string action, object, detail;
    std::int64_t at = 0;
  };
  // Records the person made or is named in, by table and column: references, not the records' text
  // (which belongs to the organisation).
  struct References {
    std::string table, column;
    std::vector<std::int64_t> ids;
  };

  std::int64_t user_id = 0;
  std::string email, name, language;
  std::int64_t created_at = 0;
  bool two_factor = false;
  int single_sign_on_identities = 0;
  std::vector<Membership> memberships;
  std::vector<Session> sessions;
  std::vector<Token> api_tokens;
  std::vector<AuditItem> audit_by_them;     // entries they made
  std::vector<AuditItem> audit_about_them;  // entries whose object is their account
  std::vector<References> references;
};

class PrivacyStore {
 public:
  virtual ~PrivacyStore() = default;
  virtual std::optional<PersonalData> personal_data(std::int64_t user_id) = 0;
  // The organisations the user is a member of.
  virtual std::vector<std::int64_t> member_of(std::int64_t user_id) = 0;
  // Name and e-mail replaced, password unusable, sessions, API tokens, second factors, reset links,
  // single sign-on identities and memberships deleted. The row stays for the records that point at it.
  virtual void erase_user(std::int64_t user_id, std::int64_t now) = 0;
  // Every account whose personal data was deleted (their records show a neutral label).
  virtual std::vector<std::int64_t> erased_user_ids() = 0;
  // Empties actor and detail of the entries older than `before` not yet cleared; how many.
  virtual int clear_audit_personal_fields(std::int64_t before, std::int64_t now) = 0;
};

class PrivacyService {
 public:
  PrivacyService(PrivacyStore& store, AuditStore& audit, Transactor& tx, const Clock& clock)
      : store_(store), audit_(audit), tx_(tx), clock_(clock) {}

  Result<PersonalData> export_for(std::int64_t user_id);
  // An owner (the web layer has checked the role) deletes a member's personal data. Errors: not_found
  // (not a member of org_id), "erase_self" (an owner cannot erase themselves here), "erase_other_orgs"
  // (the person is also a member elsewhere: only this organisation's owners cannot decide for the
  // others). The audit entry ("member.personal_data_deleted") is written in the same transaction.
  Status erase_member(std::int64_t org_id, std::int64_t actor, std::int64_t user_id);
  std::vector<std::int64_t> erased_user_ids() { return store_.erased_user_ids(); }
  // The retention job: actor and detail of entries older than `days` days are emptied; how many.
  int apply_audit_retention(int days);

 private:
  PrivacyStore& store_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;
};

}  // namespace forkant
