#include "web/personal_data_json.hpp"

namespace forkant::web {
namespace {

nlohmann::json audit_json(const std::vector<PersonalData::AuditItem>& items) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : items) {
    out.push_back({{"id", a.id},
                   {"org_id", a.org_id ? nlohmann::json(*a.org_id) : nlohmann::json()},
                   {"action", a.action},
                   {"object", a.object},
                   {"detail", a.detail},
                   {"at", a.at}});
  }
  return out;
}

}  // namespace

nlohmann::json personal_data_json(const PersonalData& d) {
  nlohmann::json memberships = nlohmann::json::array();
  for (const auto& m : d.memberships) {
    memberships.push_back(
        {{"org_id", m.org_id}, {"org_name", m.org_name}, {"role", m.role}, {"since", m.since}});
  }
  nlohmann::json sessions = nlohmann::json::array();
  for (const auto& s : d.sessions) {
    sessions.push_back(
        {{"created_at", s.created_at}, {"last_seen_at", s.last_seen_at}, {"device", s.device}});
  }
  nlohmann::json tokens = nlohmann::json::array();
  for (const auto& t : d.api_tokens) {
    tokens.push_back({{"id", t.id}, {"label", t.label}, {"created_at", t.created_at}});
  }
  nlohmann::json references = nlohmann::json::array();
  for (const auto& r : d.references)
    references.push_back({{"table", r.table}, {"column", r.column}, {"ids", r.ids}});
  return {{"format", "forkant personal data 1"},
          {"account",
           {{"id", d.user_id},
            {"email", d.email},
            {"name", d.name},
            {"language", d.language},
            {"created_at", d.created_at},
            {"two_factor_enrolled", d.two_factor},
            {"single_sign_on_identities", d.single_sign_on_identities}}},
          {"memberships", memberships},
          {"sessions", sessions},
          {"api_tokens", tokens},
          {"audit_entries_by_you", audit_json(d.audit_by_them)},
          {"audit_entries_about_you", audit_json(d.audit_about_them)},
          {"records", references}};
}

}  // namespace forkant::web
