#include "domain/competence/competence.hpp"

#include <algorithm>

#include "domain/decisions/field_check.hpp"
#include "domain/utf8.hpp"

namespace forkant {
namespace {

// A text field of the matrix: "<field>_required", "<field>_too_long" ({max}), "invalid_utf8" ({field}),
// all with keys under error.competence.
Status check_field(const std::string& field, std::string_view value, std::size_t max, bool required) {
  if (!is_valid_utf8(value)) return Error::invalid("invalid_utf8", "error.invalid_utf8", {{"field", field}});
  if (required && is_blank(value)) {
    return Error::invalid(field + "_required", "error.competence." + field + "_required");
  }
  if (utf8_length(value) > max) {
    return Error::invalid(field + "_too_long", "error.competence." + field + "_too_long",
                          {{"max", std::to_string(max)}});
  }
  return ok_status();
}

Status check_level(const std::string& field, int level) {
  if (level < kMinCompetenceLevel || level > kMaxCompetenceLevel) {
    return Error::invalid("level_out_of_range", "error.competence.level_out_of_range",
                          {{"field", field}, {"max", std::to_string(kMaxCompetenceLevel)}});
  }
  return ok_status();
}

}  // namespace

std::string_view to_string(CompetenceRole role) {
  switch (role) {
    case CompetenceRole::direktion:
      return "direktion";
    case CompetenceRole::chefer:
      return "chefer";
    case CompetenceRole::ledere:
      return "ledere";
    case CompetenceRole::medarbejdere:
      return "medarbejdere";
    case CompetenceRole::politikere:
      return "politikere";
    case CompetenceRole::borgere:
      return "borgere";
  }
  return "medarbejdere";
}

std::optional<CompetenceRole> competence_role_from_string(std::string_view code) {
  for (const auto role : kCompetenceRoles) {
    if (to_string(role) == code) return role;
  }
  return std::nullopt;
}

std::string_view to_string(CompetenceRoute route) {
  switch (route) {
    case CompetenceRoute::train:
      return "train";
    case CompetenceRoute::hire:
      return "hire";
    case CompetenceRoute::partner:
      return "partner";
    case CompetenceRoute::buy:
      return "buy";
  }
  return "train";
}

std::optional<CompetenceRoute> competence_route_from_string(std::string_view code) {
  for (const auto route :
       {CompetenceRoute::train, CompetenceRoute::hire, CompetenceRoute::partner, CompetenceRoute::buy}) {
    if (to_string(route) == code) return route;
  }
  return std::nullopt;
}

bool ai_literacy_concerns(CompetenceRole role) {
  return std::find(kAiLiteracy.roles.begin(), kAiLiteracy.roles.end(), role) != kAiLiteracy.roles.end();
}

int gap_size(const CompetenceCell& cell) {
  return std::max(0, cell.needed_level - cell.current_level);
}

Status validate(const Competence& competence) {
  if (auto s = check_field("competence_name", competence.name, kMaxCompetenceNameChars, true); !s) return s;
  return check_field("competence_description", competence.description, kMaxCompetenceDescriptionChars, false);
}

Status validate(const Sector& sector) {
  return check_field("sector_name", sector.name, kMaxSectorNameChars, true);
}

Status validate(const CompetenceCell& cell, const CellContext& context) {
  if (auto s = check_level("current_level", cell.current_level); !s) return s;
  if (auto s = check_level("needed_level", cell.needed_level); !s) return s;
  if (!context.competence_ids.contains(cell.competence_id)) {
    return Error::invalid("unknown_competence", "error.competence.unknown_competence");
  }
  if (cell.sector_id && !context.sector_ids.contains(*cell.sector_id)) {
    return Error::invalid("unknown_sector", "error.competence.unknown_sector");
  }
  if (cell.owner_user_id && !context.member_user_ids.contains(*cell.owner_user_id)) {
    return Error::invalid("unknown_owner", "error.competence.unknown_owner");
  }
  return check_field("note", cell.note, kMaxCellNoteChars, false);
}

std::string name_key(std::string_view name) {
  const auto first = name.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = name.find_last_not_of(" \t\r\n");
  std::string key{name.substr(first, last - first + 1)};
  std::transform(key.begin(), key.end(), key.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
  return key;
}

}  // namespace forkant
