#pragma once
// The filter of an organisation's change log as its page and the API read it: ?actor= (a member's user
// id), ?kind= (one of audit_kinds()), ?from=&to= (YYYY-MM-DD, days in Europe/Copenhagen, both inclusive)
// and ?page= (from 1). Anything that does not parse, an unknown kind or person, or a period that ends
// before it begins is refused with a message (400), never ignored.

#include <cstdint>
#include <string>

#include "domain/result.hpp"
#include "services/audit.hpp"
#include "web/context.hpp"

namespace forkant::web {

inline constexpr int kMaxAuditPage = 100000;

struct AuditFilter {
  AuditQuery query;  // offset and limit set for the page
  int page = 1;
  // As given, for links that keep the filter ("actor=3&kind=decision&from=...&to=..."; no page).
  std::string actor, kind, from, to;
  std::string query_string() const;
};

Result<AuditFilter> read_audit_filter(Context& ctx, std::int64_t org_id, int per_page);

}  // namespace forkant::web
