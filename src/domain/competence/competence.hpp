#pragma once
// The competence matrix (issue 17, question 6): which digital competencies the directorate, managers,
// employees, politicians and citizens need, whether sectors differ, and how each gap is closed.
//
// A cell is one competence for one role, in every sector (no sector) or in one sector, with today's level
// and the level needed on the scale 0..4, the route that closes the gap, an owner, a date and a note. The
// AI Act's Art. 4 AI-literacy duty is a built-in competence in every organisation (kAiLiteracy below).

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/result.hpp"

namespace forkant {

// The six fixed roles, most senior first (the order of the matrix's columns and the ranking's tie-break).
enum class CompetenceRole { direktion, chefer, ledere, medarbejdere, politikere, borgere };
inline constexpr std::array<CompetenceRole, 6> kCompetenceRoles{
    CompetenceRole::direktion,    CompetenceRole::chefer,     CompetenceRole::ledere,
    CompetenceRole::medarbejdere, CompetenceRole::politikere, CompetenceRole::borgere};

// "direktion", "chefer", "ledere", "medarbejdere", "politikere", "borgere".
std::string_view to_string(CompetenceRole role);
std::optional<CompetenceRole> competence_role_from_string(std::string_view code);

// How a gap is closed: train the people there are, hire, partner with someone who has it, buy it.
enum class CompetenceRoute { train, hire, partner, buy };
std::string_view to_string(CompetenceRoute route);  // "train", "hire", "partner", "buy"
std::optional<CompetenceRoute> competence_route_from_string(std::string_view code);

// Levels 0..4, named in the catalogues (competence.level.N): none, aware, applies with support, applies
// on one's own, leads and teaches others.
inline constexpr int kMinCompetenceLevel = 0;
inline constexpr int kMaxCompetenceLevel = 4;

inline constexpr std::size_t kMaxCompetenceNameChars = 120;
inline constexpr std::size_t kMaxCompetenceDescriptionChars = 2000;
inline constexpr std::size_t kMaxSectorNameChars = 120;
inline constexpr std::size_t kMaxCellNoteChars = 1000;

// The built-in row: the AI Act (Regulation (EU) 2024/1689) Art. 4, AI literacy, in force since
// 2 February 2025. Providers and deployers of AI systems must ensure a sufficient level of AI literacy of
// their staff and others operating AI on their behalf: so it concerns the roles that use or operate AI.
struct BuiltinCompetence {
  std::string_view key;           // stored in competencies.builtin
  std::string_view default_name;  // the stored name (Danish); pages label it through the catalogue
  Date in_force;
  std::array<CompetenceRole, 4> roles;  // the roles the duty concerns
};
inline constexpr BuiltinCompetence kAiLiteracy{
    "ai_act_art4",
    "AI-kompetencer (AI-forordningens artikel 4)",
    Date{std::chrono::year{2025}, std::chrono::month{2}, std::chrono::day{2}},
    {CompetenceRole::direktion, CompetenceRole::chefer, CompetenceRole::ledere,
     CompetenceRole::medarbejdere}};

// True when the AI Act's Art. 4 duty concerns `role`.
bool ai_literacy_concerns(CompetenceRole role);

struct Competence {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  std::string name;
  std::string description;
  std::string builtin;  // "" for the organisation's own; kAiLiteracy.key for the legal duty
  bool legal_duty() const { return builtin == kAiLiteracy.key; }
};

struct Sector {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  std::string name;
};

struct CompetenceCell {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  std::int64_t competence_id = 0;
  CompetenceRole role = CompetenceRole::medarbejdere;
  std::optional<std::int64_t> sector_id;  // none: the role in every sector
  int current_level = 0;
  int needed_level = 0;
  std::optional<CompetenceRoute> route;
  std::optional<std::int64_t> owner_user_id;
  std::optional<Date> due_on;
  std::string note;
  std::optional<std::int64_t> step_id;  // the step of a goal this gap became
  int version = 1;
};

// needed - today when positive, else 0.
int gap_size(const CompetenceCell& cell);

// Codes: competence_name_required, competence_name_too_long, competence_description_too_long, invalid_utf8.
Status validate(const Competence& competence);
// Codes: sector_name_required, sector_name_too_long, invalid_utf8.
Status validate(const Sector& sector);

// What a cell's references may point to in its organisation.
struct CellContext {
  std::set<std::int64_t> competence_ids;
  std::set<std::int64_t> sector_ids;
  std::set<std::int64_t> member_user_ids;
};

// Codes: level_out_of_range ({field}), unknown_competence, unknown_sector, unknown_owner, note_too_long,
// invalid_utf8.
Status validate(const CompetenceCell& cell, const CellContext& context);

// The name two entries must not share (case and surrounding blanks ignored for ASCII letters), so that
// "Data literacy" and "data literacy " are one competence.
std::string name_key(std::string_view name);

}  // namespace forkant
