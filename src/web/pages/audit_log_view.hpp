#pragma once
// One change-log entry as the page and the API show it: the sentence in the reader's language, the time
// in Europe/Copenhagen, and the object's name and page. The names of decisions, rounds, goals, steps and
// meeting series are loaded once per request (audit_names).

#include <cstdint>
#include <map>
#include <string>

#include "domain/audit/audit_sentence.hpp"
#include "services/audit.hpp"
#include "web/context.hpp"

namespace forkant::web::pages {

struct AuditNames {
  std::map<std::int64_t, std::string> decisions, rounds, goals, series;
  std::map<std::int64_t, std::pair<std::int64_t, std::string>> steps;  // id -> goal id, hypothesis
};

AuditNames audit_names(Context& ctx, std::int64_t org_id);

struct AuditLine {
  std::string at_table;  // "04-12-2026 14:05" / "2026-12-04 14:05", Copenhagen time
  std::string at_iso;    // "2026-12-04T14:05:00+01:00"
  std::string actor;     // the person's name, or "forkant" for the system
  std::string sentence;  // "Dennis fravalgte »Egen app«"
  std::string kind;      // the filter's kind of the action, or ""
  std::string object;    // the object's name, or ""
  std::string href;      // its page, or ""
};

AuditLine audit_line(const Context& ctx, std::int64_t org_id, const AuditNames& names, const AuditRecord& r);

}  // namespace forkant::web::pages
