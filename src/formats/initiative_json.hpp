#pragma once
// An initiative's content as JSON: the one shape the API speaks and the storage keeps in its content
// column (storage/sql/initiative_store.cpp), so that both read and write the same thing. Reading is
// strict: unknown fields are refused (no mass assignment), every field's type is checked, and an enum
// value or a date that does not parse is named with its path ("partners[2].kind").

#include <nlohmann/json.hpp>

#include "domain/initiatives/initiative.hpp"
#include "domain/result.hpp"

namespace forkant {

nlohmann::json initiative_draft_to_json(const InitiativeDraft& draft);

// The draft read from `object`, fields left out keeping their value in `base` unless `require_all`
// (then each missing field is "missing_field", 400). Errors: wrong_type, unknown_field, missing_field
// (400, {field}); value_out_of_range, unknown_value, invalid_date (422, {field}).
Result<InitiativeDraft> initiative_draft_from_json(const nlohmann::json& object, InitiativeDraft base = {},
                                                   bool require_all = false);

nlohmann::json phase_change_to_json(const PhaseChange& change);
nlohmann::json measurement_to_json(const BenefitMeasurement& measurement);

}  // namespace forkant
