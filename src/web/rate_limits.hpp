#pragma once
// Limits on expensive actions (ASVS 11.1.3/11.1.4): exports, reports, imports, link creation and
// searches, per account AND per organisation, as token buckets (domain/limits/token_bucket.hpp). A
// refused action answers 429 with Retry-After (seconds) and a message in the person's language, and a
// security event "rate_limited".
//
// Which routes cost what is decided here from the router's own table (cost_of), so that a new export
// or import route is limited without anyone remembering to. The account's bucket is checked before the
// handler runs (App::dispatch); both buckets are charged in authorize() once the organisation is known,
// the first time the request is authorised there; a costly request that never reaches authorize() is
// charged to the account alone when it is answered.
//
// The buckets are kept in this process's memory: with several instances behind a load balancer each has
// its own (docs/operations.md, "Limits on expensive actions"). Thread-safe (one mutex).

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "domain/limits/token_bucket.hpp"
#include "domain/result.hpp"
#include "web/http.hpp"

namespace forkant::web {

struct Context;
struct Route;

enum class Cost { export_file, report, import, links, search };
inline constexpr std::array kCosts{Cost::export_file, Cost::report, Cost::import, Cost::links, Cost::search};

// "export", "report", "import", "links", "search" (the names --rate-limit takes and the log writes).
std::string_view cost_name(Cost cost);
std::optional<Cost> cost_from_name(std::string_view name);

struct CostLimits {
  RateLimit account;
  RateLimit organisation;
};

class RateLimitTable {
 public:
  RateLimitTable();  // the defaults (rate_limits.cpp, docs/operations.md)
  const CostLimits& at(Cost cost) const { return limits_.at(static_cast<std::size_t>(cost)); }
  CostLimits& at(Cost cost) { return limits_.at(static_cast<std::size_t>(cost)); }

 private:
  std::array<CostLimits, kCosts.size()> limits_{};
};

// `spec` as --rate-limit takes it, "COST=ACCOUNT/ORGANISATION" per hour ("export=60/240"; 0 = no limit),
// applied to `table`; false when it does not parse.
bool apply_rate_limit_option(RateLimitTable& table, std::string_view spec);

// What answering `req` on `route` costs, if it is an expensive action. A search costs only when it asks
// something (a non-empty query string); the plain list does not.
std::optional<Cost> cost_of(const Route& route, const Request& req);

class RateLimiter {
 public:
  // `now_ms`: a monotonic clock in milliseconds (tests pass their own).
  explicit RateLimiter(RateLimitTable table, std::function<std::int64_t()> now_ms = {});

  // Seconds until the account may act again, or nullopt when it may now. Takes nothing.
  std::optional<std::int64_t> account_refusal(Cost cost, std::int64_t user_id);
  // Takes one action from the account's bucket and, when given, the organisation's; when either is
  // empty, takes nothing and answers the seconds until both have room.
  std::optional<std::int64_t> take(Cost cost, std::int64_t user_id, std::optional<std::int64_t> org_id);

 private:
  using Key = std::pair<int, std::int64_t>;  // (cost, account or organisation id)
  void forget_full(std::map<Key, TokenBucket>& buckets, bool organisation, std::int64_t now);
  RateLimitTable table_;
  std::function<std::int64_t()> now_ms_;
  std::mutex mutex_;
  std::map<Key, TokenBucket> accounts_;
  std::map<Key, TokenBucket> organisations_;
};

// What a request costs (Context::cost): App::dispatch sets it, charge_cost() and App::handle read it.
struct RequestCost {
  std::optional<Cost> cost;
  bool charged = false;          // charged to the buckets (or refused) once already
  std::int64_t retry_after = 0;  // seconds, when a limit refused it (the 429's Retry-After)
};

// Charges the request's cost (ctx.cost) once, to the account and to `org_id` when given: nullopt when
// it fits, else the 429 error (and retry_after, and a security event). Called by authorize().
std::optional<Error> charge_cost(Context& ctx, std::optional<std::int64_t> org_id);

// The 429 error with `retry_after` seconds.
Error rate_limited_error(std::int64_t retry_after);

}  // namespace forkant::web
