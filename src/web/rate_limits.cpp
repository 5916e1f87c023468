#include "web/rate_limits.hpp"

#include <charconv>
#include <chrono>
#include <set>

#include "web/app.hpp"
#include "web/context.hpp"
#include "web/router.hpp"
#include "web/security_events.hpp"

namespace forkant::web {
namespace {

constexpr std::int64_t kHour = 3600;
// Buckets kept before the full ones are forgotten (a full bucket is the same as none).
constexpr std::size_t kForgetAbove = 10000;

// The lists that search when their query string asks something (q=, filters).
const std::set<std::string, std::less<>> kSearchRoutes{"/orgs/{org_id}/decisions",
                                                       "/api/v1/orgs/{org_id}/decisions",
                                                       "/orgs/{org_id}/initiatives",
                                                       "/api/v1/orgs/{org_id}/initiatives",
                                                       "/orgs/{org_id}/audit",
                                                       "/api/v1/orgs/{org_id}/audit",
                                                       "/orgs/{org_id}/networks/{network_id}/library"};

bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> ends) {
  for (const auto end : ends) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

std::optional<int> parse_count(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

std::int64_t steady_now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

std::string_view cost_name(Cost cost) {
  switch (cost) {
    case Cost::export_file:
      return "export";
    case Cost::report:
      return "report";
    case Cost::import:
      return "import";
    case Cost::links:
      return "links";
    case Cost::search:
      return "search";
  }
  return "";
}

std::optional<Cost> cost_from_name(std::string_view name) {
  for (const Cost cost : kCosts) {
    if (cost_name(cost) == name) return cost;
  }
  return std::nullopt;
}

// Per hour, all at once allowed. A board member printing every report of a year, or a leader exporting
// each round, stays far below; a script looping on them does not.
RateLimitTable::RateLimitTable() {
  at(Cost::export_file) = {{60, kHour}, {240, kHour}};
  at(Cost::report) = {{30, kHour}, {120, kHour}};
  at(Cost::import) = {{30, kHour}, {120, kHour}};
  at(Cost::links) = {{30, kHour}, {120, kHour}};
  at(Cost::search) = {{600, kHour}, {2400, kHour}};
}

bool apply_rate_limit_option(RateLimitTable& table, std::string_view spec) {
  const auto equals = spec.find('=');
  const auto slash = spec.find('/');
  if (equals == std::string_view::npos || slash == std::string_view::npos || slash < equals) return false;
  const auto cost = cost_from_name(spec.substr(0, equals));
  const auto account = parse_count(spec.substr(equals + 1, slash - equals - 1));
  const auto organisation = parse_count(spec.substr(slash + 1));
  if (!cost || !account || !organisation) return false;
  table.at(*cost) = {{*account, kHour}, {*organisation, kHour}};
  return true;
}

std::optional<Cost> cost_of(const Route& route, const Request& req) {
  const std::string_view pattern = route.pattern;
  const std::string_view method = route.method;
  if (method == "GET") {
    if (route.report || ends_with_any(pattern, {".pdf", ".xlsx"})) return Cost::report;
    if (pattern == "/api/v1/openapi.json") return std::nullopt;  // the API's description, not data
    if (ends_with_any(pattern, {".csv", ".json"})) return Cost::export_file;
    if (kSearchRoutes.contains(pattern) && !req.query.empty()) return Cost::search;
    return std::nullopt;
  }
  if (method == "POST" || method == "PUT") {
    // Response files, radars and SurveyJS questionnaires read in.
    if (ends_with_any(pattern, {"/import", "/assessments/questionnaires"}) ||
        pattern == "/api/v1/rounds/{round_id}/responses") {
      return Cost::import;
    }
    if (pattern.starts_with("/rounds/{round_id}/") || pattern.starts_with("/api/v1/rounds/{round_id}/")) {
      if (ends_with_any(pattern, {"/links", "/invitations", "/mail"})) return Cost::links;
    }
  }
  return std::nullopt;
}

RateLimiter::RateLimiter(RateLimitTable table, std::function<std::int64_t()> now_ms)
    : table_(table), now_ms_(now_ms ? std::move(now_ms) : std::function<std::int64_t()>(steady_now_ms)) {}

std::optional<std::int64_t> RateLimiter::account_refusal(Cost cost, std::int64_t user_id) {
  const std::scoped_lock lock(mutex_);
  const auto now = now_ms_();
  auto answer = bucket_check(accounts_[{static_cast<int>(cost), user_id}], table_.at(cost).account, now);
  if (answer.allowed) return std::nullopt;
  return answer.retry_after_seconds;
}

std::optional<std::int64_t> RateLimiter::take(Cost cost, std::int64_t user_id,
                                              std::optional<std::int64_t> org_id) {
  const std::scoped_lock lock(mutex_);
  const auto now = now_ms_();
  const auto& limits = table_.at(cost);
  auto& account = accounts_[{static_cast<int>(cost), user_id}];
  const auto by_account = bucket_check(account, limits.account, now);
  TokenBucket* organisation = org_id ? &organisations_[{static_cast<int>(cost), *org_id}] : nullptr;
  const auto by_organisation =
      organisation ? bucket_check(*organisation, limits.organisation, now) : BucketAnswer{};
  if (!by_account.allowed || !by_organisation.allowed) {
    return std::max(by_account.retry_after_seconds, by_organisation.retry_after_seconds);
  }
  bucket_take(account, limits.account, now);
  if (organisation) bucket_take(*organisation, limits.organisation, now);
  forget_full(accounts_, false, now);
  forget_full(organisations_, true, now);
  return std::nullopt;
}

void RateLimiter::forget_full(std::map<Key, TokenBucket>& buckets, bool organisation, std::int64_t now) {
  if (buckets.size() <= kForgetAbove) return;
  std::erase_if(buckets, [&](const auto& entry) {
    const auto& limits = table_.at(static_cast<Cost>(entry.first.first));
    return bucket_full(entry.second, organisation ? limits.organisation : limits.account, now);
  });
}

Error rate_limited_error(std::int64_t retry_after) {
  return Error{ErrorKind::too_many,
               "rate_limited",
               "error.rate_limited",
               {{"retry_after", std::to_string(retry_after)}}};
}

std::optional<Error> charge_cost(Context& ctx, std::optional<std::int64_t> org_id) {
  auto& request = ctx.cost;
  if (!request.cost || request.charged || !ctx.user) return std::nullopt;
  request.charged = true;
  const auto refused = ctx.app.rate_limiter().take(*request.cost, ctx.user->id, org_id);
  if (!refused) return std::nullopt;
  request.retry_after = *refused;
  note_security_event(ctx, {.event = "rate_limited",
                            .outcome = "refused",
                            .org_id = org_id,
                            .what = std::string(cost_name(*request.cost))});
  return rate_limited_error(*refused);
}

}  // namespace forkant::web
