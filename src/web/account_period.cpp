#include "web/account_period.hpp"

#include <string>

#include "services/decisions.hpp"
#include "web/app.hpp"

namespace forkant::web {

Result<AccountPeriod> account_period(Context& ctx) {
  const Date today = ctx.app.services().decisions->today();
  AccountPeriod out{add_months(today, -12), today};
  for (const char* name : {"from", "to"}) {
    const auto text = ctx.query().get(name);
    if (text.empty()) continue;
    const auto date = parse_iso_date(text);
    if (!date) return Error::invalid("invalid_date", "error.invalid_date", {{"field", name}});
    (std::string(name) == "from" ? out.from : out.to) = *date;
  }
  return out;
}

}  // namespace forkant::web
