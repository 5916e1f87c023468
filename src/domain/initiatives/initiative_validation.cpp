#include "domain/initiatives/initiative_validation.hpp"

#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

#include "domain/decisions/field_check.hpp"
#include "domain/utf8.hpp"

namespace forkant {
namespace {

using Params = std::map<std::string, std::string>;

Error invalid(const std::string& code, Params params = {}) {
  return Error::invalid(code, "error.initiative." + code, std::move(params));
}

std::string row_of(std::size_t index) {
  return std::to_string(index + 1);  // people count rows from 1
}

// `field` names the code ("<field>_required", "<field>_too_long"); `row` is set for a list's row.
Status check(const std::string& field, const std::string& value, std::size_t max, bool required,
             const std::optional<std::size_t>& row = std::nullopt) {
  Params params;
  if (row) params["row"] = row_of(*row);
  if (!is_valid_utf8(value)) {
    return Error::invalid("invalid_utf8", "error.invalid_utf8", {{"field", field}});
  }
  if (required && is_blank(value)) return invalid(field + "_required", params);
  if (utf8_length(value) > max) {
    params["max"] = std::to_string(max);
    return invalid(field + "_too_long", params);
  }
  return ok_status();
}

Status check_size(const std::string& list, std::size_t size, std::size_t max) {
  if (size > max) return invalid("too_many_" + list, {{"max", std::to_string(max)}});
  return ok_status();
}

Status check_texts(const InitiativeDraft& d) {
  const std::pair<const char*, const std::string*> short_texts[] = {
      {"asked_by", &d.asked_by},
      {"prefers_human_contact", &d.prefers_human_contact},
      {"analogue_alternative", &d.analogue_alternative},
      {"method_freedom", &d.method_freedom}};
  if (auto s = check("title", d.title, kMaxTitleChars, true); !s) return s;
  if (auto s = check("description", d.description, kMaxLongTextChars, false); !s) return s;
  for (const auto& [field, value] : short_texts) {
    if (auto s = check(field, *value, kMaxShortTextChars, false); !s) return s;
  }
  return check("governance", d.governance, kMaxLongTextChars, false);
}

Status check_purposes(const std::vector<PurposeWeight>& purposes,
                      const InitiativeValidationContext& context) {
  if (auto s = check_size("purposes", purposes.size(), kMaxInitiativeListRows); !s) return s;
  std::set<std::string> seen;
  int sum = 0;
  for (std::size_t i = 0; i < purposes.size(); ++i) {
    const auto& p = purposes[i];
    if (!context.purpose_ids.contains(p.purpose_id)) return invalid("purpose_unknown", {{"row", row_of(i)}});
    if (!seen.insert(p.purpose_id).second) return invalid("purpose_duplicate", {{"row", row_of(i)}});
    if (p.weight < 1 || p.weight > 100) return invalid("purpose_weight_range", {{"row", row_of(i)}});
    sum += p.weight;
  }
  if (!purposes.empty() && sum != 100) return invalid("purpose_weights_sum", {{"sum", std::to_string(sum)}});
  return ok_status();
}

Status check_data(const InitiativeDraft& d) {
  if (auto s = check_size("data_types", d.data_types.size(), kMaxInitiativeListRows); !s) return s;
  for (std::size_t i = 0; i < d.data_types.size(); ++i) {
    if (auto s = check("data_type", d.data_types[i], kMaxRowTextChars, true, i); !s) return s;
  }
  if (auto s = check_size("data_sources", d.data_sources.size(), kMaxInitiativeListRows); !s) return s;
  for (std::size_t i = 0; i < d.data_sources.size(); ++i) {
    if (auto s = check("data_source_system", d.data_sources[i].system, kMaxRowTextChars, true, i); !s)
      return s;
  }
  return ok_status();
}

Status check_partners(const std::vector<Partner>& partners) {
  if (auto s = check_size("partners", partners.size(), kMaxInitiativeListRows); !s) return s;
  for (std::size_t i = 0; i < partners.size(); ++i) {
    if (auto s = check("partner_name", partners[i].name, kMaxRowTextChars, true, i); !s) return s;
    if (auto s = check("partner_role", partners[i].role, kMaxShortTextChars, false, i); !s) return s;
  }
  return ok_status();
}

Status check_method(const InitiativeDraft& d) {
  if (auto s = check_size("standards", d.standards.size(), kMaxInitiativeListRows); !s) return s;
  for (std::size_t i = 0; i < d.standards.size(); ++i) {
    if (auto s = check("standard", d.standards[i], kMaxRowTextChars, true, i); !s) return s;
  }
  if (auto s = check_size("benefits", d.benefits.size(), kMaxInitiativeListRows); !s) return s;
  for (std::size_t i = 0; i < d.benefits.size(); ++i) {
    const auto& b = d.benefits[i];
    if (auto s = check("benefit_title", b.title, kMaxRowTextChars, true, i); !s) return s;
    if (auto s = check("benefit_unit", b.unit, kMaxRowTextChars, false, i); !s) return s;
    if (auto s = check("benefit_measured_by", b.measured_by, kMaxRowTextChars, false, i); !s) return s;
    if (!std::isfinite(b.baseline) || !std::isfinite(b.target)) {
      return invalid("benefit_value_invalid", {{"row", row_of(i)}});
    }
  }
  return ok_status();
}

Status check_communication(const std::vector<Message>& messages) {
  if (auto s = check_size("communication", messages.size(), kMaxInitiativeListRows); !s) return s;
  for (std::size_t i = 0; i < messages.size(); ++i) {
    const auto& m = messages[i];
    if (auto s = check("message_what", m.what, kMaxShortTextChars, true, i); !s) return s;
    if (auto s = check("message_who", m.who, kMaxRowTextChars, false, i); !s) return s;
    if (auto s = check("message_channel", m.channel, kMaxRowTextChars, false, i); !s) return s;
    if (!m.when.ok()) return invalid("message_when_required", {{"row", row_of(i)}});
  }
  return ok_status();
}

Status check_links(const InitiativeDraft& d, const InitiativeValidationContext& context) {
  const std::tuple<const char*, const std::set<std::int64_t>*, const std::set<std::int64_t>*> links[] = {
      {"decision", &d.decision_ids, &context.decision_ids},
      {"goal", &d.goal_ids, &context.goal_ids},
      {"step", &d.step_ids, &context.step_ids}};
  for (const auto& [kind, ids, known] : links) {
    if (auto s = check_size(std::string(kind) + "s", ids->size(), kMaxInitiativeLinks); !s) return s;
    for (const auto id : *ids) {
      if (!known->contains(id)) return invalid(std::string("unknown_") + kind);
    }
  }
  return ok_status();
}

}  // namespace

Status validate(const InitiativeDraft& draft, const InitiativeValidationContext& context) {
  if (auto s = check_texts(draft); !s) return s;
  if (auto s = check_questions(draft.questions, false); !s) return s;
  if (auto s = check_purposes(draft.purposes, context); !s) return s;
  if (draft.value_rating < 0 || draft.value_rating > 5) return invalid("value_rating_range");
  if (auto s = check_data(draft); !s) return s;
  if (!context.member_user_ids.contains(draft.owner_user_id)) {
    return Error::invalid("unknown_owner", "error.unknown_owner");
  }
  if (draft.analogue_owner_user_id && !context.member_user_ids.contains(*draft.analogue_owner_user_id)) {
    return invalid("unknown_analogue_owner");
  }
  if (auto s = check_partners(draft.partners); !s) return s;
  if (auto s = check_method(draft); !s) return s;
  if (auto s = check_communication(draft.communication); !s) return s;
  return check_links(draft, context);
}

}  // namespace forkant
