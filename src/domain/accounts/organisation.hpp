#pragma once
// An organisation is the tenant: everything belongs to exactly one.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace forkant {

enum class OrgKind { municipality, region, state_agency, other };

std::string_view org_kind_name(OrgKind k);
std::optional<OrgKind> parse_org_kind(std::string_view s);

struct Organisation {
  std::int64_t id = 0;
  std::string name;
  OrgKind kind = OrgKind::municipality;
  std::optional<std::int64_t> size;  // employees
  int min_respondents = 3;           // the anonymity threshold k, never below 3
  // Inhabitants served (issue 15): what the size band of networks' filters and anonymous labels is
  // computed from (domain/networks/size_band.hpp). Empty until an owner states it.
  std::optional<std::int64_t> inhabitants;
};

// More than anyone serves (Denmark has about six million inhabitants): a typo, not a number.
inline constexpr std::int64_t kMaxInhabitants = 100'000'000;

Status validate_organisation(const Organisation& org);

}  // namespace forkant
