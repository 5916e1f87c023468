#include "services/privacy.hpp"

#include <algorithm>

namespace forkant {

Result<PersonalData> PrivacyService::export_for(std::int64_t user_id) {
  auto data = store_.personal_data(user_id);
  if (!data) return Error::not_found();
  return *data;
}

Status PrivacyService::erase_member(std::int64_t org_id, std::int64_t actor, std::int64_t user_id) {
  if (user_id == actor) return Error::invalid("erase_self", "error.erase_self");
  bool refused_elsewhere = false;
  bool missing = false;
  const auto now = clock_.now();
  tx_.transaction([&] {
    refused_elsewhere = false;
    missing = false;
    const auto orgs = store_.member_of(user_id);
    if (std::find(orgs.begin(), orgs.end(), org_id) == orgs.end()) {
      missing = true;
      return;
    }
    if (orgs.size() > 1) {
      refused_elsewhere = true;
      return;
    }
    store_.erase_user(user_id, now);
    audit_.append_audit(
        {org_id, actor, "member.personal_data_deleted", "user:" + std::to_string(user_id), ""}, now);
  });
  if (missing) return Error::not_found();
  if (refused_elsewhere) return Error::conflict("erase_other_orgs", "error.erase_other_orgs");
  return ok_status();
}

int PrivacyService::apply_audit_retention(int days) {
  if (days <= 0) return 0;
  const auto now = clock_.now();
  int cleared = 0;
  tx_.transaction([&] {
    cleared = store_.clear_audit_personal_fields(now - static_cast<std::int64_t>(days) * 86400, now);
    if (cleared > 0) {
      audit_.append_audit({std::nullopt, std::nullopt, "audit.personal_fields_cleared", "",
                           std::to_string(cleared) + " entries older than " + std::to_string(days) + " days"},
                          now);
    }
  });
  return cleared;
}

}  // namespace forkant
