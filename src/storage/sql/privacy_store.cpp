#include "storage/sql/privacy_store.hpp"

#include <array>
#include <string>

namespace forkant::sql {
namespace {

// Every column that points at users (the schema's REFERENCES users), with the key its rows are named by.
// Fixed text shipped with the binary: only the user id is bound. A new column that names a user belongs
// here (tests/integration/privacy_test.cpp compares this list with the schema).
struct ReferenceColumn {
  const char* table;
  const char* column;
  const char* key;
};
constexpr std::array<ReferenceColumn, 44> kReferences{{
    {"member_invitations", "invited_by", "id"},
    {"invitations", "entered_by", "id"},
    {"responses", "entered_by", "id"},
    {"goals", "created_by", "id"},
    {"decisions", "created_by", "id"},
    {"decisions", "owner_id", "id"},
    {"decision_versions", "edited_by", "decision_id"},
    {"decision_versions", "owner_id", "decision_id"},
    {"decision_notes", "author_id", "id"},
    {"steps", "owner_id", "id"},
    {"meeting_follow_ups", "owner_id", "id"},
    {"goal_versions", "edited_by", "goal_id"},
    {"step_versions", "edited_by", "step_id"},
    {"step_versions", "owner_id", "step_id"},
    {"public_pages", "updated_by", "org_id"},
    {"published_decisions", "unpublished_by", "id"},
    {"published_decisions", "published_by", "id"},
    {"briefing_drafts", "updated_by", "org_id"},
    {"briefing_versions", "frozen_by", "org_id"},
    {"initiatives", "created_by", "id"},
    {"initiatives", "owner_id", "id"},
    {"initiative_versions", "edited_by", "initiative_id"},
    {"initiative_phase_changes", "by_user_id", "id"},
    {"impact_questionnaires", "imported_by", "id"},
    {"impact_assessments", "completed_by", "id"},
    {"impact_assessments", "started_by", "id"},
    {"impact_judgements", "recorded_by", "id"},
    {"impact_obligations_met", "met_by", "id"},
    {"impact_routing", "updated_by", "org_id"},
    {"networks", "created_by", "id"},
    {"network_memberships", "left_by", "id"},
    {"network_memberships", "joined_by", "id"},
    {"network_invitations", "answered_by", "id"},
    {"network_invitations", "invited_by", "id"},
    {"network_coordinators", "ended_by", "id"},
    {"network_coordinators", "appointed_by", "id"},
    {"network_coordinators", "user_id", "id"},
    {"network_contributions", "withdrawn_by", "id"},
    {"network_contributions", "contributed_by", "id"},
    {"network_shares", "withdrawn_by", "id"},
    {"network_shares", "shared_by", "id"},
    {"radar_editions", "created_by", "id"},
    {"competence_cells", "updated_by", "id"},
    {"competence_cells", "owner_id", "id"},
}};

std::vector<PersonalData::AuditItem> audit_items(Connection& c, const char* where, const std::string& arg) {
  std::vector<PersonalData::AuditItem> out;
  auto st = c.prepare(std::string("SELECT id, org_id, action, object, detail, at FROM audit_log WHERE ") +
                          where + " ORDER BY id",
                      arg);
  while (st->step()) {
    out.push_back({st->int64(0), st->opt_int64(1), st->text(2), st->text(3), st->text(4), st->int64(5)});
  }
  return out;
}

}  // namespace

std::optional<PersonalData> SqlPrivacyStore::personal_data(std::int64_t user_id) {
  std::optional<PersonalData> out;
  db_->read([&](Connection& c) {
    auto user = c.prepare("SELECT email, name, language, created_at FROM users WHERE id = ?", user_id);
    if (!user->step()) return;
    PersonalData d;
    d.user_id = user_id;
    d.email = user->text(0);
    d.name = user->text(1);
    d.language = user->text(2);
    d.created_at = user->int64(3);
    d.two_factor = c.prepare("SELECT 1 FROM totp_secrets WHERE user_id = ?", user_id)->step();
    auto ids = c.prepare("SELECT COUNT(*) FROM external_identities WHERE user_id = ?", user_id);
    if (ids->step()) d.single_sign_on_identities = ids->int32(0);
    auto m = c.prepare(
        "SELECT m.org_id, o.name, m.role, m.created_at FROM memberships m JOIN organisations o ON o.id = "
        "m.org_id "
        "WHERE m.user_id = ? ORDER BY m.org_id",
        user_id);
    while (m->step()) d.memberships.push_back({m->int64(0), m->text(1), m->text(2), m->int64(3)});
    auto s = c.prepare(
        "SELECT created_at, last_seen_at, device FROM sessions WHERE user_id = ? ORDER BY created_at",
        user_id);
    while (s->step()) d.sessions.push_back({s->int64(0), s->int64(1), s->text(2)});
    auto t = c.prepare("SELECT id, label, created_at FROM api_tokens WHERE user_id = ? ORDER BY id", user_id);
    while (t->step()) d.api_tokens.push_back({t->int64(0), t->text(1), t->int64(2)});
    d.audit_by_them = audit_items(c, "actor_id = CAST(? AS BIGINT)", std::to_string(user_id));
    d.audit_about_them = audit_items(c, "object = ?", "user:" + std::to_string(user_id));
    for (const auto& r : kReferences) {
      auto st = c.prepare(std::string("SELECT DISTINCT ") + r.key + " FROM " + r.table + " WHERE " +
                              r.column + " = ? ORDER BY 1",
                          user_id);
      PersonalData::References refs{r.table, r.column, {}};
      while (st->step()) refs.ids.push_back(st->int64(0));
      if (!refs.ids.empty()) d.references.push_back(std::move(refs));
    }
    out = std::move(d);
  });
  return out;
}

std::vector<std::int64_t> SqlPrivacyStore::member_of(std::int64_t user_id) {
  std::vector<std::int64_t> out;
  db_->write([&](Connection& c) {
    auto st = c.prepare("SELECT org_id FROM memberships WHERE user_id = ? ORDER BY org_id", user_id);
    while (st->step()) out.push_back(st->int64(0));
  });
  return out;
}

void SqlPrivacyStore::erase_user(std::int64_t user_id, std::int64_t now) {
  db_->write([&](Connection& c) {
    std::string old_email;
    auto found = c.prepare("SELECT email FROM users WHERE id = ?", user_id);
    if (found->step()) old_email = found->text(0);
    found.reset();
    // Invitations sent to the address and mail not yet sent to it name the person too.
    c.exec("UPDATE member_invitations SET email = ? WHERE lower(email) = lower(CAST(? AS TEXT))",
           "erased-" + std::to_string(user_id) + "@erased.invalid", old_email);
    c.exec("DELETE FROM outbox WHERE lower(recipient) = lower(CAST(? AS TEXT)) AND sent_at IS NULL",
           old_email);
    // The address must stay unique and is no address: ".invalid" is reserved (RFC 2606). "!" is no
    // argon2id hash, so no password verifies against it.
    c.exec("UPDATE users SET name = '', email = ?, password_hash = '!', erased_at = ? WHERE id = ?",
           "erased-" + std::to_string(user_id) + "@erased.invalid", now, user_id);
    for (const char* table :
         {"sessions", "api_tokens", "totp_recovery_codes", "totp_secrets", "second_factor_logins",
          "password_resets", "external_identities", "memberships"}) {
      c.exec(std::string("DELETE FROM ") + table + " WHERE user_id = ?", user_id);
    }
  });
}

std::vector<std::int64_t> SqlPrivacyStore::erased_user_ids() {
  std::vector<std::int64_t> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT id FROM users WHERE erased_at IS NOT NULL ORDER BY id");
    while (st->step()) out.push_back(st->int64(0));
  });
  return out;
}

int SqlPrivacyStore::clear_audit_personal_fields(std::int64_t before, std::int64_t now) {
  int changed = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE audit_log SET actor_id = NULL, detail = '', personal_cleared_at = ? "
        "WHERE at < ? AND personal_cleared_at IS NULL",
        now, before);
    changed = c.changes();
  });
  return changed;
}

}  // namespace forkant::sql
