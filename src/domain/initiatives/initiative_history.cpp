#include "domain/initiatives/initiative_history.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace forkant {
namespace {

constexpr std::array<std::string_view, kInitiativeFieldCount> kFieldNames{"title",
                                                                          "description",
                                                                          "owner",
                                                                          "questions",
                                                                          "purposes",
                                                                          "value_rating",
                                                                          "technologies",
                                                                          "maturity",
                                                                          "data_types",
                                                                          "personal_data",
                                                                          "special_categories",
                                                                          "data_sources",
                                                                          "competence_readiness",
                                                                          "asked_by",
                                                                          "prefers_human_contact",
                                                                          "analogue_alternative",
                                                                          "analogue_owner",
                                                                          "partners",
                                                                          "governance",
                                                                          "standards",
                                                                          "method_freedom",
                                                                          "benefits",
                                                                          "communication",
                                                                          "decisions",
                                                                          "goals",
                                                                          "steps"};

}  // namespace

std::string_view to_string(InitiativeField field) {
  return kFieldNames[static_cast<std::size_t>(field)];
}

std::vector<InitiativeField> diff(const InitiativeDraft& a, const InitiativeDraft& b) {
  const std::array<bool, kInitiativeFieldCount> changed{
      a.title != b.title,
      a.description != b.description,
      a.owner_user_id != b.owner_user_id,
      a.questions != b.questions,
      a.purposes != b.purposes,
      a.value_rating != b.value_rating,
      a.technologies != b.technologies,
      a.maturity != b.maturity,
      a.data_types != b.data_types,
      a.personal_data != b.personal_data,
      a.special_categories != b.special_categories,
      a.data_sources != b.data_sources,
      a.competence_readiness != b.competence_readiness,
      a.asked_by != b.asked_by,
      a.prefers_human_contact != b.prefers_human_contact,
      a.analogue_alternative != b.analogue_alternative,
      a.analogue_owner_user_id != b.analogue_owner_user_id,
      a.partners != b.partners,
      a.governance != b.governance,
      a.standards != b.standards,
      a.method_freedom != b.method_freedom,
      a.benefits != b.benefits,
      a.communication != b.communication,
      a.decision_ids != b.decision_ids,
      a.goal_ids != b.goal_ids,
      a.step_ids != b.step_ids,
  };
  std::vector<InitiativeField> fields;
  for (std::size_t i = 0; i < changed.size(); ++i) {
    if (changed[i]) fields.push_back(static_cast<InitiativeField>(i));
  }
  return fields;
}

std::vector<InitiativeHistoryEntry> initiative_history(std::vector<InitiativeVersionContent> versions) {
  std::sort(versions.begin(), versions.end(),
            [](const auto& x, const auto& y) { return x.version < y.version; });
  std::vector<InitiativeHistoryEntry> entries;
  entries.reserve(versions.size());
  for (std::size_t i = 0; i < versions.size(); ++i) {
    const auto& v = versions[i];
    entries.push_back({v.version, v.edited_by, v.edited_at,
                       i == 0 ? std::vector<InitiativeField>{} : diff(*versions[i - 1].content, *v.content)});
  }
  return entries;
}

Result<Initiative> apply_initiative_edit(const Initiative& current, int base_version,
                                         const InitiativeDraft& content,
                                         const InitiativeValidationContext& context) {
  if (base_version != current.version) {
    return Error::conflict("stale_version", "error.initiative.stale_version",
                           {{"current", std::to_string(current.version)}});
  }
  if (auto status = validate(content, context); !status) return status.error();
  if (content == current.content) return Error::invalid("no_changes", "error.no_changes");
  Initiative edited = current;
  edited.content = content;
  edited.version = current.version + 1;
  return edited;
}

}  // namespace forkant
