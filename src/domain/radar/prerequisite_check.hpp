#pragma once
// What a radar entry demands, checked against what each linked initiative records (question 4's data
// types and sources with their quality, question 6's competence readiness, question 8's partners,
// question 9's standards): "Jobmatch lacks data quality for Borgerdata". Pure: the initiatives and the
// competence matrix's answer are passed in.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/initiatives/initiative.hpp"
#include "domain/radar/radar.hpp"

namespace forkant {

enum class PrerequisiteOutcome {
  met,
  data_type_missing,         // the initiative records neither the data type nor a source of that name
  data_quality_unknown,      // the type is recorded but no source with a quality
  data_quality_below,        // the quality recorded is below the minimum
  competence_gap,            // the competence matrix has an open gap for it
  competence_readiness_low,  // no answer from the matrix, and the initiative's readiness is not good
  standard_missing,
  partner_missing,
};
std::string_view to_string(PrerequisiteOutcome outcome);  // "met", "data_type_missing", ...

struct PrerequisiteFinding {
  std::size_t prerequisite = 0;  // index into the entry's prerequisites
  std::int64_t initiative_id = 0;
  std::string initiative_title;
  PrerequisiteOutcome outcome = PrerequisiteOutcome::met;
  std::optional<Quality> recorded_quality;  // data: what the initiative records, when anything
  bool met() const { return outcome == PrerequisiteOutcome::met; }
};

// name -> true when the organisation has an open gap in that competence, false when it has none, nullopt
// when the matrix does not know the competence (then the initiative's readiness decides: good = met).
using CompetenceGapLookup = std::function<std::optional<bool>(std::string_view)>;

// One finding per prerequisite and linked initiative, prerequisites in order, initiatives in the order
// given. An entry without links or prerequisites has none.
//
// Data (type T, minimum Q): met when the initiative names T among its data types or as a source's
// system, and the quality is at least Q (good > uncertain > poor). The quality is that of the source
// named T when there is one, otherwise the poorest of its sources (a chain is as good as its weakest
// link); no source at all: data_quality_unknown. Names compare trimmed and ASCII case-insensitively.
std::vector<PrerequisiteFinding> check_prerequisites(const RadarEntryDraft& entry,
                                                     std::span<const Initiative> linked,
                                                     const CompetenceGapLookup& competence_gap_open = {});

// Quality at least `minimum`.
bool quality_at_least(Quality recorded, Quality minimum);

}  // namespace forkant
