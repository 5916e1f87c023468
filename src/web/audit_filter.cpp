#include "web/audit_filter.hpp"

#include <algorithm>

#include "domain/audit/audit_sentence.hpp"
#include "domain/copenhagen_time.hpp"
#include "domain/date.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"

namespace forkant::web {
namespace {

// Only values that passed validation get here (ids, kind names, ISO dates): nothing needs escaping.
void add(std::string& out, const char* name, const std::string& value) {
  if (value.empty()) return;
  if (!out.empty()) out += '&';
  out += std::string(name) + "=" + value;
}

// A filter that cannot be read is a request not understood (400), whatever the field.
Error bad_filter(std::string code, std::string key, std::map<std::string, std::string> params = {}) {
  return {ErrorKind::malformed, std::move(code), std::move(key), std::move(params)};
}

}  // namespace

std::string AuditFilter::query_string() const {
  std::string out;
  add(out, "actor", actor);
  add(out, "kind", kind);
  add(out, "from", from);
  add(out, "to", to);
  return out;
}

Result<AuditFilter> read_audit_filter(Context& ctx, std::int64_t org_id, int per_page) {
  AuditFilter f;
  const auto& q = ctx.query();
  if (const auto actor = q.get("actor"); !actor.empty()) {
    const auto id = parse_id(actor);
    const auto members = ctx.app.services().orgs->members(org_id);
    if (!id || std::none_of(members.begin(), members.end(), [&](const auto& m) { return m.user_id == *id; }))
      return bad_filter("unknown_actor", "error.audit_unknown_actor");
    f.query.actor_id = *id;
    f.actor = std::to_string(*id);
  }
  if (const auto kind = q.get("kind"); !kind.empty()) {
    const auto& kinds = audit_kinds();
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
      return bad_filter("unknown_kind", "error.audit_unknown_kind");
    f.query.action_prefixes = audit_kind_prefixes(kind);
    f.kind = kind;
  }
  std::optional<Date> from, to;
  for (const char* name : {"from", "to"}) {
    const auto text = q.get(name);
    if (text.empty()) continue;
    const auto date = parse_iso_date(text);
    if (!date) return bad_filter("invalid_date", "error.invalid_date", {{"field", name}});
    (std::string(name) == "from" ? from : to) = *date;
  }
  if (from && to && *to < *from) return bad_filter("invalid_period", "error.audit_invalid_period");
  if (from) {
    f.query.from_at = copenhagen_day_start(*from);
    f.from = format_iso_date(*from);
  }
  if (to) {
    f.query.to_at = copenhagen_day_start(add_days(*to, 1));
    f.to = format_iso_date(*to);
  }
  if (const auto page = q.get("page"); !page.empty()) {
    const auto n = parse_number(page, kMaxAuditPage);
    if (!n || *n < 1) return bad_filter("invalid_page", "error.audit_invalid_page");
    f.page = *n;
  }
  f.query.limit = per_page + 1;  // one more tells whether there is a next page
  f.query.offset = (f.page - 1) * per_page;
  return f;
}

}  // namespace forkant::web
