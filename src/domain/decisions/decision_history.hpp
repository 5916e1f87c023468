#pragma once
// Entries in the register are never silently rewritten. Every saved content of a decision is a
// DecisionVersion (1, 2, 3, ...); an edit produces the next version and leaves the earlier ones for
// the history view. Edits carry the version they were made against, so that two people editing the
// same decision cannot overwrite each other unnoticed (optimistic concurrency). A decision that is
// replaced by a later one is superseded: the new one points back to the old, the old names its
// successor and can no longer be edited. Follow-up notes are only ever appended.
//
// Persisting is the caller's: store the returned values in one transaction.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/result.hpp"

namespace forkant {

struct DecisionVersion {
  std::int64_t decision_id = 0;
  int version = 1;
  DecisionDraft content;
  std::int64_t edited_by = 0;
  Date edited_at{};
};

struct DecisionEdit {
  int base_version = 0;  // the version the editor saw
  DecisionDraft content;
  std::int64_t edited_by = 0;
  Date edited_at{};
};

struct EditedDecision {
  Decision decision;        // current state, with the new version number
  DecisionVersion version;  // to append to the history
};

// The first version of a newly recorded decision (its id assigned by storage).
DecisionVersion first_version(const Decision& decision, std::int64_t created_by, Date created_at);

// Refuses: an invalid draft (see validate), a superseded decision ("already_superseded"), an edit
// made against an older version ("stale_version", conflict) and an edit that changes nothing
// ("no_changes").
Result<EditedDecision> apply_edit(const Decision& current, const DecisionEdit& edit,
                                  const ValidationContext& context);

enum class DecisionField {
  kind,
  title,
  rationale,
  alternatives,
  questions,
  purposes,
  owner,
  body,
  decided_on,
  review_on,
  round,
  goal
};

// "kind", "title", ..., "goal": stable names for translation keys ("decision.field.<name>") and the API.
std::string_view to_string(DecisionField field);

// The fields whose values differ, in declaration order.
std::vector<DecisionField> diff(const DecisionDraft& before, const DecisionDraft& after);

struct HistoryEntry {
  int version = 1;
  std::int64_t edited_by = 0;
  Date edited_at{};
  std::vector<DecisionField> changed;  // against the previous version; empty for the first
};

// The history view, oldest first, whatever order `versions` come in.
std::vector<HistoryEntry> history(std::vector<DecisionVersion> versions);

struct Supersession {
  Decision old_decision;  // superseded_by_id set
  Decision successor;     // supersedes_id set
};

// Links `successor` as the replacement of `old_decision`. Refuses: the same decision
// ("supersede_self"), a decision of another organisation (answered as "unknown_decision", like one
// that does not exist, not_found), either side already superseded ("already_superseded", conflict)
// and a successor that already replaces another decision ("already_supersedes", conflict).
Result<Supersession> supersede(const Decision& old_decision, const Decision& successor);

struct FollowUpNote {
  std::int64_t decision_id = 0;
  std::string text;
  std::int64_t author_user_id = 0;
  Date written_on{};
};

inline constexpr std::size_t kMaxNoteChars = 5000;

// A new note to append; codes: note_required, note_too_long, invalid_utf8, and "already_superseded"
// (conflict) on a superseded decision: it is no longer in force, so its follow-up (notes, review) belongs
// to the successor that replaced it; its own notes up to the supersession stay in its history.
Result<FollowUpNote> make_follow_up_note(const Decision& decision, std::string text,
                                         std::int64_t author_user_id, Date today);

}  // namespace forkant
