#pragma once
// The period of the account (the decisions, deliberate non-choices and lessons per question) as its page,
// its downloads and the API read it: ?from=&to= (YYYY-MM-DD), by default the last twelve months up to
// today. A date that does not parse is refused, never ignored.

#include "domain/date.hpp"
#include "domain/result.hpp"
#include "web/context.hpp"

namespace forkant::web {

struct AccountPeriod {
  Date from{};
  Date to{};
};

Result<AccountPeriod> account_period(Context& ctx);

}  // namespace forkant::web
