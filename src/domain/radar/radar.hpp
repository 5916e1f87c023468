#pragma once
// The technology radar (question 4): which technologies the organisation adopts, trials, assesses or
// holds, in four quadrants it names itself, one edition a year or so. An edition is a snapshot: only the
// current edition is edited; earlier ones are read-only history, so "last year's radar" stays as it was.
// Hold means "not for new initiatives" and is a deliberate non-choice: dated, with a reason and a date
// on which to look at it again.

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/initiatives/initiative.hpp"
#include "domain/result.hpp"

namespace forkant {

// Innermost first: a smaller index is nearer the centre (what "moved in" means).
enum class Ring { adopt, trial, assess, hold };
std::string_view to_string(Ring ring);  // "adopt", "trial", "assess", "hold"
std::optional<Ring> ring_from_string(std::string_view name);
inline constexpr int kQuadrantCount = 4;

// BYOR's status values (README "Want to show blip movement information?").
enum class Movement { new_entry, moved_in, moved_out, no_change };
std::string_view to_string(Movement movement);  // "new", "moved_in", "moved_out", "no_change"
std::optional<Movement> movement_from_string(std::string_view name);

enum class PrerequisiteKind { data, competence, standard, partner };
std::string_view to_string(PrerequisiteKind kind);  // "data", "competence", "standard", "partner"
std::optional<PrerequisiteKind> prerequisite_kind_from_string(std::string_view name);

// What a technology demands of the organisation: a data type of at least some quality, a competence,
// a standard, a partner. `name` is the data type, competence, standard or partner.
struct Prerequisite {
  PrerequisiteKind kind = PrerequisiteKind::data;
  std::string name;
  Quality min_quality = Quality::good;  // data only
  bool operator==(const Prerequisite&) const = default;
};

struct HoldDetails {
  Date since{};       // put on hold
  Date revisit_on{};  // look at it again (the agenda brings it up from this day)
  std::string reason;
  bool operator==(const HoldDetails&) const = default;
};

struct RadarEntryDraft {
  std::string name;
  int quadrant = 0;  // 0..3, named by the edition
  Ring ring = Ring::assess;
  std::string description;
  // Set by an import that states the movement (BYOR's status/isNew); otherwise computed against the
  // previous edition (compute_movement).
  std::optional<Movement> recorded_movement;
  std::optional<HoldDetails> hold;  // present exactly when ring == hold
  std::vector<Prerequisite> prerequisites;
  std::vector<std::int64_t> initiative_ids;  // linked initiatives of the same organisation
  bool operator==(const RadarEntryDraft&) const = default;
};

struct RadarEntry {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  std::int64_t edition_id = 0;
  RadarEntryDraft content;
};

using QuadrantNames = std::array<std::string, kQuadrantCount>;

struct RadarEdition {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  std::string title;  // e.g. "2026"
  Date published_on{};
  QuadrantNames quadrants;
  bool current = false;
  std::int64_t created_at = 0;
};

// BYOR's own quadrant names, the default of a new organisation's first edition: the hosted BYOR
// (radar.thoughtworks.com) draws only these.
QuadrantNames default_quadrant_names();

inline constexpr std::size_t kMaxEntryName = 200;          // characters
inline constexpr std::size_t kMaxEntryDescription = 4000;  // characters
inline constexpr std::size_t kMaxQuadrantName = 60;
inline constexpr std::size_t kMaxEditionTitle = 100;
inline constexpr std::size_t kMaxHoldReason = 2000;
inline constexpr std::size_t kMaxPrerequisites = 30;
inline constexpr std::size_t kMaxEntriesPerEdition = 1000;

// The rules of one entry. Errors (code, key "error.<code>"): radar_name_required, radar_name_too_long
// (max), radar_name_markup (a name holds no < or >: BYOR reads them as HTML), radar_description_too_long
// (max), radar_quadrant (0..3), radar_hold_details (a hold needs its reason and dates; only a hold has
// them), radar_hold_revisit_before (revisit before since), radar_hold_reason_too_long (max),
// radar_prerequisite_name (empty or too long), radar_too_many_prerequisites (max),
// radar_prerequisite_duplicate (name).
Status validate_entry(const RadarEntryDraft& entry);

// An edition's title and quadrant names: radar_title_required, radar_title_too_long (max),
// radar_quadrant_name (index: empty or too long), radar_quadrant_duplicate (name).
Status validate_edition(std::string_view title, const QuadrantNames& quadrants);

// Names compare as people read them: trimmed, ASCII case folded ("Kubernetes" = "kubernetes ").
std::string entry_key(std::string_view name);

// Movement since `previous` (the edition before; empty for the first edition): a name it did not have
// is new; a ring nearer the centre is moved in; farther out is moved out. A recorded movement wins.
Movement compute_movement(const RadarEntryDraft& entry, std::span<const RadarEntryDraft> previous);

// A new edition begins as a copy of the current one: the same entries and links, no recorded movement
// (it is computed against the edition copied).
std::vector<RadarEntryDraft> carry_over(std::span<const RadarEntryDraft> current);

// A hold due for another look on `today`.
bool hold_due(const RadarEntryDraft& entry, Date today);

}  // namespace forkant
