#pragma once
// A reviewed text shared with a network (issue 15, item 2): what may be shared, the text the sharer
// wrote for the network, and how the sharing organisation is shown. Sharing is a deliberate act: the
// text starts as a suggestion from the register's own fields and is what the sharer reviewed, never the
// register's fields themselves. Shown anonymously, a share carries the organisation's kind and size band
// as they were when shared, and no name; other organisations know a share only by its public_id.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "domain/accounts/organisation.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/decisions/goal.hpp"
#include "domain/initiatives/initiative.hpp"
#include "domain/networks/size_band.hpp"
#include "domain/result.hpp"

namespace forkant {

// What a share is of. A decision of kind decided is a 'decision', one of kind deselected a 'deselection'.
enum class ShareSource { decision, deselection, lesson, initiative };
// "decision", "deselection", "lesson", "initiative": stored in network_shares.source_kind.
std::string_view to_string(ShareSource source);
std::optional<ShareSource> share_source_from_string(std::string_view name);

enum class ShownAs { name, anonymous };
std::string_view to_string(ShownAs shown_as);  // "name", "anonymous"
std::optional<ShownAs> shown_as_from_string(std::string_view name);

// Limits in characters: a title like a decision's, a body long enough for a page of reasons.
inline constexpr std::size_t kMaxShareTitleChars = 200;
inline constexpr std::size_t kMaxShareBodyChars = 5000;
inline constexpr std::size_t kMaxContactNameChars = 120;

// What the sharer writes and chooses on the form.
struct ShareText {
  std::string title;
  std::string body;
  ShownAs shown_as = ShownAs::name;
  std::string contact_name;   // optional
  std::string contact_email;  // optional; well formed when given
};

// The title and body are well-formed UTF-8, not blank and within their limits; the contact's name is
// within its limit and the e-mail well formed when given. Codes: share_title_required,
// share_title_too_long, share_body_required (for a deselection: deselection_reason_required),
// share_body_too_long, contact_name_too_long, contact_email_invalid, contact_invalid (a line break in
// the name), invalid_utf8.
Status validate_share_text(const ShareText& text, ShareSource source);

// What kind of share a decision makes: in force and decided or deselected. A postponed decision is not a
// decision yet ("share_postponed"), a superseded one no longer holds ("share_superseded", conflict).
Result<ShareSource> share_source_of(const Decision& decision);
// Only an evaluated (done) step has a lesson: "share_not_evaluated" otherwise.
Status check_lesson_shareable(const Step& step);

// One row of network_shares with its questions (network_share_questions).
struct Share {
  std::int64_t id = 0;
  std::string public_id;  // a random UUID: how other organisations name it
  std::int64_t network_id = 0;
  std::int64_t org_id = 0;
  ShareSource source = ShareSource::decision;
  std::int64_t source_id = 0;  // the sharing organisation's own id of the decision, step or initiative
  std::string title;
  std::string body;
  std::set<int> questions;         // of the ten, 1..10
  std::optional<Verdict> verdict;  // a lesson's
  ShownAs shown_as = ShownAs::name;
  std::string org_name;  // '' when anonymous
  OrgKind org_kind = OrgKind::municipality;
  SizeBand size_band = SizeBand::unknown;
  std::string contact_name;
  std::string contact_email;
  std::int64_t shared_at = 0;
  std::optional<std::int64_t> shared_by;
  std::optional<std::int64_t> withdrawn_at;
  std::optional<std::int64_t> withdrawn_by;

  bool is_current() const { return !withdrawn_at.has_value(); }
};

// The share of `text` (trimmed) by `org` of the given source: the organisation's name only when shown by
// name; its kind and size band always (the band of its inhabitants now).
Share make_share(const ShareText& text, ShareSource source, std::int64_t source_id, const Organisation& org);

// What an anonymous share says instead of a name, to be rendered in the reader's language: the catalogue
// key "share.label.<kind>" (band unknown), "share.label.<kind>.range" ({lower}, {upper}) or
// "share.label.<kind>.from" ({lower}, the open top band), with the bounds in inhabitants.
struct AnonymousLabel {
  std::string key;
  std::optional<std::int64_t> lower;
  std::optional<std::int64_t> upper;
};
AnonymousLabel anonymous_label(OrgKind kind, SizeBand band);

// The text suggested for the form, from the register's own fields, for the sharer to review and edit.
// A decision: its title and rationale (for a deselection, the reasons); a lesson: the goal and the
// hypothesis, then the result and what was learned; an initiative: its title and description.
ShareText suggested_text(const Decision& decision);
ShareText suggested_text(const Goal& goal, const Step& step);
ShareText suggested_text(const Initiative& initiative);

}  // namespace forkant
