#include "domain/accounts/organisation.hpp"

#include "domain/utf8.hpp"

namespace forkant {

std::string_view org_kind_name(OrgKind k) {
  switch (k) {
    case OrgKind::municipality:
      return "municipality";
    case OrgKind::region:
      return "region";
    case OrgKind::state_agency:
      return "state_agency";
    case OrgKind::other:
      return "other";
  }
  return "other";
}

std::optional<OrgKind> parse_org_kind(std::string_view s) {
  for (OrgKind k : {OrgKind::municipality, OrgKind::region, OrgKind::state_agency, OrgKind::other}) {
    if (org_kind_name(k) == s) return k;
  }
  return std::nullopt;
}

Status validate_organisation(const Organisation& org) {
  if (!is_valid_utf8(org.name)) return Error::invalid("invalid_utf8", "error.invalid_utf8");
  if (org.name.find_first_not_of(" \t") == std::string::npos) {
    return Error::invalid("org_name_required", "error.org_name_required");
  }
  if (org.name.size() > 200) return Error::invalid("org_name_too_long", "error.org_name_too_long");
  if (org.size && *org.size < 0) return Error::invalid("org_size_invalid", "error.org_size_invalid");
  if (org.inhabitants && (*org.inhabitants < 0 || *org.inhabitants > kMaxInhabitants)) {
    return Error::invalid("org_inhabitants_invalid", "error.org_inhabitants_invalid");
  }
  if (org.min_respondents < 3) {
    return Error::invalid("threshold_too_low", "error.threshold_too_low", {{"min", "3"}});
  }
  return ok_status();
}

}  // namespace forkant
