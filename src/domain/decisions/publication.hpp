#pragma once
// The opt-in public page of decisions and deliberate non-choices (issue 11): what may be published and
// under which address. What is published is a snapshot of its own: a plain summary the coordinator
// writes for citizens, the question(s), the dates and the title as published. The internal rationale,
// the owner and the register's ids never leave the organisation; a later edit of the decision shows on
// the page only when it is published again, deliberately.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "domain/date.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/result.hpp"

namespace forkant {

// The plain summary, in characters: short enough to read on a phone, long enough for a paragraph.
inline constexpr std::size_t kMaxPublicSummaryChars = 2000;
// The address /p/{address}: lower-case letters, digits and single hyphens inside, e.g. "demo-kommune".
inline constexpr std::size_t kMinPublicAddressChars = 3;
inline constexpr std::size_t kMaxPublicAddressChars = 60;

// The address is well formed; code "public_address_invalid" (params {min}, {max}).
Status validate_public_address(std::string_view address);

// The summary is well-formed UTF-8, not blank and at most kMaxPublicSummaryChars characters; codes
// "summary_required", "summary_too_long" (param {max}), "invalid_utf8".
Status validate_public_summary(std::string_view summary);

// Only what is in force and is a choice or a deliberate non-choice is published: a postponed decision
// is not a decision yet ("publish_postponed"), a superseded one no longer holds ("publish_superseded").
Status check_publishable(const Decision& decision);

// What the public page shows of one published decision: everything it shows is in here.
struct PublishedSnapshot {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  std::int64_t decision_id = 0;
  int decision_version = 1;  // the version of the decision the snapshot was taken of
  std::string public_id;     // a random UUID: the feed entry's id and the page's anchor, never an id
  DecisionKind kind = DecisionKind::decided;
  std::string title;
  std::string summary;
  std::set<int> questions;
  Date decided_on{};
  std::optional<Date> review_on;
  std::int64_t published_at = 0;
  std::optional<std::int64_t> published_by;
  // The first publication of the decision this snapshot continues (published_at for a first one): a
  // republished decision says "opdateret <dato>".
  std::int64_t first_published_at = 0;
  std::optional<std::int64_t> replaces_id;  // the snapshot it replaced on the page
  std::optional<std::int64_t> unpublished_at;
  std::optional<std::int64_t> unpublished_by;

  bool is_update() const { return replaces_id.has_value(); }
  bool is_live() const { return !unpublished_at.has_value(); }
};

// A snapshot of `decision` as it is now, with `summary` (trimmed of surrounding white space).
PublishedSnapshot snapshot_of(const Decision& decision, std::string_view summary);

// The text without leading and trailing ASCII white space.
std::string trim_text(std::string_view text);

}  // namespace forkant
