#pragma once
// Initiatives are never silently rewritten (as decisions, decision_history.hpp): every saved content is
// a version, an edit is made against the version the editor saw (optimistic concurrency) and the history
// view names, per version, the fields that changed against the one before.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/initiatives/initiative.hpp"
#include "domain/initiatives/initiative_validation.hpp"
#include "domain/result.hpp"

namespace forkant {

enum class InitiativeField {
  title,
  description,
  owner,
  questions,
  purposes,
  value_rating,
  technologies,
  maturity,
  data_types,
  personal_data,
  special_categories,
  data_sources,
  competence_readiness,
  asked_by,
  prefers_human_contact,
  analogue_alternative,
  analogue_owner,
  partners,
  governance,
  standards,
  method_freedom,
  benefits,
  communication,
  decisions,
  goals,
  steps
};
inline constexpr std::size_t kInitiativeFieldCount = 26;

// "title", ..., "steps": stable names for translation keys ("initiative.field.<name>") and the API.
std::string_view to_string(InitiativeField field);

// The fields whose values differ, in declaration order.
std::vector<InitiativeField> diff(const InitiativeDraft& before, const InitiativeDraft& after);

struct InitiativeHistoryEntry {
  int version = 1;
  std::optional<std::int64_t> edited_by;
  std::int64_t edited_at = 0;            // Unix seconds
  std::vector<InitiativeField> changed;  // against the previous version; empty for the first
};

struct InitiativeVersionContent {  // what history() needs of a stored version
  int version = 1;
  const InitiativeDraft* content = nullptr;
  std::optional<std::int64_t> edited_by;
  std::int64_t edited_at = 0;
};

// The history view, oldest first, whatever order `versions` come in.
std::vector<InitiativeHistoryEntry> initiative_history(std::vector<InitiativeVersionContent> versions);

// Refuses: an edit made against another version than the current one ("stale_version", conflict {current}),
// an invalid draft (validate) and an edit that changes nothing ("no_changes"). The initiative returned has
// the new content and the next version number.
Result<Initiative> apply_initiative_edit(const Initiative& current, int base_version,
                                         const InitiativeDraft& content,
                                         const InitiativeValidationContext& context);

}  // namespace forkant
